// Findings placed on the page: each shown finding gets a live Range over its text. Ranges of findings that
// sit in a block not re-read since the last draw are reused, so a feed append or a strictness change keeps
// the highlights and markers already drawn and only adds the new ones.
import { rangeFor, type ExtractedBlock } from '../dom/extract';
import type { Finding } from '../engine/types';

export interface Item {
  finding: Finding;
  range: Range;
  /** The range's text when drawn (empty for alt/title/aria-label findings, whose range wraps an element). */
  quote: string;
}

/** Items of the last draw by the block object they sit in (blocks not re-read are the same objects). */
export type ItemIndex = WeakMap<ExtractedBlock, Item[]>;

export const normalText = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Same words at the same place in the same block, by the same rule (its index or severity may differ). */
const samePlace = (a: Finding, b: Finding) => a.start === b.start && a.end === b.end && a.rule === b.rule && a.text === b.text;

/** A range that still covers the text it was drawn over (framework re-renders replace text nodes). */
export const intact = (it: Item) => !it.range.collapsed && normalText(it.range.toString()) === it.quote;

export function itemsFor(
  findings: readonly Finding[],
  blocks: readonly ExtractedBlock[],
  previous: ItemIndex,
  doc: Document,
): { items: Item[]; index: ItemIndex } {
  const items: Item[] = [];
  const index: ItemIndex = new WeakMap();
  for (const f of findings) {
    const b = blocks[f.block];
    if (!b) continue;
    const old = previous.get(b)?.find((it) => samePlace(it.finding, f));
    let item: Item | null = null;
    if (old && intact(old)) item = old.finding === f ? old : { finding: f, range: old.range, quote: old.quote };
    else {
      const range = rangeFor(b, f.start, f.end, doc);
      if (range && !range.collapsed) item = { finding: f, range, quote: normalText(range.toString()) };
    }
    if (!item) continue;
    items.push(item);
    const list = index.get(b);
    if (list) list.push(item);
    else index.set(b, [item]);
  }
  return { items, index };
}
