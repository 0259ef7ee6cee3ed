import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../src/engine/normalize';
import { scanText } from '../../src/engine';

// One word, however a page writes it: accents, capitals and final sigma fold to the same normalised text,
// and the map still leads back to the page's own characters.

describe('normalize', () => {
  it('folds Greek accents, capitals and final sigma to one form', () => {
    const forms = ['ενέσεις', 'ενεσεις', 'ΕΝΕΣΕΙΣ', 'Ενέσεις'].map((t) => normalize(t).text);
    expect(new Set(forms).size).toBe(1);
    expect(normalize('εξωσώματα').text).toBe(normalize('ΕΞΩΣΩΜΑΤΑ').text);
  });

  it('keeps Latin accents stripped and Hangul composed', () => {
    expect(normalize('Vesículas').text).toBe('vesiculas');
    expect(normalize('엑소좀').text).toBe('엑소좀');
  });

  it('maps a folded span back to the original characters', () => {
    const t = 'Οι ΕΝΈΣΕΙΣ εξωσωμάτων';
    const n = normalize(t);
    const i = n.text.indexOf(normalize('ενέσεις').text);
    const [s, e] = toOriginal(n, i, i + normalize('ενέσεις').text.length);
    expect(t.slice(s, e)).toBe('ΕΝΈΣΕΙΣ');
  });

  it('finds a Greek claim written in capitals without accents as in lower case with them', () => {
    const lower = scanText('Προσφέρουμε ενέσεις εξωσωμάτων στο τριχωτό της κεφαλής.', { strictness: 'strict' }).all;
    const upper = scanText('ΠΡΟΣΦΕΡΟΥΜΕ ΕΝΕΣΕΙΣ ΕΞΩΣΩΜΑΤΩΝ ΣΤΟ ΤΡΙΧΩΤΟ ΤΗΣ ΚΕΦΑΛΗΣ.', { strictness: 'strict' }).all;
    expect(lower.some((f) => f.family === 'injectable')).toBe(true);
    expect(upper.map((f) => f.family)).toEqual(lower.map((f) => f.family));
  });
});
