// Where our marker and card go, from rects the caller has read (pure geometry: no DOM reads here).

interface RectLike {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/** A marker's box: the 24 px minimum target size of WCAG 2.2 (2.5.8). */
export const MARKER_PX = 24;
/** Space between the finding's last word and its marker. */
const GAP_PX = 2;

/**
 * A marker's top-left in host coordinates: just past the end of the finding's last line box (its right
 * end, or its left one in right-to-left text), centred on that line, so it never covers the words it
 * marks; null when the range has no box (hidden, or detached).
 */
export function markerPoint(rects: ArrayLike<RectLike>, origin: Pick<RectLike, 'left' | 'top'>, rtl = false): [number, number] | null {
  const r = rects.length ? rects[rects.length - 1] : null;
  if (!r || (r.width <= 0 && r.height <= 0)) return null;
  const x = rtl ? r.left - GAP_PX - MARKER_PX : r.right + GAP_PX;
  return [x - origin.left, r.top + r.height / 2 - MARKER_PX / 2 - origin.top];
}

export interface CardPlace {
  /** Viewport coordinates of the card's top-left. */
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

/** Below the marker unless there is clearly more room above; never past the viewport. */
export function cardPlace(marker: RectLike, view: { width: number; height: number }, contentHeight: number): CardPlace {
  const width = Math.min(360, view.width - 16);
  const left = Math.max(8, Math.min(marker.left - width / 2, view.width - width - 8));
  const spaceBelow = view.height - marker.bottom - 14;
  const spaceAbove = marker.top - 14;
  const cardH = Math.min(contentHeight || 260, view.height * 0.8);
  const up = cardH > spaceBelow && spaceAbove > spaceBelow;
  const maxHeight = Math.max(120, Math.min(view.height * 0.8, up ? spaceAbove : spaceBelow));
  const h = Math.min(cardH, maxHeight);
  return { left, top: up ? marker.top - 6 - h : marker.bottom + 6, width, maxHeight };
}
