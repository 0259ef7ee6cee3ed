// Evaluates an expression in the content script's own world (the isolated world Chromium gives our
// extension in a frame), over CDP. What lives there is invisible to the page; tests read it this way only.
import type { Page } from 'playwright-core';

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** The value of `expression` in our content script's world of the page's top frame. */
export async function inContentWorld<T>(page: Page, extId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ContextDescription[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.push(e.context));
    // Enabling reports every existing context before it returns.
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const ours = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extId}` && c.auxData.frameId === frameTree.frame.id,
    );
    if (!ours) throw new Error(`no ExoCheck world in ${page.url()} (contexts: ${contexts.map((c) => `${c.auxData?.type}:${c.origin}`).join(', ')})`);
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`in the content world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** How many times the engine ran in the page's content script so far (compute.ts counts them). */
export const engineRuns = (page: Page, extId: string) =>
  inContentWorld<number>(page, extId, 'globalThis.__exocheckStats ? globalThis.__exocheckStats.engineRuns : -1');
