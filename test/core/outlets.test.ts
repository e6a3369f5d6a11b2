/** The outlet gazetteer: the table's integrity, the binding canonical list, and its lookups. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OUTLETS,
  asciiWords,
  findOutlet,
  isOutletHome,
  isRole,
  outletHosts,
  outletKey,
  outletKeyClashes,
  outletNamedInRole,
  outletOfAgencyCode,
  outletOfHost,
  stripOutletQualifiers,
  unicodeWords,
} from '../../src/core/outlets.ts';
import { CANONICAL_OUTLETS, OUTLET_EXAMPLES, ROLE_EXAMPLES } from './outlet-examples.ts';

const BARE_HOST = /^(?!www\d?\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

describe('the table', () => {
  it('holds at least 300 outlets', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(300);
  });

  it('has unique canonical names', () => {
    const names = OUTLETS.map((o) => o.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('maps no normalized name or variant to two outlets', () => {
    expect(outletKeyClashes()).toEqual([]);
  });

  it('has well-formed fields', () => {
    for (const o of OUTLETS) {
      expect(o.name, JSON.stringify(o)).toBe(o.name.trim());
      expect(outletKey(o.name), o.name).not.toBe('');
      expect(o.site, o.name).toMatch(BARE_HOST);
      expect(o.country, o.name).toMatch(/^[A-Z]{2}$/);
      expect(o.lang, o.name).toMatch(/^[a-z]{2}$/);
      for (const v of o.variants) expect(v, o.name).toBe(v.trim());
      for (const h of outletHosts(o)) expect(h, o.name).toMatch(BARE_HOST);
    }
  });

  it('finds every outlet by its name or, when the name is ambiguous alone, by a variant', () => {
    for (const o of OUTLETS) {
      const forms = [o.name, ...o.variants].filter((f) => findOutlet(f) === o);
      expect(forms.length, o.name).toBeGreaterThan(0);
      // A form that finds something finds this outlet, never a neighbour.
      for (const f of [o.name, ...o.variants]) expect([o, null], `${o.name}: ${f}`).toContain(findOutlet(f));
    }
  });

  it('answers each host with one outlet: a service sharing its parent site is never the answer', () => {
    const hosts = OUTLETS.flatMap((o) => outletHosts(o));
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
    for (const o of OUTLETS) {
      // Every site is someone's: its own, or its parent's for a service (New York Times News Service).
      expect(outletOfHost(o.site), o.name).not.toBeNull();
      if (outletHosts(o).includes(o.site)) expect(outletOfHost(o.site), o.name).toBe(o);
    }
  });
});

describe('the binding canonical outlets', () => {
  it.each(CANONICAL_OUTLETS)('%s → %s', (name, site, variants) => {
    const outlet = OUTLETS.find((o) => o.name === name);
    expect(outlet, name).toBeDefined();
    expect(outlet!.site).toBe(site);
    for (const v of variants) {
      expect(outlet!.variants, name).toContain(v);
      expect(findOutlet(v), `${name}: ${v}`).toBe(outlet);
    }
    expect(findOutlet(name)).toBe(outlet);
  });
});

describe('findOutlet', () => {
  it.each(OUTLET_EXAMPLES)('%j → %j', (printed, expected) => {
    expect(findOutlet(printed)?.name ?? null).toBe(expected);
  });

  it('matches whole names only, never a part of one', () => {
    for (const part of ['Los Angeles', 'Angeles Times', 'York Times', 'Fresno', 'Associated', 'Bee', 'Globe', 'Tribune', 'Chronicle', 'Journal', 'Sun', 'Star']) {
      expect(findOutlet(part), part).toBeNull();
    }
  });

  it('refuses text too long to be a name', () => {
    expect(findOutlet(`${'Los Angeles Times '.repeat(20)}`)).toBeNull();
  });
});

describe('stripOutletQualifiers', () => {
  it.each([
    ['The Fresno Bee (Fresno, Calif.) (TNS)', 'The Fresno Bee'],
    ['Los Angeles Times/Tribune News Service', 'Los Angeles Times'],
    ['The Daily Gazette (Schenectady, N.Y.)/TNS', 'The Daily Gazette'],
    ['Unknown Weekly (AP)', 'Unknown Weekly'],
    ['Radio Free Europe/Radio Liberty', 'Radio Free Europe/Radio Liberty'],
    ['Bloomberg News', 'Bloomberg News'],
  ])('%j → %j', (printed, expected) => {
    expect(stripOutletQualifiers(printed)).toBe(expected);
  });
});

describe('isRole', () => {
  it.each(ROLE_EXAMPLES)('%j → %s', (text, expected) => {
    expect(isRole(text)).toBe(expected);
  });

  it('names the outlet of a "Special to …" role', () => {
    expect(outletNamedInRole('Special to the Los Angeles Times')).toBe('the Los Angeles Times');
    expect(outletNamedInRole('Especial para El Nuevo Herald')).toBe('El Nuevo Herald');
    expect(outletNamedInRole('Staff Writer')).toBeNull();
    expect(findOutlet(outletNamedInRole('Special to the Los Angeles Times')!)?.name).toBe('Los Angeles Times');
  });
});

describe('outletOfHost', () => {
  it.each([
    ['latimes.com', 'Los Angeles Times'],
    ['www.latimes.com', 'Los Angeles Times'],
    ['WWW.LATIMES.COM.', 'Los Angeles Times'],
    ['edition.cnn.com', 'CNN'],
    ['amp.cnn.com', 'CNN'],
    ['m.startribune.com', 'Star Tribune'],
    ['www.fresnobee.com', 'The Fresno Bee'],
    ['nytimes.com', 'The New York Times'],
    ['washingtonpost.com', 'The Washington Post'],
    ['tribunecontentagency.com', 'Tribune Content Agency'],
    ['bloomberg.com', 'Bloomberg News'],
    ['www.bbc.co.uk', 'BBC News'],
    ['www.khn.org', 'KFF Health News'],
    ['finance.yahoo.com', 'Yahoo Finance'],
    ['news.yahoo.com', 'Yahoo News'],
    ['cnnespanol.cnn.com', 'CNN en Español'],
    ['www.elpais.com', 'El País'],
    ['www.smh.com.au', 'The Sydney Morning Herald'],
    ['https://www.latimes.com:443/world/story.html?x=1', 'Los Angeles Times'],
  ])('%s → %s', (host, expected) => {
    expect(outletOfHost(host)?.name).toBe(expected);
  });

  it.each(['example.com', 'com', 'co.uk', '', 'notlatimes.com', 'latimes.com.evil.example'])('%j → null', (host) => {
    expect(outletOfHost(host)).toBeNull();
  });
});

describe('isOutletHome', () => {
  const outlet = (name: string) => OUTLETS.find((o) => o.name === name)!;
  it.each([
    ['The Associated Press', 'apnews.com', true],
    ['The Associated Press', 'www.ap.org', true],
    ['New York Times News Service', 'www.nytimes.com', true],
    ['Dow Jones Newswires', 'www.dowjones.com', true],
    ['Dow Jones Newswires', 'www.wsj.com', true],
    ['Dow Jones Newswires', 'www.marketwatch.com', true],
    ['Dow Jones Newswires', 'www.barrons.com', true],
    ['Dow Jones Newswires', 'www.investors.com', true],
    ['Dow Jones Newswires', 'www.tradersdigest.example', false],
    ['Dow Jones Newswires', 'notwsj.com', false],
    ['The Wall Street Journal', 'www.marketwatch.com', false],
    ['Los Angeles Times', 'latimes.com.evil.example', false],
  ])('%s at %s → %s', (name, host, expected) => {
    expect(isOutletHome(outlet(name), host)).toBe(expected);
  });
});

describe('outletOfAgencyCode', () => {
  it.each([
    ['AP', 'The Associated Press'],
    ['Reuters', 'Reuters'],
    ['AFP', 'Agence France-Presse'],
    ['Bloomberg', 'Bloomberg News'],
    ['UPI', 'United Press International'],
    ['CNN', 'CNN'],
    ['TNS', 'Tribune News Service'],
    ['dpa', 'dpa'],
    ['DPA', 'dpa'],
    ['EFE', 'EFE'],
    ['(AP)', 'The Associated Press'],
  ])('%s → %s', (code, expected) => {
    expect(outletOfAgencyCode(code)?.name).toBe(expected);
  });

  it.each(['', 'XYZ', 'Times', 'Associated'])('%j → null', (code) => {
    expect(outletOfAgencyCode(code)).toBeNull();
  });
});

describe('name words: the ASCII pass agrees with the general form', () => {
  it('on every name and variant in the table', () => {
    for (const o of OUTLETS) for (const form of [o.name, ...o.variants]) if (asciiWords(form)) expect(asciiWords(form), form).toEqual(unicodeWords(form));
  });

  it('on any ASCII text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (s) => {
        expect(asciiWords(s)).toEqual(unicodeWords(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('hands anything beyond ASCII to the general form', () => {
    expect(asciiWords('Le Monde diplomatique')).toEqual(['le', 'monde', 'diplomatique']);
    expect(asciiWords('El País')).toBeNull();
    expect(asciiWords('Dow Jones’s')).toBeNull();
  });
});
