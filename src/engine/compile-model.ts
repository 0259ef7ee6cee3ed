import { CUE_KINDS, type CueKind, type LanguagePack, type RulesModel } from './model';
import { normalize } from './normalize';
import { splitWordStart, termSource, TermError, WORD_START } from './terms';
import { anchorPrefilter, anchorSource } from './topic';
import { FAMILIES, type Family } from './types';

// Turns the model's data into matchers, once per model: every pack's terms become one RegExp per rule
// (family.group) per pack and one per cue kind, and all packs' anchors one RegExp for the topic test.
// A malformed term is a defect in a pack and throws naming the pack, the list and the term.

export interface TermMatcher {
  rule: string;
  family: Family;
  re: RegExp;
  /** The source terms, in alternative order: term i is capture group i + 1. */
  terms: string[];
}

export interface CompiledPack {
  pack: LanguagePack;
  stopwords: ReadonlySet<string>;
  script: RegExp | null;
  rules: TermMatcher[];
  cues: Partial<Record<CueKind, { re: RegExp; terms: string[] }>>;
  /** Antipatterns per family. */
  exclude: Partial<Record<Family, RegExp>>;
}

export interface CompiledModel {
  model: RulesModel;
  packs: CompiledPack[];
  byLanguage: ReadonlyMap<string, CompiledPack>;
  /** Any pack's anchor term, over normalised text. */
  anchor: RegExp;
  anchorGlobal: RegExp;
  /** Literals one of which every anchor match holds (see anchorPrefilter). */
  anchorPrefilter: RegExp;
  /** Rule ids of all packs, sorted. */
  ruleIds: string[];
}

function compileList(pack: LanguagePack, where: string, list: string[], flags: string): { re: RegExp; terms: string[] } {
  // Longer terms first: at one position the regex takes the first alternative that matches.
  const sorted = [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const compiled = sorted.map((t) => {
    try {
      return { t, src: termSource(t, { spaced: pack.spaced }) };
    } catch (e) {
      if (e instanceof TermError) throw new Error(`language pack ${pack.language}: ${where}: term "${t}": ${e.message}`);
      throw e;
    }
  });
  const { closed, open } = splitWordStart(compiled);
  // Each term in its own group tells which one matched (for the learned weights and "why it fired").
  const group = (cs: Array<{ src: string }>) => cs.map((c) => `(${c.src})`).join('|');
  const parts = [closed.length ? `${WORD_START}(?:${group(closed)})` : '', group(open)].filter(Boolean);
  return { re: new RegExp(parts.join('|'), flags), terms: [...closed, ...open].map((c) => c.t) };
}

export function compileModel(model: RulesModel): CompiledModel {
  const packs: CompiledPack[] = [];
  const ruleIds = new Set<string>();
  for (const pack of model.packs) {
    validatePack(pack);
    for (const family of FAMILIES) {
      for (const [group, terms] of Object.entries(pack.terms[family] ?? {})) if (terms.length) ruleIds.add(`${family}.${group}`);
    }
    packs.push(lazyPack(pack));
  }
  const anchors = anchorSource(model.packs);
  return {
    model,
    packs,
    byLanguage: new Map(packs.map((p) => [p.pack.language, p])),
    anchor: new RegExp(anchors, 'u'),
    anchorGlobal: new RegExp(anchors, 'gu'),
    anchorPrefilter: anchorPrefilter(model.packs),
    ruleIds: [...ruleIds].sort(),
  };
}

/** Shape checks a JSON pack cannot express; a clear message beats a crash deep in a scan. */
export function validatePack(pack: LanguagePack): void {
  const where = `language pack ${pack?.language ?? '(unnamed)'}`;
  if (!pack || typeof pack !== 'object') throw new Error('a language pack must be an object');
  if (typeof pack.language !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z]+)?$/.test(pack.language)) throw new Error(`${where}: "language" must be a language code`);
  if (typeof pack.spaced !== 'boolean') throw new Error(`${where}: "spaced" must be true or false`);
  if (!pack.detect || (!pack.detect.stopwords?.length && !pack.detect.script)) throw new Error(`${where}: "detect" needs stopwords or a script`);
  if (!Array.isArray(pack.anchors) || !pack.anchors.length) throw new Error(`${where}: "anchors" must list at least one term`);
  for (const family of Object.keys(pack.terms ?? {})) {
    if (!(FAMILIES as readonly string[]).includes(family)) throw new Error(`${where}: unknown family "${family}" in terms`);
  }
  for (const family of Object.keys(pack.exclude ?? {})) {
    if (!(FAMILIES as readonly string[]).includes(family)) throw new Error(`${where}: unknown family "${family}" in exclude`);
  }
  for (const kind of Object.keys(pack.cues ?? {})) {
    if (!(CUE_KINDS as readonly string[]).includes(kind)) throw new Error(`${where}: unknown cue kind "${kind}"`);
  }
}

/**
 * A pack's rule and cue patterns are built when a page in its language first needs them: a page uses one
 * or two packs, and building all of them would cost a service worker that wakes for one page ~0.4 s.
 */
function lazyPack(pack: LanguagePack): CompiledPack {
  let built: Pick<CompiledPack, 'rules' | 'cues' | 'exclude'> | null = null;
  const build = () => (built ??= buildPack(pack));
  return {
    pack,
    // Page text is normalised before detection (accents stripped, Cyrillic look-alikes folded): so are these.
    stopwords: new Set((pack.detect.stopwords ?? []).map((w) => normalize(w.trim()).text)),
    script: pack.detect.script ? new RegExp(pack.detect.script, 'u') : null,
    get rules() { return build().rules; },
    get cues() { return build().cues; },
    get exclude() { return build().exclude; },
  };
}

function buildPack(pack: LanguagePack): Pick<CompiledPack, 'rules' | 'cues' | 'exclude'> {
  const rules: TermMatcher[] = [];
  for (const family of FAMILIES) {
    for (const [group, terms] of Object.entries(pack.terms[family] ?? {})) {
      if (!terms.length) continue;
      const rule = `${family}.${group}`;
      const { re, terms: ordered } = compileList(pack, `terms.${rule}`, terms, 'gu');
      rules.push({ rule, family, re, terms: ordered });
    }
  }
  const cues: CompiledPack['cues'] = {};
  for (const kind of CUE_KINDS) {
    const list = pack.cues[kind];
    if (list?.length) cues[kind] = compileList(pack, `cues.${kind}`, list, 'gu');
  }
  const exclude: CompiledPack['exclude'] = {};
  for (const [family, list] of Object.entries(pack.exclude ?? {}) as Array<[Family, string[]]>) {
    if (list.length) exclude[family] = compileList(pack, `exclude.${family}`, list, 'gu').re;
  }
  return { rules, cues, exclude };
}
