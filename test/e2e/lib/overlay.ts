// Reads what our overlay shows, as a user would see it: each marker's box on screen (CDP, piercing the
// closed shadow root), whether the card is open, and the highlighted ranges in document order with their
// line boxes (the Custom Highlight registry is shared with the page's world).
import type { Page } from 'playwright-core';
import { shadowNodes } from './chromium.mjs';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MarkerSeen {
  backendNodeId: number;
  label: string;
  expanded: boolean;
  /** Null when the marker is not rendered (display: none). */
  box: Box | null;
}

export async function markers(page: Page): Promise<MarkerSeen[]> {
  const nodes = await shadowNodes(page, (n, a) => n === 'button' && /^m /.test(a.class ?? ''));
  const cdp = await page.context().newCDPSession(page);
  try {
    const out: MarkerSeen[] = [];
    for (const n of nodes) {
      let box: Box | null = null;
      try {
        const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId });
        const q = model.border;
        box = { x: q[0], y: q[1], width: model.width, height: model.height };
      } catch {
        // no box: not rendered
      }
      out.push({ backendNodeId: n.backendNodeId, label: n.attrs['aria-label'] ?? '', expanded: n.attrs['aria-expanded'] === 'true', box });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function cardOpen(page: Page): Promise<boolean> {
  const [card] = await shadowNodes(page, (n, a) => a.role === 'dialog');
  return !!card && card.attrs.hidden === undefined;
}

/** Our highlighted ranges in document order (the order of the markers), with their text and line boxes. */
export function highlightedRanges(page: Page): Promise<{ text: string; rects: Box[] }[]> {
  return page.evaluate(() => {
    const all: Range[] = [];
    for (const n of ['exocheck-high', 'exocheck-medium', 'exocheck-info']) for (const r of (CSS.highlights.get(n) ?? []) as Iterable<Range>) all.push(r);
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return all.map((r) => ({
      text: r.toString().replace(/\s+/g, ' ').trim(),
      rects: [...r.getClientRects()].map((q) => ({ x: q.left, y: q.top, width: q.width, height: q.height })),
    }));
  });
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
