// Reads the in-page card out of our CLOSED shadow root through CDP (DOM.getDocument with pierce finds the
// root; DOM.resolveNode hands it to a function run against it), the way a user would see it: one marker
// clicked, then the card's words, headings and dated sources.
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { CardInfo } from '../../../src/content/explain';
import { SOURCES, sourceDate } from '../../../src/rules/sources';
import { AXE } from './popup-launch';

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

/** A shown source is the catalogue's: same address, and the catalogue's date (or the undated word) as shown. */
export function expectCatalogueDate(s: CardSourceDom, where: string, fmt: (iso: string) => string, undatedWord: string): void {
  const src = SOURCES[s.id ?? ''];
  expect(src, `${where}: unknown source ${s.id}`).toBeDefined();
  expect(s.href, `${where} ${s.id}`).toBe(new URL(src!.url).href);
  const date = sourceDate(src!);
  expect(s.time, `${where} ${s.id}`).toBe(date);
  expect(s.dateText, `${where} ${s.id}`).toBe(date ? fmt(date) : undatedWord);
}

/** The card in the page says exactly what cardInfo says for its finding, and dates its sources from the catalogue. */
export function expectCard(card: CardDom, info: CardInfo, where: string, fmt: (iso: string) => string, undatedWord: string): void {
  expect(card.msg, where).toBe(info.message);
  expect(card.why, where).toBe([info.matched, info.why].filter(Boolean).join(' '));
  expect(card.status, where).toEqual(info.law.map((x) => x.text));
  expect(card.basis, where).toEqual(info.law.flatMap((x) => x.basis));
  expect(card.heads, where).toEqual([info.lawHeading, ...(info.ask.length ? [info.askHeading] : []), ...(info.sources.length ? [info.sourcesHeading] : [])]);
  expect(card.legal, where).toBe(info.legal);
  expect(card.ask, where).toEqual(info.ask);
  expect(card.sources.map((s) => s.id), where).toEqual(info.sources.map((s) => s.id));
  for (const s of card.sources) expectCatalogueDate(s, where, fmt, undatedWord);
  expect(card.reviewed, where).toBe(info.reviewed);
}

/** axe on a copy of the open card, light and dark: violations and how many nodes had their contrast checked. */
export async function axeCard(page: Page): Promise<Record<'light' | 'dark', { contrastChecked: number; violations: string[] }>> {
  await copyCardForAxe(page);
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const out: Partial<Record<'light' | 'dark', { contrastChecked: number; violations: string[] }>> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    out[colorScheme] = await page.evaluate(async () => {
      type R = { id: string; nodes: { target: unknown[]; failureSummary?: string }[] };
      const w = window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: R[]; passes: R[] }> } };
      const r = await w.axe.run({ include: [['#axe-card-copy']] }, {});
      return {
        contrastChecked: r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
        violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(', ')}`),
      };
    });
  }
  return out as Record<'light' | 'dark', { contrastChecked: number; violations: string[] }>;
}
