/** The resolver alone, on findings written by hand: its order of precedence and its conflict rule. */
import { describe, expect, it } from 'vitest';
import { PUBLISHER_PRECEDENCE, resolveAttribution } from '../../src/core/attribution.ts';
import { finding, type Finding } from '../../src/core/evidence.ts';
import { sameBrand } from '../../src/core/text.ts';

const resolve = (findings: Finding[], isArcamaxStory = false) => resolveAttribution({ findings, isArcamaxStory, siteName: 'County Ledger', host: 'www.countyledger.com' });

const byline = (outlet: string) => finding('byline-outlet', 'strong', outlet, 'byline', { outlet });
const credit = (outlet: string, site: string | null, via: string | null) => finding('credit-line', 'strong', `©2024 ${outlet}`, 'end of the story', { outlet, site, via });

describe('resolveAttribution', () => {
  it('calls an original story the site’s own', () => {
    expect(resolve([finding('host-identity', 'context', 'County Ledger', 'site name'), finding('dateline', 'weak', 'WASHINGTON', 'first paragraph')])).toEqual({ syndicated: false, publisher: 'County Ledger', publisherSite: 'www.countyledger.com' });
  });
  it('never decides on weak findings alone, except an ArcaMax story page', () => {
    const weak = [finding('arcamax-host', 'weak', 'www.arcamax.com', 'address')];
    expect(resolve(weak).syndicated).toBe(false);
    expect(resolve(weak, true).syndicated).toBe(true);
  });
  it('takes the byline’s outlet over the credit line, and the credit’s printed site for the same publisher', () => {
    expect(resolve([credit('Bloomberg News', 'bloomberg.com', 'Tribune Content Agency'), byline('Bloomberg News')])).toMatchObject({ syndicated: true, publisher: 'Bloomberg News', publisherSite: 'bloomberg.com' });
  });
  it('lets a distribution service yield to the newsroom the credit names', () => {
    expect(resolve([byline('Tribune News Service'), credit('Los Angeles Times', 'latimes.com', 'Tribune Content Agency')])).toMatchObject({ publisher: 'Los Angeles Times', publisherSite: 'latimes.com' });
  });
  it('keeps a distribution service when nothing else names a newsroom', () => {
    expect(resolve([byline('Tribune News Service')])).toMatchObject({ publisher: 'Tribune News Service', publisherSite: 'tribunecontentagency.com' });
  });
  it('follows the written order of precedence', () => {
    const dateline = finding('dateline', 'strong', 'LONDON (Reuters) -', 'first paragraph', { outlet: 'Reuters', site: 'reuters.com' });
    const canonical = finding('canonical-elsewhere', 'strong', 'https://www.latimes.com/x', 'canonical link', { outlet: 'Los Angeles Times', site: 'latimes.com' });
    expect(resolve([canonical, dateline]).publisher).toBe('Reuters');
    expect(PUBLISHER_PRECEDENCE.indexOf('dateline')).toBeLessThan(PUBLISHER_PRECEDENCE.indexOf('canonical-elsewhere'));
    expect(PUBLISHER_PRECEDENCE[0]).toBe('byline-outlet');
  });
  it('names an outlet the gazetteer does not know as printed, without qualifiers', () => {
    expect(resolve([byline('The Millbrook Courier (Millbrook, N.Y.) (TNS)')])).toMatchObject({ publisher: 'The Millbrook Courier', publisherSite: null });
  });
  it('gives canonical names for the outlets the gazetteer knows', () => {
    expect(resolve([credit('Bloomberg L.P.', 'bloomberg.com', null)]).publisher).toBe('Bloomberg News');
  });
});

describe('sameBrand', () => {
  it.each([
    ['www.businessinsider.com', 'www.businessinsider.de', true],
    ['www.bbc.co.uk', 'www.bbc.com', true],
    ['edition.cnn.com', 'www.cnn.com', true],
    ['a.wordpress.com', 'b.wordpress.com', false],
    ['www.latimes.com', 'www.courant.com', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameBrand(a, b)).toBe(same);
  });
});
