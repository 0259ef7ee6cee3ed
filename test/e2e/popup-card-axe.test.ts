import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { AXE, close, launch, openPopup, tabIdFor, type Launched } from './lib/popup-launch';

// The card that "Show on page" opens lives in a CLOSED shadow root, which axe cannot enter. CDP can:
// DOM.getDocument with pierce finds the root, DOM.resolveNode hands it to us, and we copy its content
// (deep clones, its own <style> included) into an OPEN shadow root on a scratch element, where axe runs. The copy is
// test-only and keeps the card's markup, ARIA and styles; event handlers are irrelevant to axe.

const URL_UK = 'https://glowclinic.co.uk/popup-clinic.html';
const HOST_TAG = 'exocheck-overlay';

let l: Launched;
let site: Page;

interface CdpNode { nodeId: number; nodeName: string; children?: CdpNode[]; shadowRoots?: (CdpNode & { shadowRootType?: string })[] }
function findHost(n: CdpNode): CdpNode | null {
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.nodeName.toLowerCase() === HOST_TAG) return x;
    stack.push(...(x.children ?? []), ...(x.shadowRoots ?? []));
  }
  return null;
}

beforeAll(async () => {
  l = await launch();
  site = await l.context.newPage();
  await site.goto(URL_UK);
});
afterAll(async () => {
  if (l) await close(l);
});

describe('the in-page card opened from the popup', () => {
  it('has no axe violations, light and dark', async () => {
    const tabId = await tabIdFor(l, URL_UK);
    const popup = await openPopup(l, tabId);
    await popup.locator('[data-testid="finding"] button.quote').first().click();

    const cdp = await l.context.newCDPSession(site);
    // Wait for the card to be shown (not hidden) inside the closed root.
    const deadline = Date.now() + 8000;
    let rootNodeId = 0;
    for (;;) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const host = findHost(root);
      const sr = host?.shadowRoots?.[0];
      expect(sr?.shadowRootType ?? 'closed').toBe('closed');
      if (sr) {
        const { object } = await cdp.send('DOM.resolveNode', { nodeId: sr.nodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration: 'function () { const c = this.querySelector("[role=dialog]"); return !!c && !c.hidden; }',
          returnByValue: true,
        });
        if (result.value === true) {
          rootNodeId = sr.nodeId;
          break;
        }
      }
      if (Date.now() > deadline) throw new Error('the card did not open in the page');
      await new Promise((r) => setTimeout(r, 100));
    }

    const { object } = await cdp.send('DOM.resolveNode', { nodeId: rootNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        const copy = document.createElement('div');
        copy.id = 'axe-card-copy';
        copy.style.cssText = 'position:fixed;inset:0;z-index:2147483647';
        const open = copy.attachShadow({ mode: 'open' });
        for (const n of this.childNodes) open.append(n.cloneNode(true));
        document.body.append(copy);
      }`,
    });
    await cdp.detach();

    await site.evaluate(readFileSync(AXE, 'utf8'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await site.emulateMedia({ colorScheme });
      const violations = await site.evaluate(async () => {
        type R = { id: string; nodes: { target: unknown[]; failureSummary?: string }[] };
        const w = window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: R[]; passes: R[] }> } };
        const r = await w.axe.run({ include: [['#axe-card-copy']] }, {});
        const contrastChecked = r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0;
        return { contrastChecked, list: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) })) };
      });
      expect(violations.list, colorScheme).toEqual([]);
      // axe really looked inside the copy: it checked the contrast of the card's text.
      expect(violations.contrastChecked, colorScheme).toBeGreaterThan(3);
    }
    // The copy really contains the open card (so axe had something to check).
    expect(await site.evaluate(() => document.querySelector('#axe-card-copy')!.shadowRoot!.querySelector('[role=dialog]:not([hidden])')?.textContent?.length ?? 0)).toBeGreaterThan(20);
  });
});
