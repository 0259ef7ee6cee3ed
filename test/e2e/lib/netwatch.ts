// Watches every network request of a Chromium instance over its DevTools port, target by target: the
// extension's service worker and every page and frame (flattened CDP sessions, auto-attached as they
// appear). Independent of Playwright's own request events, so the privacy test has two witnesses.
import net from 'node:net';
import WebSocket from 'ws';

export interface SeenRequest {
  url: string;
  /** CDP target type the request came from: service_worker, page, iframe, ... */
  targetType: string;
  targetUrl: string;
  initiator: string;
}

/** A free TCP port on 127.0.0.1 (for --remote-debugging-port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export class NetWatch {
  readonly seen: SeenRequest[] = [];
  readonly targets = new Map<string, { type: string; url: string }>();
  private ws!: WebSocket;
  private id = 0;
  private readonly pending = new Map<number, (v: unknown) => void>();

  static async connect(port: number): Promise<NetWatch> {
    const w = new NetWatch();
    const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    w.ws = new WebSocket(version.webSocketDebuggerUrl, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      w.ws.once('open', resolve);
      w.ws.once('error', reject);
    });
    w.ws.on('message', (data) => w.onMessage(JSON.parse(String(data))));
    // Attach to every current and future target (pages, frames, workers), paused until Network is on.
    await w.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    await w.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = (await w.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string; attached: boolean }[] };
    for (const t of targetInfos) if (t.type === 'service_worker' || t.type === 'page') await w.attach(t.targetId, t.type, t.url);
    return w;
  }

  private send(method: string, params: object = {}, sessionId?: string): Promise<unknown> {
    const id = ++this.id;
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  private async attach(targetId: string, type: string, url: string): Promise<void> {
    const r = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId?: string };
    if (r?.sessionId) await this.onSession(r.sessionId, type, url, false);
  }

  private async onSession(sessionId: string, type: string, url: string, waiting: boolean): Promise<void> {
    this.targets.set(sessionId, { type, url });
    await this.send('Network.enable', {}, sessionId);
    // Follow this target's own children too (frames of a page, workers of a page).
    await this.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
    if (waiting) await this.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  }

  private onMessage(m: { id?: number; method?: string; params?: Record<string, any>; sessionId?: string; result?: unknown }): void {
    if (m.id !== undefined) {
      this.pending.get(m.id)?.(m.result);
      this.pending.delete(m.id);
      return;
    }
    if (m.method === 'Target.attachedToTarget') {
      const info = m.params!.targetInfo as { type: string; url: string };
      void this.onSession(m.params!.sessionId as string, info.type, info.url, !!m.params!.waitingForDebugger);
      return;
    }
    if (m.method === 'Target.targetCreated') {
      const info = m.params!.targetInfo as { targetId: string; type: string; url: string; attached: boolean };
      if (info.type === 'service_worker' && !info.attached) void this.attach(info.targetId, info.type, info.url);
      return;
    }
    if (m.method === 'Network.requestWillBeSent') {
      const t = this.targets.get(m.sessionId ?? '') ?? { type: '?', url: '?' };
      const p = m.params!;
      this.seen.push({
        url: String(p.request.url).slice(0, 300),
        targetType: t.type,
        targetUrl: t.url,
        initiator: p.initiator?.url ?? p.initiator?.stack?.callFrames?.[0]?.url ?? p.initiator?.type ?? '',
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}
