import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { TopicPrePass } from '../../src/content/topic-prepass';
import { extractBlocks } from '../../src/dom/extract';
import { isOnTopic } from '../../src/engine';

const doc = (html: string) => parseHTML(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`).document;

function pre(html: string): TopicPrePass {
  const p = new TopicPrePass(doc(html).documentElement);
  while (!p.run(() => false));
  return p;
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Post ${i}: sunscreen, skincare routines and the <i>weather</i> today.</p>`).join('');

describe('TopicPrePass (cheap off-topic test before the full read)', () => {
  it('says off topic for pages that never name the topic, and keeps their text for the jurisdiction guess', () => {
    const p = pre(filler(2000));
    expect(p.onTopic).toBe(false);
    expect(p.chars).toBeGreaterThan(100_000);
    expect(p.text).toContain('Post 1999: sunscreen');
  });

  it('finds the topic anywhere the full read would: late in the page, split by markup, in alt text, hidden-letter forms', () => {
    expect(pre(filler(2000) + '<p>We offer exosome injections.</p>').onTopic).toBe(true);
    expect(pre('<p>Our exo<b>some</b> facial</p>').onTopic).toBe(true);
    expect(pre('<p>Before and after</p><img alt="exosome hair treatment" src="x.png">').onTopic).toBe(true);
    expect(pre('<p>extracellular\n   <i>vesicle</i> therapy</p>').onTopic).toBe(true);
    expect(pre('<p>exo\u00ADsome therapy</p>').onTopic).toBe(true);
  });

  it('reads joined text without trusting its word breaks, and leaves scripts and styles out as the full read does', () => {
    // textContent joins "Home" and "Exosome": the anchors' word-start test would fail there, the literals do not.
    expect(pre('<ul><li>Home</li><li>Exosome facial</li></ul>').onTopic).toBe(true);
    expect(pre('<script>var page = "exosome";</script><style>.exosome{}</style><p>plain text</p>').onTopic).toBe(false);
    expect(pre('<p>plain text</p>').text).toContain('plain text');
  });

  it('stops undecided past its character limit (the full read then decides, and reports truncation)', () => {
    const p = new TopicPrePass(doc(filler(2000)).documentElement, 10_000);
    while (!p.run(() => false));
    expect(p.over).toBe(true);
    expect(p.onTopic).toBe(false);
    expect(p.chars).toBeLessThan(20_000);
  });

  it('a word across two test slices is still found', () => {
    // Pad so the word straddles the first 16,000-character test.
    for (const pad of [15_990, 15_995, 15_998, 16_000, 16_003]) {
      const p = pre(`<p>${'x'.repeat(pad)}</p><p>exosomes</p>`);
      expect(p.onTopic, `pad ${pad}`).toBe(true);
    }
  });

  it('never says off topic when the full extraction is on topic (markup variety)', () => {
    const pieces = ['<p>exosome</p>', '<span>exo</span><span>somes</span>', '<div>Exo<em>Somes</em></div>', '<li>extra-cellular vesicle</li>', '<td>exossomos</td>', '<h2>Secretome</h2>', '<p title="exosome">x</p>', '<p>plain text</p>'];
    for (let i = 0; i < 200; i++) {
      const html = Array.from({ length: 4 }, (_, k) => pieces[(i * 7 + k * 3 + (i >> 2)) % pieces.length]).join(' <b>and</b> ');
      const full = isOnTopic(extractBlocks(doc(html)));
      if (full) expect(pre(html).onTopic, html).toBe(true);
    }
  });

  it('leaves shadow roots and what it cannot see to the full read', () => {
    const d = doc('<div id="h"></div><p>nothing here</p>');
    const host = d.getElementById('h') as Element & { shadowRoot: unknown };
    Object.defineProperty(host, 'shadowRoot', { value: {} });
    const p = new TopicPrePass(d.documentElement);
    while (!p.run(() => false));
    expect(p.onTopic).toBe(true);
  });
});
