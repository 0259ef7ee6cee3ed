// Whether the page covers a marker: its own banners, sticky bars and dialogs stay on top of our UI and
// keep their clicks. Our host sits at the top of the page's stacking order (it must, to be seen over
// ordinary content), so a marker is hidden where a page element other than the marked text is what the
// pointer would hit, and all of them while the page shows a modal dialog.

/** `inner` is `outer` or inside it, across shadow roots. */
function within(outer: Element, inner: Element): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? ((n as ShadowRoot).host || null)) if (n === outer) return true;
  return false;
}

/** The page's topmost element at a viewport point, ignoring our host. */
function pageElementAt(doc: Document, host: Element, x: number, y: number): Element | null {
  for (const el of doc.elementsFromPoint(x, y)) if (el !== host) return el;
  return null;
}

/**
 * True when, at (x, y), something of the page other than the finding's own text (or what holds it) is on
 * top: a fixed banner, a sticky header, an overlay, a neighbouring widget.
 */
export function coveredAt(doc: Document, host: Element, text: Element, x: number, y: number): boolean {
  const top = pageElementAt(doc, host, x, y);
  return !!top && !within(top, text) && !within(text, top);
}

/** A modal dialog is open: a <dialog> shown with showModal(), or a visible [aria-modal="true"] element. */
export function modalOpen(doc: Document): boolean {
  try {
    if (doc.querySelector('dialog:modal')) return true;
  } catch {
    if (doc.querySelector('dialog[open]')) return true; // no :modal selector (older engines)
  }
  for (const el of doc.querySelectorAll('[aria-modal="true"]')) {
    const cv = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof cv !== 'function' || cv.call(el, { visibilityProperty: true, opacityProperty: true })) return true;
  }
  return false;
}
