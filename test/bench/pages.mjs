// Generated HTML pages for the browser bench: ~1 MB or ~5 MB of visible text spread over ~50,000 DOM
// nodes (sections, headings, paragraphs with inline links and emphasis), dense with exosome claims or
// free of them; and a social-style feed of a given node count for the append test.
import { makeGenerators, paragraphs } from './text-gen.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const INLINE = ['a href="#"', 'strong', 'em', 'span'];
const shell = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px/1.5 sans-serif;max-width:60em;margin:auto}article{border-bottom:1px solid #ccc}</style></head>` +
  `<body>${body}</body></html>`;

/** Splits a paragraph into `runs` pieces: plain text alternating with inline elements. */
function inlineHtml(r, text, runs) {
  if (runs <= 1) return esc(text);
  const words = text.split(' ');
  const per = Math.max(1, Math.ceil(words.length / runs));
  let out = '';
  for (let i = 0, k = 0; i < words.length; i += per, k++) {
    const chunk = esc(words.slice(i, i + per).join(' ')) + (i + per < words.length ? ' ' : '');
    if (k % 2 === 1) {
      const tag = INLINE[Math.floor(r() * INLINE.length)];
      out += `<${tag}>${chunk}</${tag.split(' ')[0]}>`;
    } else out += chunk;
  }
  return out;
}

/**
 * @param {{ chars: number, nodes: number, dense: boolean, examples: string[], seed?: number }} o
 * @returns {{ html: string, textChars: number, nodes: number }}
 */
export function bigPage({ chars, nodes, dense, examples, seed = 7 }) {
  const gen = makeGenerators(seed, examples);
  const paras = paragraphs(dense ? gen.denseParagraph : gen.proseParagraph, chars);
  const SECTION = 20; // paragraphs per section, each with an h2
  const sections = Math.ceil(paras.length / SECTION);
  // Fixed nodes: per section a <section>, an <h2> and its text; per paragraph a <p> and at least one text.
  const fixed = sections * 3 + paras.length * 2;
  // Each extra run adds about one node (an inline element every other run adds two: element + text).
  // Each run past the first adds 1.5 nodes on average (odd runs: inline element + text; even: text).
  const extraRuns = Math.max(0, (nodes - fixed) / paras.length / 1.5);
  let body = '';
  let textChars = 0;
  let count = 0;
  for (let s = 0; s < sections; s++) {
    const h = dense ? `Exosome treatments, part ${s + 1}` : `Notes from the week, part ${s + 1}`;
    body += `<section><h2>${h}</h2>`;
    textChars += h.length;
    count += 3;
    for (const p of paras.slice(s * SECTION, (s + 1) * SECTION)) {
      const runs = 1 + Math.floor(extraRuns) + (gen.r() < extraRuns % 1 ? 1 : 0);
      const inner = inlineHtml(gen.r, p, runs);
      body += `<p>${inner}</p>`;
      textChars += p.length;
      count += 1 + runs + Math.floor(runs / 2);
    }
    body += '</section>';
  }
  return { html: shell(dense ? 'Exosome clinic (bench)' : 'Everyday notes (bench)', body), textChars, nodes: Math.round(count) };
}

/** A feed of `posts` posts (about 10 nodes each); every fifth post is clinic copy about exosomes. */
export function feedPage({ posts, examples, seed = 11 }) {
  const gen = makeGenerators(seed, examples);
  let body = '<main id="feed">';
  for (let i = 0; i < posts; i++) body += feedPost(gen, i, i % 5 === 0);
  body += '</main>';
  return shell('Feed (bench)', body);
}

export function feedPost(gen, i, claim) {
  const text = claim ? gen.claimSentence() + ' ' + gen.proseSentence() : gen.proseParagraph();
  return `<article><h3>User ${i}</h3><p>${inlineHtml(gen.r, text, 3)}</p><p><a href="#">Reply</a> <span>Share</span></p></article>`;
}

/** Counts nodes the way the DOM does, for the page summary (elements + non-empty text nodes). */
export const NODE_COUNT_SCRIPT = `(() => { let n = 0; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); while (w.nextNode()) n++; return n; })()`;
