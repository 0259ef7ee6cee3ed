import { defineRules } from './define';

const NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)';

export default defineRules('efficacy-claim', [
  {
    id: 'efficacy-claim.proven',
    keywords: ['proven', 'tested', 'validated', 'shown', 'backed'],
    message: 'Claims proof the evidence does not provide.',
    patterns: [
      '\\b(?:clinically|scientifically|medically|dermatologically) (?:proven|tested|validated|shown|backed)\\b(?: (?:products?|results?|treatments?))?',
      '\\b(?:un-?proven|not (?:been |yet )?proven(?: to be (?:\\w+ or )?effective)?)\\b(?: (?:exosome )?(?:products?|treatments?|therap(?:y|ies)))?',
      '\\bproven (?:results?|efficacy|technology|formula|to (?:work|regrow|reverse|repair|heal|boost|stimulate|increase))\\b',
    ],
    examples: {
      match: [
        { text: 'Our [[clinically proven]] exosome serum transforms skin.' },
        { text: "Don't let [[unproven exosome products]] compromise the trust you've built.", context: 'negated' },
      ],
      nearMiss: ['A review of exosome studies found the evidence limited.', 'Exosome serum tested on volunteers is still under study.'],
    },
  },
  {
    id: 'efficacy-claim.results',
    keywords: ['guarantee', 'permanent', 'life-long', 'lifelong', 'lasting', 'last', 'remain'],
    message: 'Promises of guaranteed, permanent or long-lasting results.',
    patterns: [
      '\\bguarantee[sd]? (?:\\w+ )?(?:results?|success|outcomes?|improvements?|to work)\\b',
      '\\b(?:results?|success) (?:are )?guaranteed\\b',
      '\\b(?:permanent|life-?long|long-?lasting|lasting) (?:results?|effects?|improvements?|changes?|solution)\\b',
      `\\b(?:lasts?|last for|lasting for|remains? (?:active|effective)(?: in the skin)?(?: for)?|results? (?:that )?(?:last|lasts|for))(?: up to| over| around| about)? ${NUM}(?:(?: to |-| or )${NUM})? (?:months?|years?|weeks?)\\b`,
    ],
    examples: {
      match: [
        { text: 'Exosomes are thought to [[remain active in the skin for up to six to eight months]].' },
        { text: 'Many practitioners use exosomes to provide more natural, [[long-lasting results]].' },
        { text: 'Be wary of statements that the treatment will achieve [[permanent results]].', context: 'cautionary', page: ['Exosome facials are popular.'] },
      ],
      nearMiss: ['Results vary between patients and exosome products.', 'The exosome facial takes 45 minutes.'],
    },
  },
  {
    id: 'efficacy-claim.hype',
    keywords: ['breakthrough', 'revolution', 'miracle', 'miraculous', 'game', 'groundbreaking', 'supercharged', 'magic', 'highly effective', 'instant', 'scarless', 'glass skin', 'revers', 'turn back', 'younger', '%', 'percent', 'x ', 'times', 'fold', 'by '],
    message: 'Hype that overstates what exosomes are shown to do.',
    patterns: [
      '\\b(?:breakthrough|revolutionary|miracle|miraculous|game-?changing|groundbreaking|supercharged|magic)(?: (?:treatments?|therap(?:y|ies)|technology|results?|cure|serum|effect|ingredient|solution))?\\b',
      '\\bhighly effective\\b',
      '\\binstant (?:results?|glow|lift|transformation)\\b',
      '\\bscarless healing\\b',
      '\\bglass skin\\b',
      '\\b(?:reverse[sd]?|reversing|turn back) (?:the )?(?:signs of )?(?:ageing|aging|the clock)\\b',
      '\\b(?:\\d+|ten|five) years younger\\b',
      `\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent|x|times) (?:more|increase|boost|improvement|faster|better|stronger|higher|growth|thicker)\\b`,
      '\\b(?:increase[sd]?|boost[sd]?|improve[sd]?)(?: \\w+){0,3} by (?:up to )?\\d+(?:\\.\\d+)?\\s?(?:%|percent|x|-?fold)',
    ],
    examples: {
      match: [
        { text: 'Exosomes have become a [[breakthrough treatment]] for skin rejuvenation.' },
        { text: 'Our exosome serum gives [[300% more]] collagen.' },
        { text: 'Exosome facials, which promise [[glass skin and scarless healing]], are everywhere.', context: 'reported', page: ['Be wary: exosome facials carry serious risks.', 'Human exosomes are banned.'] },
      ],
      nearMiss: ['Exosome research is advancing quickly.', 'The exosome facial improved hydration in some users.'],
    },
  },
]);
