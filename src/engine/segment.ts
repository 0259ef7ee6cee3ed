// Sentences are the unit of context: a cue ("not", "illegal", "some clinics claim") only reaches the
// claim it shares a sentence (and clause) with. Intl.Segmenter follows Unicode's sentence rules in every
// script; a cap on length keeps one run-on text node from making the cue scan quadratic.

export const MAX_SENTENCE = 600;

let segmenter: Intl.Segmenter | null = null;
const getSegmenter = () => (segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));

const SPACE = /\s/;

/** [start, end) pairs of the sentences of `text`, trimmed, in order; whitespace-only pieces are dropped. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = 0; w < text.length; ) {
    const end = windowEnd(text, w);
    segmentWindow(text, w, end, out);
    w = end;
  }
  return out;
}

/**
 * V8's segment iterator slows down with the length of the string it walks (a 200 kB text node took 2 s,
 * 20 times the 50 kB one), so long text is segmented in windows cut after sentence punctuation.
 */
const WINDOW = 4096;
const END_PUNCT = /[.!?。！？]\s/g;

function windowEnd(text: string, from: number): number {
  if (text.length - from <= WINDOW) return text.length;
  END_PUNCT.lastIndex = from + (WINDOW >> 1);
  let cut = -1;
  for (let m; (m = END_PUNCT.exec(text)) && m.index < from + WINDOW; ) cut = m.index + 1;
  if (cut > 0) return cut;
  let i = from + WINDOW;
  while (i > from + (WINDOW >> 1) && !SPACE.test(text[i]!)) i--;
  return i > from + (WINDOW >> 1) ? i : from + WINDOW;
}

function segmentWindow(text: string, from: number, to: number, out: Array<[number, number]>): void {
  const piece = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const { index, segment } of getSegmenter().segment(piece)) {
    let s = from + index;
    let e = s + segment.length;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e <= s) continue;
    pushCapped(text, s, e, out);
  }
}

function pushCapped(text: string, s: number, e: number, out: Array<[number, number]>): void {
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    const floor = s + (MAX_SENTENCE >> 1);
    while (cut > floor && !SPACE.test(text[cut])) cut--;
    if (cut === floor) cut = s + MAX_SENTENCE;
    out.push([s, cut]);
    s = cut;
    while (s < e && SPACE.test(text[s])) s++;
  }
  if (e > s) out.push([s, e]);
}
