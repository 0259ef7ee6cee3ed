import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { extract, extractBlocks, locate, rangeFor, blockContainer, type ExtractedBlock } from '../../src/dom/extract';
import { scanDocument } from '../../src/engine';

const doc = (html: string) => parseHTML(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`).document;
const texts = (html: string) => extractBlocks(doc(html)).map((b) => b.text);

/** Rebuilds block text from its pieces through the DOM, proving offsets map back. */
function fromPieces(b: ExtractedBlock): string {
  return b.pieces
    .map((p) => {
      if (p.attr) return ((p.node as Element).getAttribute(p.attr) ?? '').replace(/[ \t\n\f\r]+/g, ' ').trim().slice(p.nodeStart, p.nodeStart + p.length);
      return (p.node as Text).data.slice(p.nodeStart, p.nodeStart + p.length).replace(/[ \t\n\f\r]/g, ' ');
    })
    .join('');
}

describe('extractBlocks', () => {
  it('joins inline elements into one block and splits at block elements', () => {
    expect(texts('<p>We offer <b>exosome</b> injections <i>into the <a href="#">scalp</a></i>.</p><p>Second</p>')).toEqual([
      'We offer exosome injections into the scalp.',
      'Second',
    ]);
  });

  it('breaks blocks at br, li, td and headings, and marks headings', () => {
    const blocks = extractBlocks(doc('<h2>Exosome <em>therapy</em></h2>one<br>two<ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>'));
    expect(blocks.map((b) => [b.text, b.kind])).toEqual([
      ['Exosome therapy', 'heading'],
      ['one', 'text'],
      ['two', 'text'],
      ['a', 'text'],
      ['b', 'text'],
      ['c', 'text'],
      ['d', 'text'],
    ]);
  });

  it('collapses whitespace like CSS does, but keeps no-break spaces', () => {
    expect(texts('<p>\n   exosome\n\t  <span>  injections </span>\u00a0now  </p>')).toEqual(['exosome injections \u00a0now']);
  });

  it('does not join words across inline tags that have no space between them', () => {
    expect(texts('<p>exo<b>some</b></p>')).toEqual(['exosome']);
  });

  it('skips hidden and non-prose content', () => {
    const html = `
      <p>visible</p>
      <script>exosome injections</script><style>p{}</style><noscript>ns</noscript>
      <template><p>tpl</p></template><textarea>ta</textarea><input value="iv"><select><option>op</option></select>
      <div contenteditable="true">edit</div><div contenteditable="false">fixed</div>
      <div hidden>hid</div><div aria-hidden="true">ah</div>
      <div style="color:red; display: none">dn</div><span style="visibility:hidden">vh</span>
      <p>end</p>`;
    expect(texts(html)).toEqual(['visible', 'fixed', 'end']);
  });

  it('never reads the head or the document title', () => {
    expect(texts('<p>x</p>')).toEqual(['x']);
  });

  it('honours isHidden and exclude', () => {
    const d = doc('<p class="x">gone</p><p>kept</p><div id="host"><p>ours</p></div>');
    const blocks = extractBlocks(d, { isHidden: (el) => el.getAttribute('class') === 'x', exclude: d.getElementById('host') });
    expect(blocks.map((b) => b.text)).toEqual(['kept']);
  });

  it('reads alt, title and aria-label as their own blocks, without repeating visible text', () => {
    const blocks = extractBlocks(doc('<p>Intro <img alt="Exosome injections for hair"> more</p><div><a title="Book now" aria-label="Book now">Book now</a></div><div aria-label="Exosome IV drip">x</div>'));
    // The img alt comes after all visible text; "Book now" is not repeated.
    expect(blocks.map((b) => b.text)).toEqual(['Intro more', 'Book now', 'x', 'Exosome injections for hair', 'Exosome IV drip']);
    const alt = blocks[3];
    expect(alt.pieces[0].attr).toBe('alt');
    expect((alt.pieces[0].node as Element).localName).toBe('img');
  });

  it('reads open shadow roots of page components', () => {
    const d = doc('<p>before</p><my-card><span>slotted</span></my-card><p>after</p><my-bare><span>unslotted</span></my-bare>');
    const host = d.querySelector('my-card')!;
    const sr = host.attachShadow({ mode: 'open' });
    const p = d.createElement('p');
    p.textContent = 'We offer exosome injections.';
    sr.appendChild(p);
    sr.appendChild(d.createElement('slot'));
    d.querySelector('my-bare')!.attachShadow({ mode: 'open' }).appendChild(d.createTextNode('shadow only'));
    const t = extractBlocks(d).map((b) => b.text);
    // Light children render only through a slot, as in the browser.
    expect(t).toEqual(['before', 'We offer exosome injections.', 'slotted', 'after', 'shadow only']);
  });

  it('survives 6,000 levels of nesting without recursion', () => {
    const d = doc('');
    let el: Element = d.body;
    for (let i = 0; i < 6000; i++) {
      const s = d.createElement(i % 2 ? 'span' : 'div');
      el.appendChild(s);
      el = s;
    }
    el.appendChild(d.createTextNode('deep exosome injections'));
    expect(extractBlocks(d).map((b) => b.text)).toEqual(['deep exosome injections']);
  });

  it('stops at maxChars and says so', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<p>paragraph number ${i}</p>`).join('');
    const r = extract(doc(html), { maxChars: 100 });
    expect(r.truncated).toBe(true);
    expect(r.blocks.length).toBeLessThan(10);
    expect(extract(doc(html)).truncated).toBe(false);
  });

  it('walks only the given element when passed a subtree root', () => {
    const d = doc('<p id="a">one <b>two</b></p><p>three</p>');
    expect(extractBlocks(d.getElementById('a')!).map((b) => b.text)).toEqual(['one two']);
  });

  it('maps every block back to its DOM text through its pieces', () => {
    const d = doc('<div>  Our   <b>exosome\ninjections</b>\n are <i>safe</i>.<br> Next line <img alt=" alt  text "></div>');
    for (const b of extractBlocks(d)) {
      expect(fromPieces(b)).toBe(b.text);
      let end = 0;
      for (const p of b.pieces) {
        expect(p.blockStart).toBe(end);
        end += p.length;
      }
      expect(end).toBe(b.text.length);
    }
  });

  it('gives the engine text it can match across tags, with offsets that locate the words', () => {
    const d = doc('<p>We offer <b>exosome</b>\n<i>injections</i> into the scalp.</p>');
    const blocks = extractBlocks(d);
    const [f] = scanDocument(blocks).findings;
    // The finding starts in one element and ends in the text after it.
    expect(f.text).toBe('injections into the scalp');
    const a = locate(blocks[f.block], f.start, 'start')!;
    const z = locate(blocks[f.block], f.end, 'end')!;
    expect((a.node as Text).data.slice(a.offset)).toBe('injections');
    expect((z.node as Text).data.slice(0, z.offset)).toBe(' into the scalp');
  });

  it('locate picks the next node at a boundary for a start and the previous for an end', () => {
    const d = doc('<p>ab<b>cd</b></p>');
    const [b] = extractBlocks(d);
    expect((locate(b, 2, 'start')!.node as Text).data).toBe('cd');
    expect((locate(b, 2, 'end')!.node as Text).data).toBe('ab');
  });

  it('blockContainer finds the nearest block ancestor', () => {
    const d = doc('<div id="d"><p id="p">x <b id="b">y</b></p></div>');
    expect(blockContainer(d.getElementById('b')!.firstChild!)?.getAttribute('id')).toBe('p');
  });
});

describe('rangeFor (happy-dom Range)', () => {
  it('builds a Range whose text is the finding', () => {
    const win = new Window();
    const d = win.document as unknown as Document;
    d.body.innerHTML = '<p>We offer <b>exosome</b>  <i>injections</i> here.</p>';
    const [b] = extractBlocks(d);
    expect(b.text).toBe('We offer exosome injections here.');
    const start = b.text.indexOf('exosome');
    const r = rangeFor(b, start, start + 'exosome injections'.length, d)!;
    expect(r.toString().replace(/\s+/g, ' ')).toBe('exosome injections');
    win.close();
  });
});

describe('BlockWalker', () => {
  it('gives the same blocks when paused after every slice as in one go', async () => {
    const { BlockWalker } = await import('../../src/dom/extract');
    const html = Array.from({ length: 300 }, (_, i) => `<div><p>para <b>${i}</b> exosome injections</p><span title="t${i}">s</span></div>`).join('');
    const d = doc(html);
    const w = new BlockWalker(d);
    let pauses = 0;
    while (!w.run(() => true)) pauses++;
    expect(pauses).toBeGreaterThan(5);
    expect(w.result().blocks.map((b) => b.text)).toEqual(extractBlocks(d).map((b) => b.text));
  });
});

describe('hidden elements', () => {
  it('names each hidden element it skipped, topmost only, and not scripts or form fields', () => {
    const d = doc(
      '<p>Shown</p><div id="a" hidden><p id="inner" hidden>x</p></div><p id="b" style="display:none">y</p><p id="c" aria-hidden="true">z</p>' +
        '<p id="d" class="css-hidden">w</p><script>var s = 1;</script><textarea>t</textarea>',
    );
    const hidden: string[] = [];
    const blocks = extractBlocks(d, { isHidden: (el) => el.classList.contains('css-hidden'), onHidden: (el) => hidden.push(el.id) });
    expect(blocks.map((b) => b.text)).toEqual(['Shown']);
    expect(hidden).toEqual(['a', 'b', 'c', 'd']);
  });
});
