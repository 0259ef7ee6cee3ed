// Which finding a click or the text selection is on. Custom Highlights get no events, so a click on the
// underlined words is hit-tested: the caret position under the pointer is compared with our ranges, and the
// pointer must be inside one of the range's line boxes (a caret also lands at the end of a line clicked past).
import type { Item } from './items';

/** Page elements whose own click means something: a click there follows the page, not our card. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="link"], [role="tab"]';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** The item whose words are under the click, or -1 (also for clicks on links, buttons and form fields). */
export function itemAtClick(doc: Document, items: readonly Item[], e: MouseEvent): number {
  const t = e.target as Element | null;
  if (e.button !== 0 || !t || typeof t.closest !== 'function' || t.closest(INTERACTIVE)) return -1;
  // The user is selecting text, not asking for a card.
  const sel = doc.getSelection();
  if (sel && !sel.isCollapsed) return -1;
  const at = caretAt(doc, e.clientX, e.clientY);
  if (!at) return -1;
  for (let i = 0; i < items.length; i++) {
    const r = items[i].range;
    try {
      if (r.comparePoint(at.node, at.offset) !== 0) continue;
    } catch {
      continue; // another tree (a shadow root), or a detached range
    }
    for (const box of r.getClientRects()) if (inside(box, e.clientX, e.clientY)) return i;
  }
  return -1;
}

/** The item the page's text selection (or caret) is in, or -1. */
export function itemAtSelection(doc: Document, items: readonly Item[]): number {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return -1;
  const s = sel.getRangeAt(0);
  return items.findIndex((it) => {
    try {
      // They share a point: this one ends at or after the selection's start, and starts at or before its end.
      return it.range.compareBoundaryPoints(Range.START_TO_END, s) >= 0 && it.range.compareBoundaryPoints(Range.END_TO_START, s) <= 0;
    } catch {
      return false;
    }
  });
}
