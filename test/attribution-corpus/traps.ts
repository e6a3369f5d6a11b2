/**
 * Traps: page parts that look like attribution evidence but are not the story's. Each trap is mixed into
 * syndicated and original pages (except the two that only exist on a national outlet's own site).
 */

export type TrapId = 'photo-credit' | 'role-words' | 'footer-syndication-note' | 'wire-mention' | 'teaser-credits' | 'comment-paste'
  | 'sidebar-byline' | 'own-section-outlet' | 'wire-own-site' | 'junk-doc-title';

export const TRAPS: TrapId[] = ['photo-credit', 'role-words', 'footer-syndication-note', 'wire-mention', 'teaser-credits', 'comment-paste',
  'sidebar-byline', 'own-section-outlet', 'wire-own-site', 'junk-doc-title'];

/** Traps a planner may add to any page (the last two come with the national layout's sites). */
export const MIXABLE: TrapId[] = ['photo-credit', 'footer-syndication-note', 'wire-mention', 'teaser-credits', 'comment-paste', 'sidebar-byline',
  'junk-doc-title', 'role-words'];

/** Photo credits that look like a story credit (the AP one is the real-world false positive). */
export const PHOTO_CREDITS = ['Copyright 2024 The Associated Press. All Rights Reserved.', 'AP Photo/Rafael Quiroga', '(Megan Fairbanks/Bloomberg)',
  'Copyright 2023 The Associated Press. All Rights Reserved.', '(Owen Galloway/Los Angeles Times/TNS)', 'Reuters/Leah Underwood'];

/** Footer lines a host prints about its licensed content (not this story's credit). */
export const FOOTER_NOTES = ['Some content distributed by Tribune Content Agency, LLC.', 'Portions of this site © The Associated Press. All rights reserved.',
  'Some articles are provided by Reuters and Bloomberg News under license.', 'Crossword and comics © Andrews McMeel Syndication and King Features Syndicate.'];

/** Sentences that name a wire or syndicate inside the story text (they stay in the body). */
export const WIRE_MENTIONS = ['The figures were first reported by Bloomberg News.', 'The Associated Press reported a similar account earlier in the week.',
  'Reuters, citing two people familiar with the matter, reported the same figure on Monday.', 'A survey distributed by Tribune Content Agency last year found much the same thing.',
  'The New York Times reported on the plan in the spring.'];

/** Credit lines carried by related-story teasers below the story. */
export const TEASER_CREDITS = ['©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.',
  '©2023 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.',
  'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'COPYRIGHT 2024 CREATORS.COM', '(c) 2024, Washington Post Writers Group'];

/** A reader comment that pastes another credit line. */
export const COMMENT_PASTES = ['Same story ran elsewhere last week. ©2024 The New York Times Company', 'Copied from the other paper: "©2024 The New York Times Company" so who wrote it?',
  'This is a rerun. ©2023 The New York Times Company'];

/** Another story's byline in a sidebar box. */
export const SIDEBAR_BYLINES = ['By Patrick Esposito, Chicago Tribune', 'By Grace Whitlock, The Seattle Times', 'By Wesley Novak, Bloomberg News',
  'By Carmen Vance, Los Angeles Times', 'By Samuel Haddad, The Associated Press'];

/** Junk document titles (a script or CMS bug); the headline must win. */
export const JUNK_TITLES = ['PWNED', 'Home', 'Untitled document', 'Loading…'];
