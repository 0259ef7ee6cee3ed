import { CUE_KINDS, type CueKind, type LanguagePack, type RulesModel } from './model';
import { termSource, TermError } from './terms';
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
}

export interface CompiledModel {
  model: RulesModel;
  packs: CompiledPack[];
  byLanguage: ReadonlyMap<string, CompiledPack>;
  /** Any pack's anchor term, over normalised text. */
  anchor: RegExp;
  anchorGlobal: RegExp;
  /** Rule ids of all packs, sorted. */
  ruleIds: string[];
}

function compileList(pack: LanguagePack, where: string, list: string[], flags: string): { re: RegExp; terms: string[] } {
  // Longer terms first: at one position the regex takes the first alternative that matches.
  const terms = [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const sources = terms.map((t) => {
    try {
      return termSource(t, { spaced: pack.spaced });
    } catch (e) {
      if (e instanceof TermError) throw new Error(`language pack ${pack.language}: ${where}: term "${t}": ${e.message}`);
      throw e;
    }
  });
  // Each term in its own group tells which one matched (for the learned weights and "why it fired").
  return { re: new RegExp(sources.map((s) => `(${s})`).join('|'), flags), terms };
}

export function compileModel(model: RulesModel): CompiledModel {
  const packs: CompiledPack[] = [];
  const anchorSources: string[] = [];
  const ruleIds = new Set<string>();
  for (const pack of model.packs) {
    validatePack(pack);
    const rules: TermMatcher[] = [];
    for (const family of FAMILIES) {
      const groups = pack.terms[family];
      if (!groups) continue;
      for (const [group, terms] of Object.entries(groups)) {
        if (!terms.length) continue;
        const rule = `${family}.${group}`;
        ruleIds.add(rule);
        const { re } = compileList(pack, `terms.${rule}`, terms, 'gdu');
        rules.push({ rule, family, re, terms });
      }
    }
    const cues: CompiledPack['cues'] = {};
    for (const kind of CUE_KINDS) {
      const list = pack.cues[kind];
      if (list?.length) cues[kind] = compileList(pack, `cues.${kind}`, list, 'gdu');
    }
    for (const a of pack.anchors) anchorSources.push(termSource(a, { spaced: pack.spaced }));
    packs.push({
      pack,
      stopwords: new Set((pack.detect.stopwords ?? []).map((w) => w.toLowerCase())),
      script: pack.detect.script ? new RegExp(pack.detect.script, 'u') : null,
      rules,
      cues,
    });
  }
  const anchorSource = anchorSources.join('|');
  return {
    model,
    packs,
    byLanguage: new Map(packs.map((p) => [p.pack.language, p])),
    anchor: new RegExp(anchorSource, 'u'),
    anchorGlobal: new RegExp(anchorSource, 'gu'),
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
  for (const kind of Object.keys(pack.cues ?? {})) {
    if (!(CUE_KINDS as readonly string[]).includes(kind)) throw new Error(`${where}: unknown cue kind "${kind}"`);
  }
}
