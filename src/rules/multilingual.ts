import type { Family, Language } from '../engine/types';
import type { RuleSpec } from './schema';

// The exosome terms (engine/lexicon.ts) and the core claim families in the languages of the large
// exosome markets. Patterns are written against normalised text: lower case, Latin accents removed.

interface Entry {
  patterns: string[];
  match: string; // with [[span]]
  nearMiss: string;
  context?: RuleSpec['examples']['match'][number]['context'];
}

const MESSAGES: Record<Family, string> = {
  injectable: 'Exosomes offered by injection: no exosome product is licensed as an injectable medicine.',
  'human-source': 'Exosomes of human origin (stem cells, umbilical cord, placenta).',
  'approval-claim': 'Claims regulatory approval: no exosome product is an approved medicine.',
  'legality-claim': 'A blanket claim that exosome treatment is legal.',
  'safety-claim': 'An absolute safety claim: serious harms have been reported after exosome products.',
  'medical-claim': 'Claims to treat or cure a condition: a medicinal claim for an unlicensed product.',
  'efficacy-claim': 'Claims proof or results the evidence does not provide.',
  'compromised-skin': 'Exosomes applied after microneedling or laser.',
  'unverified-product': 'Quality claims without characterisation.',
  'plant-or-animal-source': 'Plant- or animal-derived exosomes.',
  autologous: "Exosomes from the patient's own blood.",
};

const TABLE: Partial<Record<Language, Partial<Record<Family, Entry>>>> = {
  es: {
    injectable: { patterns: ['\\b(?:inyecci(?:on|ones)|inyectad[oa]s?|inyectables?|inyectamos|inyectar)\\b'], match: 'Ofrecemos [[inyecciones]] de exosomas en el cuero cabelludo.', nearMiss: 'Aplicamos el serum de exosomas sobre la piel limpia.' },
    'human-source': { patterns: ['\\b(?:celulas madre(?: mesenquimales)?|origen humano|cordon umbilical|placenta)\\b'], match: 'Exosomas derivados de [[celulas madre]] humanas.', nearMiss: 'Exosomas de origen vegetal para una piel luminosa.' },
    'approval-claim': { patterns: ['\\baprobad[oa]s? por (?:la )?(?:fda|aemps|cofepris|anmat)\\b'], match: 'Nuestros exosomas estan [[aprobados por la FDA]].', nearMiss: 'La FDA regula los productos de exosomas.' },
    'safety-claim': { patterns: ['\\b(?:sin efectos secundarios|100% segur[oa]s?|totalmente segur[oa]s?|sin riesgos?)\\b'], match: 'El tratamiento con exosomas es [[100% seguro]].', nearMiss: 'Los exosomas pueden causar efectos secundarios.' },
    'medical-claim': { patterns: ['\\b(?:cura[rn]?|trata[rn]?|tratamiento (?:de|para)) (?:la |el )?(?:alopecia|calvicie|acne|caida del cabello|cicatrices|rosacea|artrosis)\\b'], match: 'Los exosomas [[curan la alopecia]] en pocas sesiones.', nearMiss: 'Los exosomas mejoran la textura de la piel.' },
    'efficacy-claim': { patterns: ['\\b(?:clinicamente (?:probad|comprobad)[oa]s?|resultados (?:garantizados|permanentes))\\b'], match: 'Exosomas con [[resultados garantizados]].', nearMiss: 'Los resultados de los exosomas varian.' },
  },
  pt: {
    injectable: { patterns: ['\\b(?:injec(?:ao|oes)|injetad[oa]s?|injetave(?:l|is)|injetamos|injetar)\\b'], match: 'Fazemos [[injecao]] de exossomos no couro cabeludo.', nearMiss: 'O serum de exossomos e aplicado na pele.' },
    'human-source': { patterns: ['\\b(?:celulas-?tronco(?: mesenquimais)?|origem humana|cordao umbilical|placenta)\\b'], match: 'Exossomos de [[celulas-tronco]] humanas.', nearMiss: 'Exossomos de origem vegetal.' },
    'approval-claim': { patterns: ['\\baprovad[oa]s? pela (?:fda|anvisa)\\b'], match: 'Exossomos [[aprovados pela Anvisa]].', nearMiss: 'A Anvisa regula os exossomos.' },
    'safety-claim': { patterns: ['\\b(?:sem efeitos colaterais|100% segur[oa]s?|totalmente segur[oa]s?|sem riscos?)\\b'], match: 'Tratamento com exossomos [[sem efeitos colaterais]].', nearMiss: 'Exossomos podem ter efeitos colaterais.' },
    'medical-claim': { patterns: ['\\b(?:cura[mr]?|trata[mr]?|tratamento (?:de|para)) (?:a |o )?(?:alopecia|calvicie|acne|queda de cabelo|cicatrizes|rosacea)\\b'], match: 'Exossomos [[tratam a alopecia]].', nearMiss: 'Exossomos melhoram a textura da pele.' },
    'efficacy-claim': { patterns: ['\\b(?:clinicamente comprovad[oa]s?|resultados (?:garantidos|permanentes))\\b'], match: 'Exossomos [[clinicamente comprovados]].', nearMiss: 'Os resultados dos exossomos variam.' },
  },
  fr: {
    injectable: { patterns: ['\\b(?:injections?|injecte(?:e|s|es)?|injectables?|injectons|injecter)\\b'], match: 'Nous proposons des [[injections]] d\'exosomes.', nearMiss: 'Le serum aux exosomes s\'applique sur la peau.' },
    'human-source': { patterns: ['\\b(?:cellules souches(?: mesenchymateuses)?|origine humaine|cordon ombilical|placenta)\\b'], match: 'Exosomes issus de [[cellules souches]] humaines.', nearMiss: 'Exosomes d\'origine vegetale.' },
    'approval-claim': { patterns: ['\\b(?:approuve|autorise)(?:e|s|es)? par (?:la |l\')?(?:fda|ansm|ema)\\b'], match: 'Exosomes [[approuves par la FDA]].', nearMiss: 'La FDA encadre les exosomes.' },
    'safety-claim': { patterns: ['\\b(?:sans effets? secondaires?|sans (?:aucun )?risque|100% sur[es]?|totalement sur[es]?)\\b'], match: 'Un soin aux exosomes [[sans effets secondaires]].', nearMiss: 'Les exosomes peuvent avoir des effets secondaires.' },
    'medical-claim': { patterns: ['\\b(?:guerit|guerissent|traite(?:nt)?|soigne(?:nt)?) (?:l\'|la |le |les )?(?:alopecie|acne|chute des cheveux|cicatrices|rosacee|eczema)\\b'], match: 'Les exosomes [[traitent l\'alopecie]].', nearMiss: 'Les exosomes ameliorent l\'eclat de la peau.' },
    'efficacy-claim': { patterns: ['\\b(?:cliniquement prouve(?:e|s|es)?|resultats (?:garantis|permanents))\\b'], match: 'Exosomes aux [[resultats garantis]].', nearMiss: 'Les resultats des exosomes varient.' },
  },
  de: {
    injectable: { patterns: ['\\b(?:injektion(?:en)?|injiziert|injizieren|spritzen|unterspritz\\w*)\\b'], match: 'Wir bieten [[Injektionen]] mit Exosomen an.', nearMiss: 'Das Exosomen-Serum wird auf die Haut aufgetragen.' },
    'human-source': { patterns: ['\\b(?:stammzell\\w*|menschlichen ursprungs|nabelschnur\\w*|plazenta\\w*)\\b'], match: 'Exosomen aus [[Stammzellen]].', nearMiss: 'Exosomen pflanzlichen Ursprungs.' },
    'approval-claim': { patterns: ['\\b(?:fda|bfarm|ema)[- ]?(?:zugelassen|genehmigt)\\b|\\bvon der (?:fda|ema) (?:zugelassen|genehmigt)\\b'], match: 'Unsere Exosomen sind [[FDA-zugelassen]].', nearMiss: 'Die FDA reguliert Exosomen.' },
    'safety-claim': { patterns: ['\\b(?:keine nebenwirkungen|ohne nebenwirkungen|vollig sicher|100% sicher|risikofrei)\\b'], match: 'Exosomen-Behandlung [[ohne Nebenwirkungen]].', nearMiss: 'Exosomen konnen Nebenwirkungen haben.' },
    'medical-claim': { patterns: ['\\b(?:heilt|heilen|behandelt|behandeln) (?:\\w+ )?(?:haarausfall|akne|alopezie|narben|rosazea|neurodermitis)\\b'], match: 'Exosomen [[behandeln Haarausfall]] dauerhaft.', nearMiss: 'Exosomen verbessern das Hautbild.' },
    'efficacy-claim': { patterns: ['\\b(?:klinisch (?:bewiesen|erwiesen|belegt)|garantierte ergebnisse|dauerhafte ergebnisse)\\b'], match: 'Exosomen mit [[garantierte Ergebnisse]] fur Sie.', nearMiss: 'Ergebnisse mit Exosomen sind unterschiedlich.' },
  },
  it: {
    injectable: { patterns: ['\\b(?:iniezion[ei]|iniettat[oaie]|iniettabil[ei]|iniettiamo|iniettare)\\b'], match: 'Offriamo [[iniezioni]] di esosomi.', nearMiss: 'Il siero di esosomi si applica sulla pelle.' },
    'human-source': { patterns: ['\\b(?:cellule staminali(?: mesenchimali)?|origine umana|cordone ombelicale|placenta)\\b'], match: 'Gli esosomi da [[cellule staminali]] umane sono il nostro segreto.', nearMiss: 'Esosomi di origine vegetale.' },
    'approval-claim': { patterns: ['\\bapprovat[oaie] dalla (?:fda|aifa|ema)\\b'], match: 'Esosomi [[approvati dalla FDA]].', nearMiss: 'La FDA regola gli esosomi.' },
    'safety-claim': { patterns: ['\\b(?:senza effetti collaterali|nessun effetto collaterale|sicur[oi] al 100%|senza rischi)\\b'], match: 'Trattamento con esosomi [[senza effetti collaterali]].', nearMiss: 'Gli esosomi possono avere effetti collaterali.' },
    'medical-claim': { patterns: ['\\b(?:cura(?:no)?|tratta(?:no)?) (?:l\'|la |il )?(?:alopecia|acne|caduta dei capelli|cicatrici|rosacea)\\b'], match: 'Gli esosomi [[curano l\'alopecia]].', nearMiss: 'Gli esosomi migliorano la luminosita della pelle.' },
    'efficacy-claim': { patterns: ['\\b(?:clinicamente (?:provat|testat|dimostrat)[oaie]|risultati (?:garantiti|permanenti))\\b'], match: 'Esosomi con [[risultati garantiti]].', nearMiss: 'I risultati degli esosomi variano.' },
  },
  ko: {
    injectable: { patterns: ['(?:주사|주입|스킨부스터|물광주사)'], match: '엑소좀 [[주사]]로 탈모를 개선합니다.', nearMiss: '엑소좀 앰플을 피부에 바릅니다.' },
    'human-source': { patterns: ['(?:줄기세포|인체 ?유래|제대혈|탯줄|태반|지방 ?유래)'], match: '[[줄기세포]] 배양액 엑소좀을 사용합니다.', nearMiss: '식물 유래 엑소좀 앰플입니다.' },
    'approval-claim': { patterns: ['(?:식약처|fda|식품의약품안전처) ?(?:승인|허가|인증)'], match: '[[식약처 승인]] 엑소좀 제품입니다.', nearMiss: '식약처는 엑소좀 광고를 규제합니다.' },
    'safety-claim': { patterns: ['(?:부작용(?:이)? ?(?:없|제로)|100% ?안전|완전히 안전)'], match: '엑소좀 시술은 [[부작용 없]]는 시술입니다.', nearMiss: '엑소좀 시술 후 부작용이 보고되었습니다.' },
    'medical-claim': { patterns: ['(?:탈모|여드름|흉터|아토피|염증) ?(?:치료|완치)'], match: '엑소좀으로 [[탈모 치료]]를 합니다.', nearMiss: '엑소좀으로 피부결이 좋아집니다.' },
    'efficacy-claim': { patterns: ['(?:임상(?:적으로)? ?(?:입증|증명)|효과 ?보장|영구적인? 효과)'], match: '[[임상적으로 입증]]된 엑소좀입니다.', nearMiss: '엑소좀 효과는 사람마다 다릅니다.' },
  },
  ja: {
    injectable: { patterns: ['(?:注射|注入|点滴)'], match: 'エクソソーム[[注射]]で若返り。', nearMiss: 'エクソソーム美容液を肌に塗ります。' },
    'human-source': { patterns: ['(?:幹細胞|ヒト由来|人由来|臍帯|胎盤)'], match: 'ヒト[[幹細胞]]由来のエクソソーム。', nearMiss: '植物由来のエクソソームです。' },
    'approval-claim': { patterns: ['(?:厚生労働省|厚労省|fda)(?:の)?(?:承認|認可)(?:済み)?'], match: '[[厚生労働省承認]]のエクソソーム。', nearMiss: '厚生労働省はエクソソームについて通知しました。' },
    'safety-claim': { patterns: ['(?:副作用(?:は|が)?(?:なし|ない|ありません|ゼロ)|100%安全|完全に安全)'], match: 'エクソソーム治療は[[副作用なし]]。', nearMiss: 'エクソソームの副作用が報告されています。' },
    'medical-claim': { patterns: ['(?:薄毛|脱毛症|ニキビ|アトピー|傷跡)(?:を)?(?:治療|治す|改善)'], match: 'エクソソームで[[薄毛を治療]]します。', nearMiss: 'エクソソームで肌のハリを保ちます。' },
    'efficacy-claim': { patterns: ['(?:臨床的に証明|効果(?:を)?保証|永久的な効果)'], match: '[[臨床的に証明]]されたエクソソーム。', nearMiss: 'エクソソームの効果には個人差があります。' },
  },
  zh: {
    injectable: { patterns: ['(?:注射|注入|点滴|水光针)'], match: '外泌体[[水光针]]让皮肤发光。', nearMiss: '外泌体精华涂抹于皮肤。' },
    'human-source': { patterns: ['(?:干细胞|幹細胞|人源|脐带|胎盘|人体来源)'], match: '[[干细胞]]外泌体精华。', nearMiss: '植物来源的外泌体。' },
    'approval-claim': { patterns: ['(?:fda|药监局|国家药监局|nmpa)(?:批准|认证|认可)|获批'], match: '[[FDA认证]]外泌体产品。', nearMiss: '药监局发布了外泌体警示。' },
    'safety-claim': { patterns: ['(?:无副作用|零副作用|100%安全|绝对安全)'], match: '外泌体护理[[无副作用]]。', nearMiss: '外泌体可能有副作用。' },
    'medical-claim': { patterns: ['(?:治疗|治愈)(?:脱发|痤疮|疤痕|湿疹|炎症)'], match: '外泌体可以[[治疗脱发]]。', nearMiss: '外泌体让皮肤更有光泽。' },
    'efficacy-claim': { patterns: ['(?:临床证明|临床验证|效果保证|永久效果)'], match: '[[临床证明]]的外泌体。', nearMiss: '外泌体的效果因人而异。' },
  },
};

export default Object.entries(TABLE).flatMap(([lang, families]) =>
  Object.entries(families!).map(([family, e]): RuleSpec => ({
    id: `${family}.${lang}`,
    family: family as Family,
    languages: [lang as Language],
    message: MESSAGES[family as Family],
    topic: 'page',
    patterns: e!.patterns,
    examples: { match: [{ text: e!.match, ...(e!.context ? { context: e!.context } : {}) }], nearMiss: [e!.nearMiss] },
  })),
);
