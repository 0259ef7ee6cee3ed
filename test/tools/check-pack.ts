// A linguist's check of one language pack: does every term compile, and what do terms and cues match in a
// sentence? Usage:
//   npx tsx test/tools/check-pack.ts src/rules/lang/es.json
//   npx tsx test/tools/check-pack.ts src/rules/lang/es.json "Ofrecemos inyecciones de exosomas."
import { readFileSync } from 'node:fs';
import { compileModel } from '../../src/engine/compile-model';
import { normalize } from '../../src/engine/normalize';
import type { LanguagePack, RulesModel } from '../../src/engine/model';
import cues from '../../src/rules/cues.json';

const [file, ...sentences] = process.argv.slice(2);
if (!file) {
  console.error('usage: check-pack.ts PACK.json ["sentence" ...]');
  process.exit(2);
}
const pack = JSON.parse(readFileSync(file, 'utf8')) as LanguagePack;
const model = { version: 'check', packs: [pack], cues, families: {}, weights: null } as unknown as RulesModel;
const compiled = compileModel(model);
const p = compiled.packs[0]!;
const nTerms = p.rules.reduce((n, r) => n + r.terms.length, 0);
console.log(`${pack.language} (${pack.name}): ${p.rules.length} rules, ${nTerms} terms, ${Object.keys(p.cues).length} cue kinds, ${pack.anchors.length} anchors, ${pack.examples?.length ?? 0} examples: all compile`);

const show = (text: string) => {
  const norm = normalize(text).text;
  console.log(`\n${text}\n  normalised: ${norm}`);
  compiled.anchorGlobal.lastIndex = 0;
  for (const m of norm.matchAll(compiled.anchorGlobal)) console.log(`  anchor: "${m[0]}"`);
  for (const r of p.rules) for (const m of norm.matchAll(r.re)) console.log(`  ${r.rule}: "${m[0]}" (term "${r.terms[m.slice(1).findIndex((g) => g !== undefined)]}")`);
  for (const [kind, c] of Object.entries(p.cues)) for (const m of norm.matchAll(c!.re)) console.log(`  cue ${kind}: "${m[0]}"`);
  for (const [family, re] of Object.entries(p.exclude)) for (const m of norm.matchAll(re!)) console.log(`  exclude ${family}: "${m[0]}" (its ${family} candidates are dropped)`);
};
for (const s of sentences) show(s);
for (const e of pack.examples ?? []) if (process.env.EXAMPLES) show(e.text.replace(/\[\[|\]\]/g, ''));
