/**
 * The outlet sketch (src/core/outlet-sketch.ts) stands in for the gazetteer in the on-load
 * pre-check: it must say "maybe" for every name the gazetteer knows, in every printed form the
 * gazetteer accepts, and its data must be what the gazetteer makes today.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTLET_SKETCH } from '../../src/core/outlet-sketch-data.ts';
import { outletSketchSource } from '../../src/core/outlet-sketch-source.ts';
import { decodeSketch, encodeSketch, mayNameOutlet, outletRuns, sketchHash } from '../../src/core/outlet-sketch.ts';
import { OUTLETS, findOutlet, outletHosts } from '../../src/core/outlets.ts';

const FORMS = OUTLETS.flatMap((o) => [o.name, ...o.variants]);

describe('the outlet sketch', () => {
  it('is current: src/core/outlet-sketch-data.ts is what `npm run outlet-sketch` makes from the gazetteer', async () => {
    const { readFileSync } = await import('node:fs');
    const committed = readFileSync(new URL('../../src/core/outlet-sketch-data.ts', import.meta.url), 'utf8');
    expect(committed, 'run `npm run outlet-sketch` after changing src/core/outlets.ts').toBe(outletSketchSource());
    expect(OUTLET_SKETCH.length).toBeLessThan(3000);
  });

  it('round-trips its encoding', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0x1fffff }), { maxLength: 300 }), (hashes) => {
        const out = decodeSketch(encodeSketch(hashes));
        expect(out).toEqual([...hashes].sort((a, b) => a - b));
      }),
    );
  });

  it('says "maybe" for every name and variant the gazetteer knows', () => {
    expect(FORMS.filter((f) => findOutlet(f) && !mayNameOutlet(f))).toEqual([]);
  });

  it('says "maybe" wherever findOutlet answers, whatever qualifiers, suffixes and sections follow the name', () => {
    const tails = ['', ' (TNS)', ' (Fresno, Calif.)', '/Tribune News Service', ' Inc.', ', LLC', ' Business', ' Opinion', ' staff'];
    fc.assert(
      fc.property(fc.constantFrom(...FORMS), fc.constantFrom(...tails), fc.constantFrom('', 'The '), (form, tail, the) => {
        const printed = `${the}${form}${tail}`;
        if (findOutlet(printed)) expect(mayNameOutlet(printed), printed).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('says "maybe" for a site printed as a name, as the gazetteer resolves hosts', () => {
    for (const o of OUTLETS.slice(0, 200)) for (const host of outletHosts(o)) expect(mayNameOutlet(host), host).toBe(true);
  });

  it('says "no" to people, roles and ordinary words (a yes costs the full detection)', () => {
    const ordinary = ['Jane Doe', 'Staff Writer', 'Senior Correspondent', 'Updated', 'Share this article', 'Photo', 'Hill', 'Times', 'Read more'];
    expect(ordinary.filter((s) => mayNameOutlet(s))).toEqual([]);
    // The hash is spread: ordinary English words rarely collide with an outlet's key.
    const words = 'the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no will more can out up about into than them only other some time could these two may first then do any like my now over such our man me even most made after also did many before must through years where much your way well down should because each just those people how too little state good very make world still own see men work long here get both between life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');
    const hits = words.filter((w) => mayNameOutlet(w));
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(sketchHash('associatedpress')).toBeLessThan(2 ** 21);
  });

  it('finds a known outlet inside a byline without a separator', () => {
    expect(outletRuns('By CHRISTOPHER WEBER Associated Press')).toContain('associated press');
    expect(outletRuns('Kevin Johnson and Kevin McCoy USA TODAY')).toContain('usa today');
    expect(outletRuns('By Jane Doe and John Roe')).toEqual([]);
  });
});
