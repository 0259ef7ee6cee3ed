import { defineRules } from './define';

const REGULATOR = "(?:fda|u\\.?s\\.? fda|mhra|ema|tga|mfds|kfda|health canada|pmda|mhlw|nmpa|cfda|anvisa|cofepris|ansm|bfarm|aifa|aemps|hsa|food and drug (?:administration|association)|medicines and healthcare)";
const NOT_APPROVAL_OF_PRODUCT = '(?:register|registers|practitioners?|training|courses?|providers?|clinics?|lists?|suppliers?|premises|registry|accreditation|body|bodies)';

export default defineRules('approval-claim', [
  {
    id: 'approval-claim.regulator',
    keywords: ['fda', 'mhra', 'ema', 'tga', 'mfds', 'kfda', 'health canada', 'pmda', 'mhlw', 'nmpa', 'cfda', 'anvisa', 'cofepris', 'ansm', 'bfarm', 'aifa', 'aemps', 'hsa', 'food and drug', 'medicines and healthcare'],
    message: 'Claims regulatory approval: no exosome product is approved by the FDA or licensed as a medicine.',
    patterns: [
      `\\b${REGULATOR}[- ]?(?:approved|cleared|licensed|authori[sz]ed|registered|certified|listed|accredited)\\b(?! ${NOT_APPROVAL_OF_PRODUCT})`,
      `\\b(?:approved|cleared|licensed|authori[sz]ed|certified|registered) by (?:the )?(?:[\\w-]+ ){0,5}?${REGULATOR}\\b`,
      `\\b(?:${REGULATOR}) (?:approval|clearance|licen[cs]e|authori[sz]ation)\\b`,
    ],
    antipatterns: ['\\b(?:future|pending|awaiting|seeking|pursu\\w+|towards?|apply(?:ing)? for|application for|path to) (?:\\w+ )?(?:approval|clearance)'],
    examples: {
      match: [
        { text: 'Our [[FDA-approved]] exosome serum is the gold standard.' },
        { text: 'The only exosomes [[approved by the MHRA]] in the country.' },
        { text: 'No exosome product is [[FDA-approved]].', context: 'negated' },
      ],
      nearMiss: [
        'This review looks at the current landscape of exosomes, including future FDA approval.',
        'The FDA has authority to regulate exosome products.',
        'Check that the clinic is on an FDA registered practitioners list before any exosome facial.',
      ],
    },
  },
  {
    id: 'approval-claim.generic',
    keywords: ['approv', 'authori', 'ce mark', 'ce-mark', 'licensed'],
    message: 'A statement about approval or licensing of exosome products.',
    patterns: [
      '\\b(?:un-?approved|not (?:been |yet )?(?:\\w+ )?approved|never (?:been )?approved|(?:is|are|was|were|has been|have been) (?:fully )?approved(?: (?:in|across|throughout) (?:the )?(?:uk|us|usa|eu|europe|korea|south korea|japan|canada|australia|united states|united kingdom))?|fully approved|approved for (?:cosmetic|medical|clinical|human|topical|aesthetic) use)\\b',
      '\\bapproved (?:in|across|throughout) (?:the )?(?:uk|us|usa|eu|europe|korea|south korea|japan|canada|australia|united states|united kingdom)\\b',
      '\\b(?:(?:uk |eu )?marketing authori[sz]ation|ce[- ]marked|ce mark|fully licensed|licensed (?:exosomes?|exosome products?|medicines?)|government[- ]approved (?:exosomes?|products?|treatments?))\\b',
    ],
    antipatterns: [`\\bapproved ${NOT_APPROVAL_OF_PRODUCT}\\b`, '\\b(?:future|pending|awaiting|seeking) (?:\\w+ )?approval'],
    examples: {
      match: [
        { text: 'Human-derived exosomes for cosmetic use are [[not approved]].', context: 'negated' },
        { text: 'Patients who received an [[unapproved]] exosome intervention became seriously ill.', context: 'negated' },
        { text: 'Injectable exosome therapies have no [[UK marketing authorisation]].', context: 'negated' },
        { text: 'Our exosome booster is [[fully licensed]] and safe.' },
        { text: 'This exosome skin booster [[is approved in Korea]].' },
      ],
      nearMiss: [
        'Check the practitioner is listed on an independent, government-approved register of exosome providers.',
        'Exosomes are not currently classified as medicines.',
      ],
    },
  },
]);
