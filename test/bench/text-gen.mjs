// Deterministic text for the bench: clinic copy dense with exosome claims, and ordinary prose with no
// exosome term at all. Same seed, same text, so runs on one machine compare like with like.

/** Small fast PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

// Everyday words only: nothing here is an anchor term or a claim word on its own.
const WORDS = (
  'the a an and or but of to in on at for with from by about after before over under again then once here there ' +
  'when where why how all any both each few more most other some such only own same so than too very can will just ' +
  'should now people year way day man woman child world life hand part place case week company system program ' +
  'question work government number night point home water room mother area money story fact month lot right study ' +
  'book eye job word business issue side kind head house service friend father power hour game line end member law ' +
  'car city community name president team minute idea kid body information back parent face others level office door ' +
  'health person art war history party result change morning reason research girl guy moment air teacher force ' +
  'education foot boy age policy music market sense nation plan college interest death experience effect use class ' +
  'control care field development role effort rate heart drug show leader light voice wife police mind price report ' +
  'decision son view relationship town road arm difference value building action model season society tax director ' +
  'position player record paper space ground form event official matter center couple site project activity star table ' +
  'need court oil situation cost industry figure street image phone data picture practice piece land product doctor wall ' +
  'patient worker news test movie north love support technology step baby computer type attention film tree source ' +
  'organization hair window evidence population site bed garden walk bread coffee train bike river kitchen weather ' +
  'walked bought cooked painted opened closed carried visited planted watched listened wrote read found kept left ' +
  'brought began seemed helped talked turned started showed heard played ran moved lived believed held happened ' +
  'quiet green small large early late warm cold busy happy simple long short bright heavy light fresh old new young ' +
  'slowly quickly often rarely gently nearly always usually today yesterday tomorrow together outside inside'
).split(/\s+/);

function proseSentence(r) {
  const n = 7 + Math.floor(r() * 14);
  const words = [];
  for (let i = 0; i < n; i++) words.push(pick(r, WORDS));
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + (r() < 0.9 ? '.' : '?');
}

const CLINICS = ['Glow Aesthetics', 'Harley Skin Studio', 'Radiance Clinic', 'The Skin Lab', 'Pure Derma', 'Lumiere Medispa', 'Nova Hair Clinic', 'Elite Regenerative'];
const CITIES = ['London', 'Manchester', 'Leeds', 'Bristol', 'Glasgow', 'Miami', 'Austin', 'Toronto', 'Sydney', 'Seoul'];
const AREAS = ['face', 'scalp', 'neck', 'under-eye area', 'décolletage', 'hands', 'knee', 'lower back'];
const PRICES = ['£295', '£450', '£650', '$799', '$1,200', '£1,500', '$2,500'];

// Clinic copy in the voice of the pages the rules were written from; {slots} vary per sentence.
const TEMPLATES = [
  'At {clinic} in {city} we inject exosomes into the {area} to restore youthful skin.',
  'Book your exosome hair injections today for just {price} per session.',
  'Our stem-cell exosomes are FDA-approved and completely safe for every skin type.',
  'Exosome therapy has no side effects and no downtime, so you can return to work the same day.',
  'Human-derived exosomes from umbilical cord tissue regenerate damaged cells in the {area}.',
  'Our clinically proven exosome serum boosts collagen by 300% after microneedling.',
  'Exosomes treat hair loss, reverse ageing and reduce inflammation in the {area}.',
  'The only exosome treatment approved by the MHRA, available now at {clinic}.',
  'Exosome IV therapy supports recovery from injuries and repairs cartilage in the knee.',
  'Yes, exosome therapy is legal in the UK when administered by our trained doctors.',
  'Our placenta-derived exosome facial gives long-lasting results that feel permanent.',
  'Patients at {clinic} love how exosomes heal acne scars and stimulate hair regrowth.',
  'We use mesenchymal stem cell exosomes harvested from young, healthy donors.',
  'Exosomes delivered intradermally reach deeper layers for faster healing after laser treatment.',
  'Call us to book an exosome consultation in {city}; packages start at {price}.',
  'This breakthrough exosome treatment is a natural alternative to surgery for the {area}.',
  'Exosome injections are fully licensed and guaranteed to work for everyone.',
  'Our exosome booster cures eczema and rosacea and calms sensitive skin.',
];

function fill(r, t) {
  return t
    .replace('{clinic}', pick(r, CLINICS))
    .replace('{city}', pick(r, CITIES))
    .replace('{area}', pick(r, AREAS))
    .replace('{price}', pick(r, PRICES));
}

/**
 * Paragraph generators. `denseParagraph` mixes template claims, the rules' own example sentences (the
 * examples that must match) and a little ordinary prose; `proseParagraph` is prose only.
 */
export function makeGenerators(seed, exampleSentences = []) {
  const r = rng(seed);
  const pool = [...TEMPLATES, ...exampleSentences.map((s) => s.replace(/\[\[|\]\]/g, ''))];
  return {
    r,
    proseSentence: () => proseSentence(r),
    proseParagraph: () => Array.from({ length: 3 + Math.floor(r() * 4) }, () => proseSentence(r)).join(' '),
    claimSentence: () => fill(r, pick(r, pool)),
    denseParagraph: () => {
      const n = 3 + Math.floor(r() * 4);
      const out = [];
      for (let i = 0; i < n; i++) out.push(r() < 0.8 ? fill(r, pick(r, pool)) : proseSentence(r));
      return out.join(' ');
    },
  };
}

/** Paragraphs of about `bytes` characters in total (UTF-16 length). */
export function paragraphs(make, bytes) {
  const out = [];
  let n = 0;
  while (n < bytes) {
    const p = make();
    out.push(p);
    n += p.length + 1;
  }
  return out;
}
