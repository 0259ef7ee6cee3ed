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
  for (const { index, segment } of getSegmenter().segment(text)) {
    let s = index;
    let e = index + segment.length;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e <= s) continue;
    pushCapped(text, s, e, out);
  }
  return out;
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
