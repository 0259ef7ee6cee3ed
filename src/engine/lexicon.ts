// Topic words. A page that never names exosomes or extracellular vesicles (in any of our languages) is
// off-topic and costs one pass; on a page that does, claims such as "treats hair loss" count even in
// sentences that do not repeat the word, unless the sentence is about another product.

/** Exosome and extracellular-vesicle terms, as they appear in normalised text. */
export const ANCHOR = new RegExp(
  [
    'exo-?s+om', // exosome(s), exosomal, exossomos (pt), exosomas (es), exosomen (de)
    'esosom', // esosomi (it)
    'extra-?cellular vesicle',
    'vesiculas extracelulares',
    'vesicules extracellulaires',
    'extrazellulare vesikel',
    'vescicole extracellulari',
    'secretome',
    '엑소좀',
    '세포외 ?소포',
    'エクソソーム',
    '細胞外小胞',
    '外泌体',
    '外泌體',
    '细胞外囊泡',
  ].join('|'),
);

/** Cheap test on raw (un-normalised) text; false negatives are caught by HIDING below. */
export const RAW_ANCHOR = new RegExp(ANCHOR.source + '|ves[ií]cul|v[ée]sicul|vesikel|vescicol', 'i');

/** Characters that can hide an anchor from RAW_ANCHOR: invisible, look-alike or full-width forms. */
export const HIDING = /[\u00AD\u034F\u200B-\u200F\u2060-\u2064\uFEFF\u0370-\u03FF\u0400-\u04FF\u0500-\u052F\uFF00-\uFFEF\u0131\u0251\u0261\u0269]/;

/** Other treatments a sentence may be about instead ("polynucleotide injections", "dermal fillers"). */
export const OTHER_PRODUCT = /\b(?:polynucleotides?|pdrn|salmon (?:sperm|dna)|dermal fillers?|fillers?|botox|botulinum|anti-wrinkle injections?|toxins?|hyaluronic acid|profhilo|sculptra|vitamin (?:b12|c) (?:injections?|drips?)|semaglutide|ozempic)\b/;

/** Source words, to tell whose legality a sentence speaks of. */
export const HUMAN_SOURCE = /\b(?<!non-)(?:human|stem[- ]cells?|umbilical|placenta\w*|amniotic|donor\w*|adipose)\b/;
export const NON_HUMAN_SOURCE = /\b(?:plant|botanical|animal|non-human|bovine|salmon|colostrum|milk|fish|vegan)\b/;
