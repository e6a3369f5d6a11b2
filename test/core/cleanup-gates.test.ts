/**
 * The cleanup rules' gates (src/core/cleanup-rules.ts, "Gates"): a cheap test runs before each
 * costly pattern so the pattern compiles only on pages that may need it. A gate must never turn
 * away a line its pattern matches, or a rule would silently stop firing. These lines cover every
 * alternative of each gated pattern; each must match its pattern (so the example is real) and pass
 * its gate.
 */
import { describe, expect, it } from 'vitest';
import { GATED_PATTERNS } from '../../src/core/cleanup-rules.ts';

const LINES = [
  // VIA_CREDIT
  'The new keyboard, as seen in a teardown via iFixit',
  'Flood water covers the road near the bridge via Reuters',
  'Protesters gather outside parliament via Getty Images',
  // SOURCE_AFTER_SLASH
  'November 20, 2019 / 1:07 AM / CBS News',
  'March 3, 2024 / Associated Press',
  // RELATED_LABEL
  'Related',
  'Related stories:',
  'Related coverage',
  'You may also like',
  'You might be interested in',
  'More from Business',
  'More on this story',
  'Also read',
  'More watch:',
  "Don't miss",
  'Dont miss…',
  'Must read',
  'Recommended for you',
  'Trending now',
  'Most popular',
  'What to read next',
  'Top stories',
  'Read next',
  'Up next',
  'More local sports stories',
  'Latest news',
  // NEWSLETTER
  'Get the Morning Briefing newsletter',
  'Sign up for our daily newsletter',
  'Signing up gets you breaking news alerts',
  'Subscribe to our free e-mails',
  'Register now for weekly updates',
  'Subscribe for unlimited access.',
  'Subscribe to The Ledger and save',
  'The latest headlines delivered to your inbox every morning',
  'Our newsletters bring the news to your inbox: sign up',
  'Read the full report by clicking here',
  'Click here to subscribe',
  'Download our free news app',
  'Get the new app today',
  'The news, delivered to your inbox',
  // BIO_OPENING
  'Jane Doe is a freelance writer living in Denver.',
  "Regan has covered City Hall since 2019.",
  'María José Álvarez writes about food and culture.',
  'Chidi Okafor covers energy for the paper.',
  'Tom lives in Vermont with his two dogs.',
  'Aiko Tanaka joined the newsroom in 2021.',
  "Seán O’Brien reports from Dublin.",
  'Dr. Ana Ruiz was a nurse for 20 years.',
];

describe('cleanup rule gates', () => {
  it('let through every line their costly pattern matches', () => {
    for (const { gate, pattern } of GATED_PATTERNS) {
      const matched = LINES.filter((line) => pattern.test(line));
      // Each pattern has examples here: a pattern added without lines fails this.
      expect(matched.length, String(pattern).slice(0, 60)).toBeGreaterThanOrEqual(2);
      for (const line of matched) expect(gate.test(line), `${line} (${String(pattern).slice(0, 40)})`).toBe(true);
    }
  });

  it('turn away ordinary story lines, so the costly patterns stay uncompiled on most pages', () => {
    const story = [
      'The council voted 5-2 on Tuesday to approve the budget, which adds 12 officers to the police department.',
      'Officials said the bridge would reopen in the spring after repairs to its deck.',
      'The company has not said how many workers will lose their jobs.',
      '"We were surprised," said the mayor, who asked residents to stay patient.',
    ];
    for (const { gate } of GATED_PATTERNS) for (const line of story) expect(gate.test(line), line).toBe(false);
  });
});
