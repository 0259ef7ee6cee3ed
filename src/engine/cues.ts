// The context lexicon, in the manner of NegEx/ConText: each cue kind has a direction and a scope
// (see context.ts). Written against normalised text (lower case, straight quotes, no accents).
// Multilingual cues cover the core words only; English is complete.

const alt = (words: string[]) => words.join('|');

/** Negation triggers. Scope: forward within the clause, a few tokens; or just after a claim. */
export const NEGATION = new RegExp(
  '\\b(?:' +
    alt([
      'not', 'no', 'never', 'none', 'neither', 'nor', 'cannot', "can't", 'cant', "isn't", "aren't", "wasn't", "weren't",
      "doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", 'without', 'lack of', 'absence of',
      'rather than', 'instead of', 'as opposed to', 'unlike', 'nothing', 'nobody', 'fails? to', 'yet to',
      // es/pt/fr/de/it
      'nunca', 'sin', 'nao', 'sem', 'jamais', 'pas', 'aucun', 'aucune', 'sans', 'nicht', 'kein', 'keine', 'keinen', 'ohne', 'non(?!-)', 'senza', 'nessun', 'nessuna',
    ]) +
    ')\\b|(?:않|없|아닌|아니|ない|ません|未|没有|不是|並非|并非|非)',
  'g',
);

/** Look like negations but are claims or idioms ("no side effects" is a safety claim). */
export const PSEUDO_NEGATION = new RegExp(
  '\\b(?:' +
    alt([
      'no side[- ]?effects?', 'no downtime', 'no needles?', 'no risks?', 'no recovery time', 'no pain', 'not only', 'not just',
      'no wonder', 'no doubt', 'no matter', 'no longer', 'non-invasive', 'non invasive', 'not necessarily', 'no,', 'no shame',
      'no obligation', 'under no obligation', 'nothing less', 'no less', 'not all', 'not surprising',
    ]) +
    ')',
  'g',
);

/** Prohibition and warning words: the page warns against what it names. Scope: the whole clause. */
export const CAUTION = new RegExp(
  '\\b(?:' +
    alt([
      'illegal(?:ly)?', 'unlawful(?:ly)?', 'not (?:an? )?(?:\\w+ )?(?:legal|lawful|allowed|permitted)', 'cannot (?:lawfully|legally|be used)',
      "can't (?:lawfully|legally|be used)", 'must not', 'prohibited', 'banned', 'bans?', 'forbidden', 'outlawed',
      'warn(?:s|ed|ing|ings)?', 'red flags?', 'dangers?', 'dangerous(?:ly)?', 'risks?', 'risky', 'hazards?', 'harm(?:s|ful)?',
      'unsafe', 'beware', 'be wary', 'wary', 'caution(?:ary)?', 'careful(?:ly)?', 'avoid', 'walk away', 'turn the other way',
      'sign to leave', 'step away', "don't let", 'do not let', 'concerns?', 'concerned', 'concerning', 'controversial',
      'questionable', 'suspicion', 'suspicious', 'misleading', 'mislead', 'deceived', 'deceptive', 'deceive', 'scams?',
      'fraud(?:ulent)?', 'unknowns?', 'uncontrolled', 'unregulated', 'unlicensed', 'unapproved', 'unproven', 'complications?', 'adverse', 'infections?',
      'sepsis', 'contaminat(?:ed|ion)', 'lack of (?:clarity|transparency|evidence|regulation)', 'difficult', 'liability',
      'breach(?:es)?', 'outside (?:of )?the law', 'tightly regulated', 'raises? questions', 'experiment', 'guinea pigs?',
      'test subjects?', 'hype[d]?', 'overblown', 'watch (?:out )?for', 'wait (?:for|until)', 'tread carefully', 'grey (?:area|zone)',
      'gray (?:area|zone)', 'not without', 'fraught', 'alarm(?:ing)?', 'crackdown', 'enforcement', 'seized', 'recalled?',
      // es/pt/fr/de/it
      'ilegal(?:es)?', 'prohibid[oa]s?', 'proibid[oa]s?', 'interdit(?:e|s|es)?', 'illegale?', 'verboten', 'vietat[oi]', 'riesgos?',
      'riscos?', 'risques?', 'risiken?', 'rischi', 'peligros[oa]s?', 'perigos[oa]s?', 'dangereux', 'gefahrlich', 'pericolos[oi]',
    ]) +
    ')\\b|(?:불법|금지|위험|違法|禁止|危険|非法|违法|危险)',
  'g',
);

/** A warning word that is itself negated ("fewer ethical concerns") is not a warning. */
export const PSEUDO_CAUTION = /\b(?:fewer|less|reduced|lower|minimal|little|without|no) (?:\w+ )?(?:concerns?|risks?|complications)\b/g;

/** Negation that follows a claim and denies it ("… is not approved", "… doesn't eliminate"). */
export const POST_NEGATION = /\b(?:have no|has no|had no|lacks?|is not|are not|isn't|aren't|was not|wasn't|were not|has not|have not|hasn't|haven't|does not|doesn't|do not|don't|cannot|can't|won't|will not|never|fails? to)\b/g;

/** Words that carry a warning even inside the claim's own span. */
export const INTRINSIC_CAUTION = /\b(?:compromised|unknown|illegal|unlicensed|uncontrolled)\b/;

/** Words that deny a claim from inside its own span ("unapproved", "unproven"). */
export const INTRINSIC_NEGATION = /\b(?:un(?:approved|proven|licensed|authori[sz]ed|substantiated|supported|verified)|not (?:been |yet |an? )?(?:\w+ )?(?:approved|proven|licensed|legal|lawful|authori[sz]ed)|no (?:\w+ ){0,3}(?:approval|authori[sz]ation|licen[cs]e)(?! (?:is )?(?:needed|required|necessary))|(?:outside|ahead of) (?:\(and outside\) )?(?:of )?the law)\b/;

/** Attribution to others. Scope: the clause, both directions. Strong cues hold on any page. */
export const REPORTED_STRONG = new RegExp(
  '\\b(?:' +
    alt([
      'claim(?:s|ed|ing)?', 'so-called', 'marketed (?:as|for)', 'advertised as', 'described as', 'describe[sd]?', 'according to',
      'argue[sd]?', 'are of the opinion', 'in the opinion of', 'opinions?', 'suggests?', 'reported(?:ly)?', 'reports? that',
      'stud(?:y|ies)', 'research(?:ers)?', 'trials?', 'reviews?', 'et al', 'scientists', 'investigators', 'found that',
      'discovered', 'showed', 'shown', 'guidance', 'guidelines? (?:say|state|suggest)', 'promoted', 'touted', 'influencers?',
      'testimonials?', 'before-and-after photos', 'explored', 'literature', 'review aims', 'is thought by', 'critics',
      'studied', 'being (?:studied|investigated|tested|explored|researched)', 'under investigation', 'in (?:mice|rats|animals|the lab|vitro)',
      'preclinical', 'pre-clinical', 'early research', 'preliminary (?:research|studies|data|results|evidence)', 'experts? say',
      // es/pt/fr/de/it
      'afirma[n]?', 'segun', 'estudios?', 'estudos?', 'selon', 'etudes?', 'laut', 'studien?', 'secondo', 'studi',
    ]) +
    ')\\b',
  'g',
);

/** Attribution that only counts on a page whose stance is critical (on a clinic page it is sales talk). */
export const REPORTED_WEAK = new RegExp(
  '\\b(?:' +
    alt([
      '(?:some|many|most|certain|several) (?:\\w+ )?(?:clinics?|practitioners?|professionals?|providers?|products?|brands?|companies|suppliers?|manufacturers?|salons?|exosomes?|people|sources?|clinicians?|doctors?|of these|of them)',
      'others', 'promise[sd]?', 'often', 'usually', 'commonly', 'sometimes', 'typically', 'prized for', 'sold as', 'positioned as',
      'a newer generation', 'can be derived', 'would', 'popular', 'trend(?:s|ing|y)?', 'is said', 'are said',
    ]) +
    ')\\b',
  'g',
);

/** The page's own sales voice. */
export const PROMO = new RegExp(
  '\\b(?:' +
    alt([
      'we (?:offer|provide|use|inject|administer|deliver|recommend|combine|apply|comply|only use|source|stock|are proud)',
      'our (?:[\\w-]+ )?(?:exosomes?|clinics?|treatments?|facials?|serums?|products?|therap(?:y|ies)|packages?|prices?|specialists?|practitioners?|doctors?|team|experts?|patients|clients|customers|protocols?|services?|results|salon|skin ?care)',
      'book (?:now|online|today|your|a|in)', 'call us', 'contact us', 'enquire', 'consultation', 'yes,',
      '(?:customers|clients|patients) (?:love|find|say|report|notice|see|rave)', 'innovative', 'revolutionary', 'cutting-edge',
      'state-of-the-art', 'breakthrough', 'discover', 'transform', 'experience the', 'treat yourself', 'limited offer', 'special offer',
    ]) +
    ')\\b|[£$€]\\s?\\d',
  'g',
);

/** For plant- and animal-source mentions: the page presents the source as the legitimate choice. */
export const LEGITIMACY = new RegExp(
  '\\b(?:' +
    alt([
      'legal(?:ly)?', 'lawful(?:ly)?', 'legitimate', 'properly formulated', 'be sure', 'make sure', 'insist', 'choose', 'opt for', 'look for',
      'recommend(?:ed)?', 'safer', 'safe', 'vegan', 'perfectly', 'only use', 'we use', 'our', 'ours',
    ]) +
    ')\\b',
  'g',
);

/** Questions embedded in a statement ("ask whether", "which versions are legal", "subject of debate"). */
export const EMBEDDED_QUESTION = new RegExp(
  '\\b(?:' +
    alt([
      'whether(?! \\w+ly\\b)', 'if (?:it|they|this|the product) (?:is|are|was|were) (?:legal|safe|approved)',
      'which (?:\\w+ ){0,3}(?:is|are|was|were) (?:\\w+,? ){0,3}(?:legal|lawful|safe|approved|regulated)',
      'is it (?:legal|safe|lawful|allowed)', 'ask (?:your|the) (?:practitioner|clinic|doctor)',
    ]) +
    ')',
  'g',
);

/** The whole clause is put as an open question ("… is subject of debate"). */
export const OPEN_QUESTION = /\b(?:subject of (?:a )?debate|up for debate|open question|(?:hotly )?debated|depends (?:more )?on who you ask|remains? unclear|is unclear)\b/g;

/** Clause terminators: a cue does not reach across them. */
export const TERMINATOR = /\b(?:but|however|although|though|whereas|yet|except|apart from|aside from|nevertheless|nonetheless|pero|sin embargo|mas|porem|mais|cependant|aber|jedoch|ma|tuttavia)\b|;|—|–|\s-\s/g;

/** A leading subordinate clause ("While X, Y") ends at its first comma. */
export const LEADING_SUBORDINATE = /^(?:while|although|though|whereas|unlike|despite|even though|as long as)\b/;

/** Pronouns that carry the previous sentence's subject into this one. */
export const ANAPHOR = /\b(?:these|those|they|them|their|theirs|such|it|its)\b/;

/** Descriptions of the body's own exosomes, not of a product ("cells release exosomes that carry..."). */
export const PHYSIOLOGY = /\b(?:cargo|travel(?:s|ling)? to|messengers?|carry (?:messages|proteins)|cells? (?:use|release|send|secrete)|released by (?:\w+ )?cells|naturally occurring|produced naturally|telling (?:them|cells|your cells)|your (?:healthy )?cells release|intercellular communication)\b/;
