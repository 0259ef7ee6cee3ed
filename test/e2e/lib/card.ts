// Reads the in-page card out of our CLOSED shadow root through CDP (DOM.getDocument with pierce finds the
// root; DOM.resolveNode hands it to a function run against it), the way a user would see it: one marker
// clicked, then the card's words, headings and dated sources.
import type { CDPSession, Page } from 'playwright-core';

const HOST_TAG = 'exocheck-overlay';

export interface CardSourceDom {
  id: string | undefined;
  href: string | undefined;
  /** The <time datetime> of the source, or null when none is shown. */
  time: string | null;
  /** The date as shown (a <time>, or the undated word). */
  dateText: string | undefined;
  text: string;
}

export interface CardDom {
  lang: string;
  label: string | null;
  close: string | null;
  msg: string;
  why: string;
  status: string[];
  basis: string[];
  heads: string[];
  legal: string;
  ask: string[];
  reviewed: string;
  sources: CardSourceDom[];
  markers: (string | null)[];
}

interface CdpNode { nodeId: number; nodeName: string; children?: CdpNode[]; shadowRoots?: CdpNode[] }
function findHost(n: CdpNode): CdpNode | null {
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.nodeName.toLowerCase() === HOST_TAG) return x;
    stack.push(...(x.children ?? []), ...(x.shadowRoots ?? []));
  }
  return null;
}

/** Runs `fn` (source text of a function, `this` = our shadow root) with `args`; returns its JSON result. */
export async function inShadowRoot<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const sr = findHost(root)?.shadowRoots?.[0];
    if (!sr) throw new Error('no ExoCheck host with a shadow root in the page');
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: sr.nodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export const markerCount = (page: Page) => inShadowRoot<number>(page, 'function () { return this.querySelectorAll("button.m").length; }');

/** Clicks marker `i` (as the page's own click would) and reads the card it opens. */
export function openCard(page: Page, i: number): Promise<CardDom | null> {
  return inShadowRoot<CardDom | null>(
    page,
    `function (i) {
      const b = this.querySelectorAll('button.m')[i];
      if (!b) return null;
      b.click();
      const c = this.querySelector('[role=dialog]');
      if (!c || c.hidden) return null;
      const q = (s) => [...c.querySelectorAll(s)].map((e) => e.textContent);
      return {
        lang: c.lang, label: c.getAttribute('aria-label'), close: c.querySelector('.x')?.getAttribute('aria-label') ?? null,
        msg: q('.msg')[0] ?? '', why: q('.why')[0] ?? '', status: q('.status'), basis: q('.basis'), heads: q('.h'),
        legal: q('.legal')[0] ?? '', ask: q('.ask li'), reviewed: q('.reviewed')[0] ?? '',
        sources: [...c.querySelectorAll('.src li')].map((li) => ({
          id: li.dataset.source, href: li.querySelector('a')?.href, time: li.querySelector('time')?.getAttribute('datetime') ?? null,
          dateText: li.querySelector('.d')?.textContent ?? undefined, text: li.textContent,
        })),
        markers: [...this.querySelectorAll('button.m')].map((m) => m.getAttribute('aria-label')),
      };
    }`,
    i,
  );
}

/** Copies the open card into an OPEN shadow root on a scratch element, where axe can reach it. */
export function copyCardForAxe(page: Page): Promise<void> {
  return inShadowRoot<void>(
    page,
    `function () {
      document.querySelector('#axe-card-copy')?.remove();
      const copy = document.createElement('div');
      copy.id = 'axe-card-copy';
      copy.style.cssText = 'position:fixed;inset:0;z-index:2147483647';
      const open = copy.attachShadow({ mode: 'open' });
      for (const n of this.childNodes) open.append(n.cloneNode(true));
      document.body.append(copy);
    }`,
  );
}
