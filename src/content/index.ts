// ExoCheck content script: runs at document_idle in every frame, finds claims in the visible text and
// marks them with Custom Highlights plus one overlay host of ours. Nothing in the page is otherwise touched.
//
//   boot() ── Lifetime (lifetime.ts): one AbortSignal; ends when a newer instance starts or our context dies
//     │
//   Session (session.ts): the only state ── settings · page {blocks, guess} · computed {all} · view · items
//     │
//     ├─ scan:  reader.ts ──► blocks ──► compute.ts (engine/chunks.ts) ──► computed.all      [engine runs]
//     │           prePass: off-topic pages stop here (no blocks read, no engine run)
//     ├─ view:  viewOf(all, strictness, jurisdiction, mutes) ──► findings                   [no engine run]
//     │           items.ts: findings + blocks ──► Item {finding, range} (ranges reused where text is unchanged)
//     ├─ draw:  display.ts ──► highlights.ts (CSS.highlights) + overlay.ts (host: markers.ts, card)
//     ├─ tell:  report.ts ──► background (badge, popup)
//     │
//     ◄── watcher.ts: changed containers ► partial rescan; burst or SPA navigation ► full scan
//     ◄── storage.onChanged: settings ► a new view (pause/unpause ► clear / full scan)
//     ◄── runtime messages: next / reveal finding, page capture for the research log
//
// Each arrow hands data over by value; only Session keeps what a scan produced.
import { Lifetime, runtimeAlive } from './lifetime';
import { Session } from './session';

/** Fired (with no data) by each new instance so an instance left over from an extension update stops. */
const STARTED_EVENT = 'exocheck-started';

function boot(): void {
  // Tell any older instance (from before an extension update) to stop; it checks its own context first.
  window.dispatchEvent(new Event(STARTED_EVENT));
  const life = new Lifetime();
  // A page can fire this event too, so it only ends an instance whose extension context is gone.
  window.addEventListener(STARTED_EVENT, () => !runtimeAlive() && life.end(), { signal: life.signal });
  new Session(life, document).start().catch((e) => {
    if (runtimeAlive()) console.warn('ExoCheck: content script failed', e);
    life.end();
  });
}

boot();
