// HTML text in, a document shaped the way a browser would build it: one <html> root with <head> and
// <body>. linkedom keeps whatever stands outside <html> (a newline or comment after </html>, a fragment's
// second element) beside the root, where a walk from the root never goes; a browser moves such content
// into <body>, keeps the root's attributes (<html lang>) and drops comments. Doing the same here, instead
// of re-parsing a wrapped copy, keeps `lang` for the jurisdiction guess.
import { parseHTML } from 'linkedom';

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const DOCTYPE = 10;

// Elements a browser puts in <head> when they come before any body content.
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);

const blank = (n: Node) => n.nodeType === TEXT && !/\S/.test(n.textContent ?? '');
const ignorable = (n: Node) => n.nodeType === COMMENT || n.nodeType === DOCTYPE || blank(n);

function childElement(parent: Element, name: string): Element | null {
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name) return c;
  return null;
}

export function parseDocument(html: string): Document {
  const source = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const { document } = parseHTML(source) as unknown as { document: Document };
  const root = document.documentElement as Element | null;
  if (root && root.localName === 'html') {
    const before: Node[] = [];
    const after: Node[] = [];
    let seenRoot = false;
    for (const n of Array.from(document.childNodes)) {
      if (n === root) seenRoot = true;
      else if (!ignorable(n)) (seenRoot ? after : before).push(n);
    }
    if (before.length || after.length) {
      const body = childElement(root, 'body') ?? root;
      for (const n of before.reverse()) body.insertBefore(n, body.firstChild);
      for (const n of after) body.appendChild(n);
    }
    return document;
  }
  return rebuild(document);
}

/** No <html> root (a fragment, or <head>/<body> without <html>): the parts are moved into a fresh one. */
function rebuild(parsed: Document): Document {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { document: Document };
  const html = document.documentElement;
  const head = childElement(html, 'head')!;
  const body = childElement(html, 'body')!;
  let inBody = false;
  const moveChildren = (from: Node, to: Element) => {
    for (const c of Array.from(from.childNodes)) to.appendChild(c);
  };
  const copyAttributes = (from: Element, to: Element) => {
    for (const a of Array.from(from.attributes)) if (!to.hasAttribute(a.name)) to.setAttribute(a.name, a.value);
  };
  const place = (n: Node) => {
    if (n.nodeType === COMMENT || n.nodeType === DOCTYPE) return;
    if (n.nodeType !== ELEMENT) {
      if (!blank(n)) inBody = true;
      body.appendChild(n);
      return;
    }
    const el = n as Element;
    if (el.localName === 'html') {
      copyAttributes(el, html);
      for (const c of Array.from(el.childNodes)) place(c);
    } else if (el.localName === 'head') {
      moveChildren(el, head);
    } else if (el.localName === 'body') {
      copyAttributes(el, body);
      inBody = true;
      moveChildren(el, body);
    } else if (!inBody && HEAD_ONLY.has(el.localName)) {
      head.appendChild(el);
    } else {
      inBody = true;
      body.appendChild(el);
    }
  };
  for (const n of Array.from(parsed.childNodes)) place(n);
  return document;
}
