import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guessJurisdiction, jurisdictionFromLanguageTag } from '../../src/engine/jurisdiction';
import { JURISDICTIONS } from '../../src/engine/types';

const j = (s: Parameters<typeof guessJurisdiction>[0]) => guessJurisdiction(s).jurisdiction;

describe('domain', () => {
  it.each([
    ['clinic.co.uk', 'uk', 'domain ends in .co.uk'],
    ['www.example.org.uk', 'uk', 'domain ends in .org.uk'],
    ['beauty.uk', 'uk', 'domain ends in .uk'],
    ['klinik.de', 'eu', 'domain ends in .de'],
    ['salon.fr', 'eu', 'domain ends in .fr'],
    ['clinica.es', 'eu', 'domain ends in .es'],
    ['clinic.ie', 'eu', 'domain ends in .ie'],
    ['kliniek.nl', 'eu', 'domain ends in .nl'],
    ['estetica.it', 'eu', 'domain ends in .it'],
    ['shop.eu', 'eu', 'domain ends in .eu'],
    ['clinic.ca', 'ca', 'domain ends in .ca'],
    ['clinic.com.au', 'au', 'domain ends in .com.au'],
    ['clinic.au', 'au', 'domain ends in .au'],
    ['derma.co.kr', 'kr', 'domain ends in .co.kr'],
    ['derma.kr', 'kr', 'domain ends in .kr'],
    ['biyou.co.jp', 'jp', 'domain ends in .co.jp'],
    ['biyou.jp', 'jp', 'domain ends in .jp'],
  ] as const)('%s → %s', (hostname, expected, reason) => {
    const g = guessJurisdiction({ hostname });
    expect(g.jurisdiction).toBe(expected);
    expect(g.reasons[0]).toBe(reason);
    expect(g.confident).toBe(true);
  });

  it('is case-insensitive and ignores a trailing dot and a port', () => {
    expect(j({ hostname: 'CLINIC.CO.UK.' })).toBe('uk');
    expect(j({ hostname: 'clinic.de:8443' })).toBe('eu');
  });

  it('.com, .net, .org, IPs and localhost carry no signal', () => {
    for (const hostname of ['clinic.com', 'clinic.net', 'clinic.org', 'clinic.io', '127.0.0.1', 'localhost', '[::1]']) {
      const g = guessJurisdiction({ hostname });
      expect(g.scores, hostname).toEqual(Object.fromEntries(JURISDICTIONS.map((k) => [k, 0])));
      expect(g.confident, hostname).toBe(false);
    }
  });

  it('a non-EU European domain (.ch, .no) is not EU', () => {
    expect(guessJurisdiction({ hostname: 'klinik.ch' }).scores.eu).toBe(0);
    expect(guessJurisdiction({ hostname: 'klinikk.no' }).scores.eu).toBe(0);
  });
});

describe('currency', () => {
  it.each([
    ['Treatment from £450 per session', 'uk', 'prices in £'],
    ['Price: 450 GBP', 'uk', 'prices in £'],
    ['Ab 299 € pro Sitzung', 'eu', 'prices in €'],
    ['Desde €299', 'eu', 'prices in €'],
    ['Only A$399 today', 'au', 'prices in A$'],
    ['Only AU$399 today', 'au', 'prices in A$'],
    ['From 399 AUD', 'au', 'prices in A$'],
    ['From C$350 per vial', 'ca', 'prices in C$'],
    ['From CA$350 per vial', 'ca', 'prices in C$'],
    ['Price 350 CAD', 'ca', 'prices in C$'],
    ['1회 30만원', 'kr', 'prices in ₩'],
    ['가격 300,000원부터', 'kr', 'prices in ₩'],
    ['₩300,000', 'kr', 'prices in ₩'],
    ['1回 33,000円', 'jp', 'prices in ¥'],
    ['¥33,000', 'jp', 'prices in ¥'],
    ['Price: US$ 500', 'us', 'prices in US$'],
    ['Price: 500 USD', 'us', 'prices in US$'],
  ] as const)('%s → %s', (text, expected, reason) => {
    const g = guessJurisdiction({ text });
    expect(g.jurisdiction).toBe(expected);
    expect(g.reasons).toContain(reason);
  });

  it('a bare $ is a weak US signal and is not confident on its own', () => {
    const g = guessJurisdiction({ text: 'Sessions from $499' });
    expect(g.jurisdiction).toBe('us');
    expect(g.reasons).toEqual(['prices in $']);
    expect(g.confident).toBe(false);
  });

  it('A$ and C$ are not counted as US dollars', () => {
    expect(guessJurisdiction({ text: 'From A$399' }).scores.us).toBe(0);
    expect(guessJurisdiction({ text: 'From C$399' }).scores.us).toBe(0);
    expect(guessJurisdiction({ text: 'From NZ$399' }).scores.us).toBe(0);
  });

  it('words that merely contain a currency code or 원 are not prices', () => {
    const g = guessJurisdiction({ text: 'CAD drawings. EUR-lex. 병원 원장 안내. Our GBP policy.' });
    expect(g.scores).toEqual(Object.fromEntries(JURISDICTIONS.map((k) => [k, 0])));
  });
});

describe('phone numbers', () => {
  it.each([
    ['Call +44 20 7946 0958', 'uk', 'phone numbers starting +44'],
    ['Tel: +61 2 9876 5432', 'au', 'phone numbers starting +61'],
    ['문의 +82-2-1234-5678', 'kr', 'phone numbers starting +82'],
    ['TEL +81-3-1234-5678', 'jp', 'phone numbers starting +81'],
    ['Tel. +49 30 123456', 'eu', 'phone numbers from an EU country'],
    ['Tél. +33 1 23 45 67 89', 'eu', 'phone numbers from an EU country'],
    ['Tel +353 1 234 5678', 'eu', 'phone numbers from an EU country'],
    ['Tel +34 912 345 678', 'eu', 'phone numbers from an EU country'],
    ['Tel +39 06 1234 5678', 'eu', 'phone numbers from an EU country'],
    ['Call +1 (416) 555-0199', 'ca', 'phone numbers starting +1'],
    ['Call +1 604 555 0199', 'ca', 'phone numbers starting +1'],
  ] as const)('%s → %s', (text, expected, reason) => {
    const g = guessJurisdiction({ text });
    expect(g.jurisdiction).toBe(expected);
    expect(g.reasons).toContain(reason);
  });

  it('+1 with a US area code is a weak US signal', () => {
    const g = guessJurisdiction({ text: 'Call +1 (212) 555-0199' });
    expect(g.jurisdiction).toBe('us');
    expect(g.scores.us).toBe(1);
    expect(g.scores.ca).toBe(0);
  });
});

describe('postcodes', () => {
  it.each([
    ['12 Harley Street, London W1G 9PF', 'uk', 'a UK postcode'],
    ['Manchester M1 1AE', 'uk', 'a UK postcode'],
    ['London SW1A 1AA', 'uk', 'a UK postcode'],
    ['Ottawa, ON K1A 0B1', 'ca', 'a Canadian postal code'],
    ['Toronto ON M5V3L9', 'ca', 'a Canadian postal code'],
    ['Sydney NSW 2000', 'au', 'an Australian postcode'],
    ['Perth WA 6000', 'au', 'an Australian postcode'],
    ['Beverly Hills, CA 90210', 'us', 'a US ZIP code'],
    ['New York, NY 10001-1234', 'us', 'a US ZIP code'],
  ] as const)('%s → %s', (text, expected, reason) => {
    const g = guessJurisdiction({ text });
    expect(g.jurisdiction).toBe(expected);
    expect(g.reasons).toContain(reason);
  });

  it('a bare five-digit number is not a ZIP code (German PLZ, product codes)', () => {
    expect(guessJurisdiction({ text: '10115 Berlin. Batch 90210.' }).scores.us).toBe(0);
  });

  it('lower-case text does not look like a UK postcode', () => {
    expect(guessJurisdiction({ text: 'see m1 1ae' }).scores.uk).toBe(0);
  });
});

describe('html lang', () => {
  it.each([
    ['en-GB', 'uk'],
    ['en-gb', 'uk'],
    ['en_GB', 'uk'],
    ['en-US', 'us'],
    ['en-AU', 'au'],
    ['en-CA', 'ca'],
    ['fr-CA', 'ca'],
    ['en-IE', 'eu'],
    ['ko', 'kr'],
    ['ko-KR', 'kr'],
    ['ja', 'jp'],
    ['ja-JP', 'jp'],
    ['de', 'eu'],
    ['de-AT', 'eu'],
    ['fr', 'eu'],
    ['fr-BE', 'eu'],
    ['it', 'eu'],
    ['nl', 'eu'],
    ['pt-PT', 'eu'],
    ['es-ES', 'eu'],
    ['zh-Hant-TW', null],
    ['pt-BR', null],
    ['es-MX', null],
    ['es-419', null],
    ['de-CH', null],
    ['en', null],
    ['en-NZ', null],
    ['', null],
  ] as const)('%s → %s', (tag, expected) => {
    expect(jurisdictionFromLanguageTag(tag)?.jurisdiction ?? null).toBe(expected);
  });

  it('reports the page language as a reason', () => {
    expect(guessJurisdiction({ lang: 'en-GB' }).reasons).toEqual(['page language is en-GB']);
  });

  it('bare es / pt lean EU only weakly, so a dollar price outweighs it', () => {
    expect(j({ lang: 'es', text: 'Desde US$ 300' })).toBe('us');
  });
});

describe('combining signals', () => {
  it('the brief example: .co.uk and £ give UK with both reasons', () => {
    const g = guessJurisdiction({ hostname: 'glowclinic.co.uk', text: 'Exosome facial £250', lang: 'en' });
    expect(g).toMatchObject({ jurisdiction: 'uk', confident: true });
    expect(g.reasons).toEqual(['domain ends in .co.uk', 'prices in £']);
  });

  it('a .com clinic with £ prices, a UK phone and a postcode is UK', () => {
    const g = guessJurisdiction({
      hostname: 'skinclinic.com',
      text: 'Visit us at 10 High St, Leeds LS1 4AP. Call +44 113 496 0000. From £199.',
    });
    expect(g.jurisdiction).toBe('uk');
    expect(g.confident).toBe(true);
    expect(g.reasons).toHaveLength(3);
  });

  it('page signals beat the browser locale', () => {
    expect(j({ hostname: 'clinic.com.au', text: 'From A$300', locale: 'en-GB' })).toBe('au');
  });

  it('the domain outweighs a single weak conflicting signal', () => {
    expect(j({ hostname: 'clinic.co.uk', text: 'Shipping to the US from $10' })).toBe('uk');
  });

  it('en-US lang on a .de page still gives EU (domain stronger than lang)', () => {
    expect(j({ hostname: 'klinik.de', lang: 'en-US' })).toBe('eu');
  });

  it('conflicting equal signals are not confident; the locale breaks the tie', () => {
    const g = guessJurisdiction({ text: 'Prices: £200 or €230', locale: 'de-DE' });
    expect(g.jurisdiction).toBe('eu');
    expect(g.confident).toBe(false);
    expect(g.reasons).toContain('your browser language is de-DE');
  });

  it('a lone medium signal is not confident', () => {
    expect(guessJurisdiction({ lang: 'en-GB' }).confident).toBe(false);
  });
});

describe('fallbacks', () => {
  it('no page signal: the browser locale decides, not confidently', () => {
    const g = guessJurisdiction({ hostname: 'clinic.com', text: 'Exosome facials available.', locale: 'en-GB' });
    expect(g).toMatchObject({ jurisdiction: 'uk', confident: false });
    expect(g.reasons).toEqual(['your browser language is en-GB']);
  });

  it('ko locale falls back to Korea', () => {
    expect(j({ locale: 'ko' })).toBe('kr');
  });

  it('nothing at all: US, not confident, with a reason saying so', () => {
    const g = guessJurisdiction({});
    expect(g).toMatchObject({ jurisdiction: 'us', confident: false, reasons: ['no clear signal on the page'] });
  });

  it('a locale with no jurisdiction (pt-BR) falls back to the default', () => {
    expect(guessJurisdiction({ locale: 'pt-BR' }).reasons).toEqual(['no clear signal on the page']);
  });
});

describe('robustness', () => {
  it('only reads the first 200,000 characters', () => {
    const g = guessJurisdiction({ text: 'x'.repeat(200_001) + ' £500' });
    expect(g.scores.uk).toBe(0);
  });

  it('is fast on a large page', () => {
    const text = 'Exosome treatment, book now. '.repeat(20_000);
    const t0 = performance.now();
    guessJurisdiction({ text, hostname: 'a.com', lang: 'en' });
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('never throws and always returns a known jurisdiction with at least one reason', () => {
    fc.assert(
      fc.property(fc.record({ hostname: fc.string(), lang: fc.string(), text: fc.string(), locale: fc.string() }, { requiredKeys: [] }), (s) => {
        const g = guessJurisdiction(s);
        expect(JURISDICTIONS).toContain(g.jurisdiction);
        expect(g.reasons.length).toBeGreaterThan(0);
        expect(g.reasons.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
