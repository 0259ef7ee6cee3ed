import type { ExtractedBlock, Piece } from './extract';

// From block offsets back to the page: the DOM position of an offset and a live Range over a span, for
// drawing a finding where its text stands. Apart from extract.ts, which reads the blocks.

export interface Position {
  node: Text | Element;
  offset: number;
  attr?: Piece['attr'];
}

/**
 * DOM position of a block offset. `edge` 'start' prefers the piece that starts at the offset, 'end' the
 * piece that ends there, so a range never begins at the end of the previous node.
 */
export function locate(block: ExtractedBlock, offset: number, edge: 'start' | 'end'): Position | null {
  const ps = block.pieces;
  if (ps.length === 0) return null;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].blockStart < offset || (edge === 'start' && ps[mid].blockStart === offset)) lo = mid;
    else hi = mid - 1;
  }
  const p = ps[lo];
  const within = Math.max(0, Math.min(p.length, offset - p.blockStart));
  return { node: p.node, offset: p.nodeStart + within, attr: p.attr };
}

const rootOf = (n: Node) => (typeof n.getRootNode === 'function' ? n.getRootNode() : null);

/** A live Range over block text [start, end), or null when the block no longer maps to it. */
export function rangeFor(block: ExtractedBlock, start: number, end: number, doc: Document): Range | null {
  const a = locate(block, start, 'start');
  const z = locate(block, Math.max(start, end), 'end');
  if (!a || !z) return null;
  const range = doc.createRange();
  try {
    if (a.attr) range.setStartBefore(a.node);
    else range.setStart(a.node, a.offset);
    let endNode = z;
    // A Range cannot cross a shadow boundary; clip to the start's tree.
    if (rootOf(a.node) !== rootOf(z.node)) {
      const first = block.pieces.find((p) => p.node === a.node)!;
      endNode = { node: a.node, offset: first.nodeStart + first.length, attr: a.attr };
    }
    if (endNode.attr) range.setEndAfter(endNode.node);
    else range.setEnd(endNode.node, endNode.offset);
  } catch {
    return null;
  }
  return range;
}
