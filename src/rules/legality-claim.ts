import { defineRules } from './define';

// Legality wording limited to plant- or animal-derived topical cosmetics is accurate (and common on
// consumer-safety pages), so it is not a legality claim: each rule is exempt when the source it speaks of is
// not human.

// "legal" before a noun is attributive ("a crucial legal difference", "legal skincare"), not a claim.
const PREDICATIVE =
  '(?! (?:and [\\w-]+ )?(?:difference|differences|status|position|advice|framework|requirements?|issues?|questions?|implications|obligations|landscape|system|basis|sources?|skin ?care|products?|options?|routes?|ways?|grey|gray|areas?|zones?|team|action|challenges?|risks?|duty|duties|responsibilit(?:y|ies)|standpoint|perspective|terms|minefield))';

export default defineRules('legality-claim', [
  {
    id: 'legality-claim.is-legal',
    keywords: ['legal', 'lawful'],
    message: 'A blanket claim that exosome treatment is legal: it depends on the source and the route.',
    patterns: [
      `\\b(?:is|are|be|being|it's|its|remains?|was|were)(?: [\\w-]+,?){0,3} (?:(?:completely|perfectly|fully|totally|100%) )?(?:legal|lawful)\\b${PREDICATIVE}(?: (?:in|to|for) (?:the )?[\\w-]+)?`,
      "\\b(?:not|is|it's) an? (?:\\w+ )?(?:legal|lawful) (?:\\w+ )?(?:treatments?|procedures?|products?|options?)\\b",
      '\\b(?:legal|lawful) in (?:the )?(?:uk|us|usa|eu|europe|england|britain|canada|australia|korea|japan|united kingdom|united states)\\b',
    ],
    exemptNonHuman: true,
    examples: {
      match: [
        { text: 'Yes, exosome therapy [[is legal in the UK]] when it is administered by professionals.' },
        { text: 'In reality, these treatments are being offered in ways that [[are not legal in the UK]].', context: 'negated', page: ['Exosome facials are everywhere.'] },
        { text: '[[Is it legal to use]] human-derived exosomes for skin rejuvenation?', context: 'question' },
      ],
      nearMiss: [
        'Topical, plant-derived cosmetic exosomes are perfectly legal in the UK when formulated correctly.',
        'Human-derived exosomes are currently illegal in the UK.',
        'Explore legal exosome-based skincare with an accredited practitioner.',
      ],
    },
  },
  {
    id: 'legality-claim.lawfully',
    keywords: ['legally', 'lawfully', 'allowed', 'permitted', 'ok', 'fine'],
    message: 'A claim about how exosomes may lawfully be used.',
    patterns: [
      '\\b(?:legally|lawfully) (?:be )?(?:\\w+ )?(?:applied|administered|used|offered|sold|performed|provided|supplied|marketed|available|injected)\\b',
      "\\b(?:is|are) (?:\\w+ )?(?:allowed|permitted)\\b(?! to)",
      "\\bit'?s (?:ok|okay|fine|allowed|permitted)\\b",
    ],
    exemptNonHuman: true,
    examples: {
      match: [
        { text: 'They can be [[legally applied]], either topically or using microneedles.', page: ['Exosomes are not approved by the FDA.'] },
        { text: 'Injecting exosomes cannot [[lawfully be used]] in aesthetic procedures in the UK.', context: 'negated' },
        { text: 'Some professionals argue that topical application of exosomes [[is allowed]].', context: 'reported' },
      ],
      nearMiss: ['Exosome facials are allowed to rest on the skin for ten minutes before rinsing.', 'Plant exosomes are permitted in cosmetics.'],
    },
  },
  {
    id: 'legality-claim.compliance',
    keywords: ['compl', 'fully', '100%', 'the law', '361', 'hct', 'minimally', 'needed', 'required', 'necessary', 'exempt', 'excluded', 'need', 'require'],
    message: 'A claim of regulatory compliance that does not say which rules or what source.',
    patterns: [
      '\\b(?:comply|complies|compliant) with (?:all )?(?:[\\w-]+ ){0,3}(?:regulations?|guidelines?|laws?|rules|requirements|legislation)\\b',
      '\\b(?:fully|100%) (?:compliant|legal|regulated)\\b',
      '\\b(?:outside|ahead of) (?:\\(and outside\\) )?(?:of )?the law\\b',
      // "361 HCT/P", "minimally manipulated", "no approval needed": the FDA calls such claims simply untrue.
      '\\b(?:section |sec\\. )?361 (?:hct\\/?ps?|products?|tissues?)\\b|\\bhct\\/ps?\\b|\\bminimally manipulated\\b',
      '\\bno (?:fda |regulatory )?(?:approval|licen[cs]e|prescription) (?:is )?(?:needed|required|necessary)\\b|\\b(?:exempt|excluded) from (?:fda )?(?:approval|regulation|oversight)\\b|\\bdo(?:es)?(?: not|n\'t) (?:need|require) (?:fda )?approval\\b',
    ],
    exemptNonHuman: true,
    examples: {
      match: [
        { text: 'At our clinic, we [[comply with all relevant guidelines and regulations]] for exosome therapy.' },
        { text: 'The way exosome therapy is marketed is often [[ahead of (and outside) the law]].', context: 'negated' },
        { text: 'Our exosomes are regulated as [[361 HCT/Ps]], so they are legal everywhere.' },
        { text: 'Exosome facials are cosmetic, so [[no FDA approval is needed]].' },
      ],
      nearMiss: ['Plant-derived exosomes can be used if they comply with cosmetic product regulations.', 'Exosome products vary widely in quality.'],
    },
  },
]);
