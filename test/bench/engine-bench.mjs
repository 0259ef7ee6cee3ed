// Engine throughput (run as a child process with --expose-gc so each measurement starts from a collected
// heap): scanDocument over ~5 MB of exosome-dense clinic copy and ~5 MB of exosome-free prose, beside
// (a) the floor, one indexOf('exosome') pass over the same text, and (b) a naive baseline, one RegExp per
// English rule (its terms as alternatives) run over the whole normalised text.
// Rounds are interleaved (floor, engine, naive, floor, engine, naive, ...) so a noisy neighbour on a
// shared machine hurts all three alike; each figure is the median of its rounds.
import { makeGenerators, paragraphs } from './text-gen.mjs';

const [enginePath, sizeArg, roundsArg] = process.argv.slice(2);
const SIZE = Number(sizeArg ?? 5_000_000);
const ROUNDS = Number(roundsArg ?? 3);
const e = await import(enginePath);
const gc = globalThis.gc ?? (() => {});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time(fn) {
  gc();
  const t = performance.now();
  const out = fn();
  return { ms: performance.now() - t, out };
}

function floorPass(text) {
  let n = 0;
  for (let i = text.indexOf('exosome'); i !== -1; i = text.indexOf('exosome', i + 1)) n++;
  return n;
}

/** Matches of a global regex (an empty match steps one character: none of these can match empty). */
function countMatches(re, text) {
  let n = 0;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m[0].length === 0) re.lastIndex++;
    else n++;
  }
  return n;
}

// One compiled regex of every pack's anchors over the (normalised, untimed) text: the yardstick
// for claim-free text.
const anchorRe = new RegExp(e.ANCHOR_SOURCE, 'gu');
const anchorPass = (norm) => countMatches(anchorRe, norm);

// The naive matcher: no topic test, no sentences, no guards; one regex per rule over the whole page.
const naiveRules = e.RULE_SOURCES.map((src) => new RegExp(src, 'giu'));
function naivePass(text) {
  const norm = e.normalize(text).text;
  return naiveRules.reduce((n, re) => n + countMatches(re, norm), 0);
}

// The English pack's examples: an English clinic page.
const examples = e.EXAMPLES;
const gen = makeGenerators(20261123, examples);
const corpora = {
  dense: paragraphs(gen.denseParagraph, SIZE),
  free: paragraphs(gen.proseParagraph, SIZE),
};

// Warm-up on a small slice (rules compile on first use; the JIT sees every path once).
for (const ps of Object.values(corpora)) {
  const small = ps.slice(0, 200);
  e.scanDocument(small.map((text) => ({ text })), { strictness: 'standard', jurisdiction: 'uk' });
  naivePass(small.join('\n'));
  floorPass(small.join('\n'));
}

const out = {};
for (const [name, ps] of Object.entries(corpora)) {
  const text = ps.join('\n');
  const blocks = ps.map((t) => ({ text: t }));
  const bytes = Buffer.byteLength(text, 'utf8');
  const rounds = name === 'free' ? ROUNDS * 3 : ROUNDS;
  const r = { floor: [], engine: [], naive: [], anchor: [] };
  let findings = 0, floorHits = 0, naiveHits = 0, anchorHits = 0;
  const norm = e.normalize(text).text;
  for (let i = 0; i < rounds; i++) {
    // The floor is a few ms: take the best of a few within each round, so timer grain does not rule it.
    const f = [0, 1, 2, 3, 4].map(() => time(() => floorPass(text)));
    r.floor.push(Math.min(...f.map((x) => x.ms)));
    floorHits = f[0].out;
    const en = time(() => e.scanDocument(blocks, { strictness: 'standard', jurisdiction: 'uk' }));
    r.engine.push(en.ms);
    findings = en.out.findings.length;
    const nv = time(() => naivePass(text));
    r.naive.push(nv.ms);
    naiveHits = nv.out;
    const an = time(() => anchorPass(norm));
    r.anchor.push(an.ms);
    anchorHits = an.out;
  }
  const mb = bytes / 1e6;
  out[name] = {
    bytes, chars: text.length, blocks: blocks.length, rounds,
    floorMs: median(r.floor), engineMs: median(r.engine), naiveMs: median(r.naive), anchorMs: median(r.anchor), anchorHits,
    engineMBps: mb / (median(r.engine) / 1000), floorMBps: mb / (median(r.floor) / 1000), naiveMBps: mb / (median(r.naive) / 1000),
    findings, floorHits, naiveHits, raw: r,
  };
}
process.stdout.write(JSON.stringify(out));
