import { describe, expect, it } from 'vitest';
import { parseCreditLine } from '../../src/core/credit-line.ts';
import { SYNDICATE_EXAMPLES, SYNDICATES } from '../../src/core/syndicates.ts';
import { foldSpace } from '../../src/core/text.ts';

// Every family of the declarative table, example by example: the table is the spec.
it('has examples for every family, and no examples without a family', () => {
  expect(Object.keys(SYNDICATE_EXAMPLES).sort()).toEqual(SYNDICATES.map((r) => r.id).sort());
});

describe.each(SYNDICATES.map((rule) => [rule.id] as const))('syndicate family %s', (id) => {
  const examples = SYNDICATE_EXAMPLES[id] ?? [];
  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  it.each(examples.map((e) => [e.line, e] as const))('parses %s', (line, example) => {
    const credit = parseCreditLine(line);
    expect(credit, `no family matched: ${line}`).not.toBeNull();
    expect(credit!.syndicateId).toBe(id);
    expect(credit).toMatchObject({
      copyright: foldSpace(line),
      copyrightYear: example.copyrightYear,
      copyrightHolder: example.copyrightHolder,
      publisherSite: example.publisherSite,
      distributor: example.distributor,
    });
  });
});

describe('parseCreditLine rejects what is not a credit line', () => {
  it.each([
    'The discussions have been shaped by North Korea, according to Bloomberg.',
    'The Associated Press reported last year that the board had overspent.',
    'Copyright 2025 ArcaMax Publishing, LLC',
    // A newspaper's copyright alone is its footer; a wire's needs its year ("© AFP" is a photo's credit).
    // (A wire's own copyright with a year is a credit line: the 'wire' family. Its footer on its own
    // site is site chrome, which the page scan never reads as a credit.)
    '© 2024 Hartford Courant. All rights reserved.',
    '© AFP',
    'Photo: AFP',
    '(AP Photo/Erin Hooley)',
    // A writer's own note: "my newsletter" names no publisher (the patterns' capital under the i flag matched it).
    'This post first appeared in my newsletter in March, before the second round of lab results came back. Those results, for the record, were worse.',
    'Originally published in our spring issue.',
    'Comments',
    '_____',
    '',
    'Reuters reported that the company was distributed by regional partners across the country, according to people familiar with the matter who asked not to be identified because the talks are private and who said the decision could change before the end of the year, when the contracts are up for renewal and a new board is seated.',
  ])('%j', (text) => {
    expect(parseCreditLine(text)).toBeNull();
  });
});
