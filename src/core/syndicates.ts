/**
 * The declarative table of credit lines printed by syndicates and wire services.
 *
 * Each entry is one family of lines. Its patterns are tried, in table order, against one block of
 * text at a time (white space folded), anchored at both ends, so a sentence that merely *mentions*
 * a syndicate ("according to Bloomberg", "The Associated Press reported…") never matches.
 * Named groups carry the data: `year`, `holder` (the rights owner as printed), `visit` (the text
 * after "Visit", holding the publisher's site) and `dist` (the distributor's name as printed).
 *
 * Every family has real example lines in `SYNDICATE_EXAMPLES` (below) with the fields they must
 * give: `test/core/syndicates.test.ts` runs them family by family. Add a family with its examples,
 * and it is tested.
 */

import { COPYRIGHT_MARK } from './credit-hint.ts';
import { MONTH_NAME } from './dates.ts';

export interface SyndicateExample {
  line: string;
  copyrightYear: number | null;
  copyrightHolder: string | null;
  publisherSite: string | null;
  /** null for a newsroom's own republication notice, which names no distributor. */
  distributor: string | null;
}

export interface SyndicateRule {
  id: string;
  /** Display name of the distributor. */
  distributor: string;
  /** Use the distributor's printed name (group `dist`) instead, for legacy names such as McClatchy-Tribune. */
  keepPrintedDistributor?: boolean;
  /** The holder distributes its own copy (a wire): the distributor is the holder's outlet. */
  holderDistributes?: boolean;
  /** The publisher's site when the line prints none. */
  site: string | null;
  /** Who published the story when the byline names no outlet; null: the credit's holder. */
  publisher: string | null;
  patterns: RegExp[];
  /** A weak family is a guess: it marks a credit line but does not make a page syndicated on its own. */
  weak?: boolean;
  /**
   * The holder must be printed capitalised ("first appeared in my newsletter" names nobody). The
   * patterns' `[\p{Lu}]` cannot say it: under the `i` flag it matches either case.
   */
  capitalisedHolder?: boolean;
}

// Shared fragments. COPY: the copyright mark in all its spellings (credit-hint.ts), and the
// Spanish word ("Derechos de autor 2025 The Associated Press"). MARK: the same, or none at all.
const COPY = String.raw`(?:${COPYRIGHT_MARK}|derechos de autor\b)`;
const MARK = String.raw`(?:${COPY})?\s*`;
/** SyndiGate's sign-off (the 'syndigate' family). */
const SYNDIGATE = String.raw`(?:Via|Provided by)\s+SyndiGate(?:\.info|\s+Media(?:\s+Inc\.?)?)?(?:\s*\(\s*Syndigate\.info\s*\))?\.?`;
const YEAR = String.raw`(?<year>\d{4})`;
/** "All rights reserved" in the languages of the wires' own credits. */
const RESERVED = String.raw`(?:All rights reserved|Todos los derechos reservados|Tutti i diritti riservati|Todos os direitos reservados|Tous droits réservés)`;
/**
 * Wires whose own copyright, alone on a line, credits the story to them: "© 2024 AFP", "Copyright
 * 2024 Agence France-Presse", "©2024 Bloomberg L.P.", and NPR's on its member stations' copies
 * ("Copyright 2025 NPR"). AP, Reuters and Dow Jones have families of their own. A year is
 * required ("© AFP" alone is a photo's credit), except in ANSA's closing line.
 */
const WIRE_HOLDER = String.raw`Bloomberg(?: L\.?P\.?| News)?|NPR|AFP|Agence France[- ]Presse|dpa|Deutsche Presse-Agentur(?: GmbH)?|(?:Agencia )?EFE|Xinhua(?: News Agency)?|Kyodo(?: News)?|Yonhap(?: News Agency)?|ANSA|Lusa(?:\s*-\s*Agência de Notícias de Portugal(?:,?\s*S\.\s?A\.)?)?|AAP|Australian Associated Press|(?:The )?Canadian Press|PA Media|(?:The )?Press Association|UPI|United Press International|Press Trust of India|PTI|IANS|Bernama|Anadolu(?: Agency)?`;
/**
 * What may follow the source in a republication notice: "… and is republished here under a Creative
 * Commons license", "… with permission", " at https://grist.org/…".
 */
const REPUBLISHED_TAIL = String.raw`(?:\s+at\s+(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}(?:\/\S*)?)?(?:,?\s+and (?:(?:is|was|has been) (?:re)?published(?: here)?|(?:(?:is|was) )?distributed (?:through|by|via) [^.]{1,80}?))?(?:,?\s+(?:under (?:a|the) Creative Commons(?: [\w.-]+){0,4} licen[cs]e(?: \([^()]{1,30}\))?|with permission))?\.?`;
/**
 * The source named by a republication notice: a capitalised name, never a date ("This story was
 * originally published in March. It has been updated." is an editor's note, not a credit).
 */
const SOURCE = String.raw`(?<holder>(?:the )?(?!(?:${MONTH_NAME}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\p{Lu}][^.]{1,80}?)`;
/** A notice may go on to describe its source in a sentence or two ("Grist is a nonprofit …"). */
const ABOUT_SOURCE = String.raw`(?:(?<=[.!?])\s+\p{Lu}.{0,400})?`;
/** "Copyright © 2019 Press TV. All rights reserved.": a holder's copyright with nothing else. */
const HELD = String.raw`${COPY}\s*${YEAR}\s*[,.]?\s*(?<holder>.{2,80}?)\.?(?:\s*All rights reserved\.?)?`;
// 'd' gives match indices, used to see the punctuation that follows a holder.
const re = (source: string): RegExp => new RegExp(`^${source}$`, 'idu');

export const SYNDICATES: SyndicateRule[] = [
  {
    id: 'tca',
    distributor: 'Tribune Content Agency',
    keepPrintedDistributor: true,
    site: null,
    publisher: null,
    patterns: [
      // ©YYYY <Holder>[ (<City>, <St.>)][. Visit [<Paper>] [at] <site>][, All Rights Reserved]. Distributed by TCA, LLC.
      // Spanish and French copies say "Visite … Distribuido por" and "Visitez … Distribué par".
      re(
        String.raw`(?:${MARK}${YEAR}\s*[,.]?\s*(?<body>.*?)\s*(?:,?\s*(?:All Rights Reserved|Todos los derechos reservados|Tous droits réservés)[.,]?)?\s*)?` +
          String.raw`(?:Distributed by|Distribuido por|Distribué par) (?<dist>Tribune Content Agency|McClatchy[- ]Tribune (?:Information Services|Business News|News Service)|Tribune Media Services)(?:,?\s*(?:LLC|Inc)\.?)?\.?`,
      ),
      // TCA's own columnists: (C) 2017 TRIBUNE CONTENT AGENCY, LLC.
      re(String.raw`${COPY}\s*${YEAR},?\s+(?<holder>(?<dist>Tribune Content Agency)(?:,?\s*LLC)?)\.?`),
      // Legacy MCT sign-offs.
      re(String.raw`This (?:column|article|story) was distributed by (?<dist>McClatchy[- ]Tribune (?:Information Services|News Service|Business News))\.?`),
      re(String.raw`Not for publication or retransmission without permission of (?<dist>MCT)\.?`),
    ],
  },
  {
    id: 'creators',
    distributor: 'Creators Syndicate',
    site: 'creators.com',
    publisher: 'Creators Syndicate',
    patterns: [
      // The long column footer ("To find out more about … Copyright 2026 Creators.com.") or the short one.
      re(String.raw`(?:.{0,400}?\s)?${COPY}\s*${YEAR},?\s+(?<holder>Creators\.com|Creators Syndicate(?:,? Inc\.)?)\.?`),
      // The footer often opens with the writer's bio ("Jane Doe's latest book is …. To find out more …").
      re(String.raw`(?:.{0,300}?[.!?]\s+)?To find out more about .{2,120}? visit the Creators Syndicate web ?(?:site|page) at www\.creators\.com\.?`),
      re(String.raw`${MARK}${YEAR}\s*,?\s*(?<holder>.+?),?\s+distributed by Creators Syndicate(?:,? Inc\.?)?\.?`),
    ],
  },
  {
    id: 'king',
    distributor: 'King Features Syndicate',
    site: 'kingfeatures.com',
    publisher: 'King Features Syndicate',
    patterns: [
      re(String.raw`(?:${MARK}${YEAR}\s*,?\s*(?<holder>.+?)[\s.,]*)?Distributed by King Features(?: Syndicate)?(?:,? Inc\.?)?\.?`),
      re(String.raw`${COPY}\s*${YEAR},?\s+(?<holder>King Features Synd(?:icate|\.)(?:,? Inc\.)?)\.?`),
    ],
  },
  {
    id: 'amu',
    distributor: 'Andrews McMeel Syndication',
    site: 'andrewsmcmeel.com',
    publisher: 'Andrews McMeel Syndication',
    patterns: [
      re(String.raw`(?:\S.{0,60}?\s)?${COPY}\s*${YEAR},?\s+(?<holder>Andrews McMeel Syndication)\.?(?:\s.{0,80})?`),
      re(String.raw`(?:${MARK}${YEAR}\s*,?\s*(?<holder>.+?)[\s.,]*)?Distributed by (?:Andrews McMeel Syndication(?: for UFS)?|Universal (?:Uclick|Press Syndicate))\.?`),
    ],
  },
  {
    id: 'wpwg',
    distributor: 'Washington Post Writers Group',
    site: 'washingtonpost.com',
    publisher: 'Washington Post Writers Group',
    patterns: [re(String.raw`${COPY}\s*${YEAR},?\s+(?<holder>(?:The )?Washington Post Writers Group)\.?`)],
  },
  {
    id: 'washpost',
    distributor: 'The Washington Post',
    site: 'washingtonpost.com',
    publisher: 'The Washington Post',
    patterns: [re(String.raw`${COPY}\s*${YEAR},?\s+(?<holder>The Washington Post)\.?`)],
  },
  {
    id: 'nyt',
    distributor: 'New York Times News Service',
    site: 'nytimes.com',
    publisher: 'The New York Times',
    patterns: [
      // The sign-off, alone or followed by the company's copyright (then the company is the holder).
      re(String.raw`This (?:article|story) originally appeared in (?:The New York Times)\.?\s*${COPY}\s*${YEAR},?\s+(?<holder>The New York Times(?: Company)?)\.?`),
      re(String.raw`This (?:article|story) originally appeared in (?<holder>The New York Times)\.?`),
      // The news service's own sign-off: "c.2024 The New York Times Company".
      re(String.raw`c\.\s?${YEAR}\s+(?<holder>The New York Times(?: Company)?|New York Times News Service)\.?`),
      re(String.raw`(?:.{0,200}?\s)?${COPY}\s*${YEAR}\s+(?<holder>The New York Times(?: Company)?|New York Times News Service)\.?(?:\s*All Rights Reserved\.?(?:\s*For information visit nytimes\.com\.?)?)?`),
    ],
  },
  {
    id: 'ap',
    distributor: 'The Associated Press',
    site: 'apnews.com',
    publisher: 'The Associated Press',
    patterns: [
      re(
        String.raw`${COPY}\s*${YEAR}\s+(?<holder>(?:The )?Associated Press|AP)\.\s*(?:All rights reserved|Todos los derechos reservados)\.?` +
          String.raw`(?:\s*This material may not be published, broadcast, rewritten,? or redistributed(?: without permission)?\.?)?`,
      ),
    ],
  },
  {
    id: 'reuters',
    distributor: 'Reuters',
    site: 'reuters.com',
    publisher: 'Reuters',
    patterns: [
      re(String.raw`${COPY}\s*(?:copyright\s*)?(?:${YEAR}\s+)?(?<holder>Thomson Reuters|Reuters)(?:\s+(?<year2>\d{4}))?\.?(?:\s*All rights reserved\.?)?`),
    ],
  },
  {
    id: 'conversation',
    distributor: 'The Conversation',
    site: 'theconversation.com',
    publisher: 'The Conversation',
    patterns: [
      re(String.raw`This article (?:is|was|has been) republished from The Conversation under a Creative Commons licen[cs]e\.(?:\s*Read the original article\.?)?`),
    ],
  },
  {
    id: 'kff',
    distributor: 'KFF Health News',
    site: 'kffhealthnews.org',
    publisher: 'KFF Health News',
    patterns: [
      re(String.raw`(?:.{0,300}?\s)?KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF\b.{0,300}`),
      // Its tagline as Kaiser Health News, before 2023.
      re(String.raw`(?:.{0,300}?\s)?Kaiser Health News(?: \(KHN\))? is (?:a nonprofit news service|an editorially independent)\b.{0,400}`),
      re(String.raw`This (?:article|story) was (?:reprinted|republished|produced by|originally published) (?:from|by|in) (?:KFF Health News|kffhealthnews\.org|khn\.org)\b.{0,300}`),
    ],
  },
  {
    // Dow Jones Newswires copy on portals and brokers' sites: "(END) Dow Jones Newswires", a time
    // stamp, then the company's copyright, each a block of its own; the copyright is the credit.
    id: 'dowjones',
    distributor: 'Dow Jones Newswires',
    site: 'dowjones.com',
    publisher: 'Dow Jones Newswires',
    patterns: [re(String.raw`${COPY}\s*${YEAR}\s+(?<holder>Dow Jones & (?:Company|Co\.),? Inc\.?)(?:\s*All Rights Reserved\.?)?`)],
  },
  {
    // CNN's wire copy on its affiliates' sites: "The-CNN-Wire™ & © 2024 Cable News Network, Inc., a
    // Warner Bros. Discovery Company. All rights reserved."
    id: 'cnn',
    distributor: 'CNN Wire',
    site: 'cnn.com',
    publisher: 'CNN',
    patterns: [
      re(
        String.raw`(?:The[- ]CNN[- ]Wire\s*(?:™|\(TM\))?\s*(?:&|and)\s*)?${COPY}\s*${YEAR}\s+(?<holder>Cable News Network,?(?: Inc\.?| LP,? LLLP\.?)?)` +
          String.raw`(?:,?\s*an? (?:Warner Bros\.? Discovery|WarnerMedia|Time Warner) Company\.?)?(?:\s*All rights reserved\.?)?`,
      ),
    ],
  },
  {
    // A wire's own copyright (WIRE_HOLDER), year before or after the name: the wire publishes and
    // distributes it, as AP and Reuters do theirs.
    id: 'wire',
    distributor: '',
    holderDistributes: true,
    site: null,
    publisher: null,
    patterns: [
      re(String.raw`${COPY}\s*${YEAR}\s*,?\s*(?<holder>${WIRE_HOLDER})\.?(?:\s*${RESERVED}\.?)?`),
      re(String.raw`${COPY}\s*(?<holder>${WIRE_HOLDER})\s+(?<year2>\d{4})\.?(?:\s*${RESERVED}\.?)?`),
      // ANSA's closing line on its stories, where "© ANSA" alone may be a photo's: "Riproduzione riservata © Copyright ANSA".
      re(String.raw`Riproduzione riservata\s*${COPY}\s*(?:${YEAR}\s*)?(?<holder>ANSA)\.?`),
      // dpa's web-feed credit on German sites: "© dpa-infocom, dpa:250312-930-12345/1". The story's
      // id (its date, YYMMDD, then serial numbers) makes it the story's, where "© dpa" alone may be a photo's.
      re(String.raw`${MARK}(?<holder>dpa)-infocom(?:\s+GmbH)?\s*,\s*dpa:\d{6}-\d{2,3}-\d{3,7}\/\d{1,2}`),
    ],
  },
  {
    // SyndiGate redistributes Middle Eastern and African outlets' stories to news sites (Al
    // Bawaba, Zawya and others). Its sign-off, "Via SyndiGate.info" or "Provided by SyndiGate
    // Media Inc. (Syndigate.info).", sits beside the originating outlet's copyright, the holder.
    id: 'syndigate',
    distributor: 'SyndiGate',
    site: null,
    publisher: null,
    patterns: [re(String.raw`${SYNDIGATE}(?:\s*${HELD})?`), re(String.raw`${HELD}\s*${SYNDIGATE}`)],
  },
  {
    // Stacker distributes its own and its partners' stories to local news sites: "This story was
    // produced by Giving Compass and reviewed and distributed by Stacker.", "This story originally
    // appeared on Construction Coverage and was produced and distributed in partnership with Stacker
    // Studio." The first name is the publisher.
    id: 'stacker',
    distributor: 'Stacker',
    site: null,
    publisher: null,
    patterns: [
      re(
        String.raw`This (?:story|article) (?:was )?(?:produced|originally (?:appeared|published)|first (?:appeared|published)) (?:by|on|in) (?<holder>(?:the )?[\p{Lu}][^.]{1,80}?)` +
          String.raw`,? and (?:was )?(?:reviewed and distributed|produced and distributed|distributed)(?: in partnership with| by) Stacker(?: Media| Studio)?\.?`,
      ),
    ],
  },
  {
    // Any newsroom's republication notice: "This article was originally published by Futurism.",
    // "This article first appeared on ProPublica and is republished here under a Creative Commons
    // license.", "This article originally appeared in Grist at https://grist.org/…. Grist is a
    // nonprofit …", "Republished with permission from The Texas Tribune."
    id: 'republished',
    distributor: '',
    site: null,
    publisher: null,
    capitalisedHolder: true,
    patterns: [
      re(
        String.raw`This (?:article|story|piece|post|column|report) (?:was |is |has been )?(?:originally |first )?(?:published|posted|appeared|produced) (?:by|in|on|at) ${SOURCE}${REPUBLISHED_TAIL}` +
          String.raw`(?:\s*(?:Read|View|See) the original(?: article| story| post)?(?: here)?\.?)?${ABOUT_SOURCE}`,
      ),
      re(String.raw`(?:Originally|First) (?:published|appeared) (?:by|in|on|at) ${SOURCE}${REPUBLISHED_TAIL}`),
      re(
        String.raw`(?:This (?:article|story|piece|post|column|report) (?:is|was|has been) )?(?:republished|reprinted) (?:with permission )?(?:from|by) (?<holder>(?:the )?[\p{Lu}][^.]{1,80}?)` +
          String.raw`(?:,? (?:under a Creative Commons licen[cs]e|with permission))?\.?(?:\s*(?:Read|View|See) the original(?: article| story| post)?(?: here)?\.?)?`,
      ),
      re(String.raw`(?:Republished|Reprinted|Used) with permission (?:from|of|by) (?<holder>(?:the )?[\p{Lu}][^.]{1,80}?)\.?`),
      // The Canadian Press's closing line: "This report by The Canadian Press was first published Nov. 18, 2024."
      re(String.raw`This (?:report|story|article) by (?<holder>(?:The )?[\p{Lu}][^.]{1,60}?) was (?:first|originally) published (?:on )?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4})\.?`),
    ],
  },
  {
    // The tagline of the States Newsroom outlets, which other papers print with their stories:
    // "Georgia Recorder is part of States Newsroom, a nonprofit news network …".
    id: 'states-newsroom',
    distributor: '',
    site: null,
    publisher: null,
    patterns: [re(String.raw`(?<holder>(?:The )?[\p{Lu}][\p{L}'’.& -]{1,60}?) is part of States Newsroom\b.{0,400}`)],
  },
  {
    // Tribune News Service's tail on its own line at the story's end: "– The Gloucester Daily
    // Times (Gloucester, Mass.)/Tribune News Service", "—Los Angeles Times/TNS".
    id: 'tns-tail',
    distributor: 'Tribune News Service',
    site: null,
    publisher: null,
    patterns: [re(String.raw`[–—-]\s*(?<holder>(?:The )?[\p{Lu}][^/]{1,100}?)\s*/\s*(?:Tribune News Service|TNS)\.?`)],
  },
  {
    // Catch-all: "©YYYY Holder. Distributed by Somebody." from a syndicate not in this table.
    id: 'other',
    distributor: '',
    keepPrintedDistributor: true,
    site: null,
    publisher: null,
    weak: true,
    patterns: [
      re(String.raw`${COPY}\s*${YEAR}\s*[,.]?\s*(?<body>.+?)[\s.,]*(?:Distributed by|Distribuido por|Distribué par) (?<dist>[A-Z][\w&.' -]{2,60}?)[.,]?`),
    ],
  },
];

/**
 * Real example lines of each family (docs/attribution.md) and the fields they must
 * give, keyed by family id. Kept apart from the rules so the extension bundles (which never read
 * them) tree-shake them away; `test/core/syndicates.test.ts` requires every family to have some.
 */
export const SYNDICATE_EXAMPLES: Record<string, SyndicateExample[]> = {
  tca: [
    { line: 'Copyright © 2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'Bloomberg L.P.', publisherSite: 'bloomberg.com', distributor: 'Tribune Content Agency' },
    { line: '© Copyright 2019 Chicago Tribune. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2019, copyrightHolder: 'Chicago Tribune', publisherSite: 'chicagotribune.com', distributor: 'Tribune Content Agency' },
    { line: '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'Bloomberg L.P.', publisherSite: 'bloomberg.com', distributor: 'Tribune Content Agency' },
    { line: '©2018 Los Angeles Times, Distributed by Tribune Content Agency, LLC.', copyrightYear: 2018, copyrightHolder: 'Los Angeles Times', publisherSite: 'latimes.com', distributor: 'Tribune Content Agency' },
    { line: '©2018 The Atlanta Journal-Constitution (Atlanta, Ga.), Distributed by Tribune Content Agency, LLC.', copyrightYear: 2018, copyrightHolder: 'The Atlanta Journal-Constitution (Atlanta, Ga.)', publisherSite: 'ajc.com', distributor: 'Tribune Content Agency' },
    { line: '©2018 The Virginian-Pilot (Norfolk, Va.)\nVisit The Virginian-Pilot at pilotonline.com\nDistributed by Tribune Content Agency, LLC.', copyrightYear: 2018, copyrightHolder: 'The Virginian-Pilot (Norfolk, Va.)', publisherSite: 'pilotonline.com', distributor: 'Tribune Content Agency' },
    { line: '©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'Los Angeles Times', publisherSite: 'latimes.com', distributor: 'Tribune Content Agency' },
    { line: '(c)2024 The Fresno Bee (Fresno, Calif.) Visit The Fresno Bee (Fresno, Calif.) at www.fresnobee.com Distributed by Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'The Fresno Bee (Fresno, Calif.)', publisherSite: 'www.fresnobee.com', distributor: 'Tribune Content Agency' },
    { line: '©2018 CQ-Roll Call, Inc., All Rights Reserved, Distributed by Tribune Content Agency, LLC.', copyrightYear: 2018, copyrightHolder: 'CQ-Roll Call, Inc.', publisherSite: 'rollcall.com', distributor: 'Tribune Content Agency' },
    { line: '2022 CQ-Roll Call, Inc., All Rights Reserved. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2022, copyrightHolder: 'CQ-Roll Call, Inc.', publisherSite: 'rollcall.com', distributor: 'Tribune Content Agency' },
    { line: '©2018 Deutsche Presse-Agentur GmbH (Hamburg, Germany), Distributed by Tribune Content Agency, LLC.', copyrightYear: 2018, copyrightHolder: 'Deutsche Presse-Agentur GmbH (Hamburg, Germany)', publisherSite: 'dpa.com', distributor: 'Tribune Content Agency' },
    { line: 'Copyright 2025 KFF Health News. Distributed by Tribune Content Agency, LLC', copyrightYear: 2025, copyrightHolder: 'KFF Health News', publisherSite: 'kffhealthnews.org', distributor: 'Tribune Content Agency' },
    { line: '© 2023 The Baltimore Sun. Visit baltimoresun.com. Distributed by Tribune Content Agency', copyrightYear: 2023, copyrightHolder: 'The Baltimore Sun', publisherSite: 'baltimoresun.com', distributor: 'Tribune Content Agency' },
    { line: '(C) 2017 TRIBUNE CONTENT AGENCY, LLC.', copyrightYear: 2017, copyrightHolder: 'TRIBUNE CONTENT AGENCY, LLC', publisherSite: 'tribunecontentagency.com', distributor: 'Tribune Content Agency' },
    { line: '©2024 El Nuevo Herald. Visite elnuevoherald.com. Distribuido por Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'El Nuevo Herald', publisherSite: 'elnuevoherald.com', distributor: 'Tribune Content Agency' },
    { line: '© 2024 Le Devoir. Visitez ledevoir.com. Distribué par Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'Le Devoir', publisherSite: 'ledevoir.com', distributor: 'Tribune Content Agency' },
    { line: '©2024 La Opinión. Todos los derechos reservados. Distribuido por Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'La Opinión', publisherSite: 'laopinion.com', distributor: 'Tribune Content Agency' },
    { line: '©2024 Los Angeles Times. Visit at latimes.com.\nDistributed by Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'Los Angeles Times', publisherSite: 'latimes.com', distributor: 'Tribune Content Agency' },
    { line: 'Distributed by Tribune Content Agency', copyrightYear: null, copyrightHolder: null, publisherSite: null, distributor: 'Tribune Content Agency' },
    { line: 'This column was distributed by McClatchy-Tribune Information Services', copyrightYear: null, copyrightHolder: null, publisherSite: null, distributor: 'McClatchy-Tribune Information Services' },
    { line: 'Distributed by McClatchy-Tribune Business News', copyrightYear: null, copyrightHolder: null, publisherSite: null, distributor: 'McClatchy-Tribune Business News' },
    { line: 'Not for publication or retransmission without permission of MCT.', copyrightYear: null, copyrightHolder: null, publisherSite: null, distributor: 'MCT' },
  ],
  creators: [
    { line: 'COPYRIGHT 2018 CREATORS.COM', copyrightYear: 2018, copyrightHolder: 'CREATORS.COM', publisherSite: 'creators.com', distributor: 'Creators Syndicate' },
    { line: 'To find out more about Susan Estrich and read features by other Creators Syndicate writers and cartoonists, visit the Creators Syndicate website at www.creators.com. Copyright 2026 Creators.com.', copyrightYear: 2026, copyrightHolder: 'Creators.com', publisherSite: 'creators.com', distributor: 'Creators Syndicate' },
    { line: 'To find out more about Walter Williams and read features by other Creators Syndicate writers and cartoonists, visit the Creators Syndicate Web page at www.creators.com.', copyrightYear: null, copyrightHolder: null, publisherSite: 'creators.com', distributor: 'Creators Syndicate' },
    { line: "Corinne Vasquez-Hale's latest book is Keep the Good Scissors: Notes on Downsizing a Life. To find out more about Corinne Vasquez-Hale and read features by other Creators Syndicate writers and cartoonists, visit the Creators Syndicate website at www.creators.com.", copyrightYear: null, copyrightHolder: null, publisherSite: 'creators.com', distributor: 'Creators Syndicate' },
    { line: '© 2024 Stanley Newman, distributed by Creators Syndicate, Inc.', copyrightYear: 2024, copyrightHolder: 'Stanley Newman', publisherSite: 'creators.com', distributor: 'Creators Syndicate' },
  ],
  king: [
    { line: 'Copyright 2010 ZITS Partnership.  Distributed by King Features Syndicate.', copyrightYear: 2010, copyrightHolder: 'ZITS Partnership', publisherSite: 'kingfeatures.com', distributor: 'King Features Syndicate' },
    { line: '(c) 2024 King Features Synd., Inc.', copyrightYear: 2024, copyrightHolder: 'King Features Synd., Inc.', publisherSite: 'kingfeatures.com', distributor: 'King Features Syndicate' },
    { line: '© 2025 Hearst Holdings, Inc. Distributed by King Features Syndicate, Inc.', copyrightYear: 2025, copyrightHolder: 'Hearst Holdings, Inc.', publisherSite: 'kingfeatures.com', distributor: 'King Features Syndicate' },
  ],
  amu: [
    { line: '© 2020, Andrews McMeel Syndication. Editor: David Steinberg.', copyrightYear: 2020, copyrightHolder: 'Andrews McMeel Syndication', publisherSite: 'andrewsmcmeel.com', distributor: 'Andrews McMeel Syndication' },
    { line: 'Dilbert © 2022, Andrews McMeel Syndication', copyrightYear: 2022, copyrightHolder: 'Andrews McMeel Syndication', publisherSite: 'andrewsmcmeel.com', distributor: 'Andrews McMeel Syndication' },
    { line: 'DISTRIBUTED BY ANDREWS MCMEEL SYNDICATION FOR UFS', copyrightYear: null, copyrightHolder: null, publisherSite: 'andrewsmcmeel.com', distributor: 'Andrews McMeel Syndication' },
    { line: '(c) 2024 Jane Doe. Distributed by Andrews McMeel Syndication.', copyrightYear: 2024, copyrightHolder: 'Jane Doe', publisherSite: 'andrewsmcmeel.com', distributor: 'Andrews McMeel Syndication' },
  ],
  wpwg: [
    { line: '(c) 2019, Washington Post Writers Group', copyrightYear: 2019, copyrightHolder: 'Washington Post Writers Group', publisherSite: 'washingtonpost.com', distributor: 'Washington Post Writers Group' },
    { line: '© 2025, Washington Post Writers Group.', copyrightYear: 2025, copyrightHolder: 'Washington Post Writers Group', publisherSite: 'washingtonpost.com', distributor: 'Washington Post Writers Group' },
  ],
  washpost: [
    { line: '(c) 2024, The Washington Post', copyrightYear: 2024, copyrightHolder: 'The Washington Post', publisherSite: 'washingtonpost.com', distributor: 'The Washington Post' },
  ],
  nyt: [
    { line: 'This article originally appeared in The New York Times.', copyrightYear: null, copyrightHolder: 'The New York Times', publisherSite: 'nytimes.com', distributor: 'New York Times News Service' },
    { line: 'Thomas L. Friedman is a columnist with The New York Times. Copyright 2019 New York Times News Service.', copyrightYear: 2019, copyrightHolder: 'New York Times News Service', publisherSite: 'nytimes.com', distributor: 'New York Times News Service' },
    { line: 'This article originally appeared in The New York Times. ©2024 The New York Times Company', copyrightYear: 2024, copyrightHolder: 'The New York Times Company', publisherSite: 'nytimes.com', distributor: 'New York Times News Service' },
    { line: 'Copyright 2024 The New York Times Company', copyrightYear: 2024, copyrightHolder: 'The New York Times Company', publisherSite: 'nytimes.com', distributor: 'New York Times News Service' },
    { line: 'c.2024 The New York Times Company', copyrightYear: 2024, copyrightHolder: 'The New York Times Company', publisherSite: 'nytimes.com', distributor: 'New York Times News Service' },
  ],
  ap: [
    { line: 'Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', copyrightYear: 2018, copyrightHolder: 'The Associated Press', publisherSite: 'apnews.com', distributor: 'The Associated Press' },
    { line: 'Copyright 2014 AP. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', copyrightYear: 2014, copyrightHolder: 'AP', publisherSite: 'apnews.com', distributor: 'The Associated Press' },
    { line: '© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.', copyrightYear: 2019, copyrightHolder: 'Associated Press', publisherSite: 'apnews.com', distributor: 'The Associated Press' },
    { line: 'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.', copyrightYear: 2025, copyrightHolder: 'The Associated Press', publisherSite: 'apnews.com', distributor: 'The Associated Press' },

    // The word and the sign together, as many sites print it.
    // AP's Spanish service.
    { line: 'Derechos de autor 2025 The Associated Press. Todos los derechos reservados.', copyrightYear: 2025, copyrightHolder: 'The Associated Press', publisherSite: 'apnews.com', distributor: 'The Associated Press' },
    { line: 'Copyright © 2024 The Associated Press. All rights reserved.', copyrightYear: 2024, copyrightHolder: 'The Associated Press', publisherSite: 'apnews.com', distributor: 'The Associated Press' },
  ],
  reuters: [
    { line: '© Thomson Reuters 2019', copyrightYear: 2019, copyrightHolder: 'Thomson Reuters', publisherSite: 'reuters.com', distributor: 'Reuters' },
    { line: '©Thomson Reuters 2019', copyrightYear: 2019, copyrightHolder: 'Thomson Reuters', publisherSite: 'reuters.com', distributor: 'Reuters' },
    { line: '© Copyright Thomson Reuters 2024. All rights reserved.', copyrightYear: 2024, copyrightHolder: 'Thomson Reuters', publisherSite: 'reuters.com', distributor: 'Reuters' },
    { line: '© Reuters', copyrightYear: null, copyrightHolder: 'Reuters', publisherSite: 'reuters.com', distributor: 'Reuters' },
    { line: 'Copyright 2023 Thomson Reuters.', copyrightYear: 2023, copyrightHolder: 'Thomson Reuters', publisherSite: 'reuters.com', distributor: 'Reuters' },
  ],
  conversation: [
    { line: 'This article is republished from The Conversation under a Creative Commons license. Read the original article.', copyrightYear: null, copyrightHolder: null, publisherSite: 'theconversation.com', distributor: 'The Conversation' },
    { line: 'This article is republished from The Conversation under a Creative Commons licence. Read the original article.', copyrightYear: null, copyrightHolder: null, publisherSite: 'theconversation.com', distributor: 'The Conversation' },
  ],
  kff: [
    { line: 'KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF—an independent source of health policy research, polling, and journalism.', copyrightYear: null, copyrightHolder: null, publisherSite: 'kffhealthnews.org', distributor: 'KFF Health News' },
    { line: 'This article was reprinted from kffhealthnews.org, a national newsroom that produces in-depth journalism about health issues.', copyrightYear: null, copyrightHolder: null, publisherSite: 'kffhealthnews.org', distributor: 'KFF Health News' },
    { line: 'Kaiser Health News (KHN) is a nonprofit news service covering health issues. It is an editorially independent program of the Kaiser Family Foundation that is not affiliated with Kaiser Permanente.', copyrightYear: null, copyrightHolder: null, publisherSite: 'kffhealthnews.org', distributor: 'KFF Health News' },
  ],
  cnn: [
    { line: 'The-CNN-Wire™ & © 2024 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.', copyrightYear: 2024, copyrightHolder: 'Cable News Network, Inc.', publisherSite: 'cnn.com', distributor: 'CNN Wire' },
    { line: 'The-CNN-Wire ™ & © 2016 Cable News Network, Inc., a Time Warner Company. All rights reserved.', copyrightYear: 2016, copyrightHolder: 'Cable News Network, Inc.', publisherSite: 'cnn.com', distributor: 'CNN Wire' },
    { line: '© 2019 Cable News Network, Inc. A WarnerMedia Company. All Rights Reserved.', copyrightYear: 2019, copyrightHolder: 'Cable News Network, Inc.', publisherSite: 'cnn.com', distributor: 'CNN Wire' },
  ],
  wire: [
    { line: '© 2024 AFP', copyrightYear: 2024, copyrightHolder: 'AFP', publisherSite: 'afp.com', distributor: 'Agence France-Presse' },
    { line: 'Copyright © 2024 Agence France-Presse. All rights reserved.', copyrightYear: 2024, copyrightHolder: 'Agence France-Presse', publisherSite: 'afp.com', distributor: 'Agence France-Presse' },
    { line: 'Copyright AFP 2017', copyrightYear: 2017, copyrightHolder: 'AFP', publisherSite: 'afp.com', distributor: 'Agence France-Presse' },
    { line: '© 2023 dpa', copyrightYear: 2023, copyrightHolder: 'dpa', publisherSite: 'dpa.com', distributor: 'dpa' },
    // ANSA's closing line, and its copyright with the Italian "all rights reserved".
    { line: 'Riproduzione riservata © Copyright ANSA', copyrightYear: null, copyrightHolder: 'ANSA', publisherSite: 'ansa.it', distributor: 'ANSA' },
    { line: '© Copyright 2025 ANSA. Tutti i diritti riservati', copyrightYear: 2025, copyrightHolder: 'ANSA', publisherSite: 'ansa.it', distributor: 'ANSA' },
    { line: '© 2025 Lusa - Agência de Notícias de Portugal, S.A.', copyrightYear: 2025, copyrightHolder: 'Lusa - Agência de Notícias de Portugal, S.A.', publisherSite: null, distributor: 'Lusa - Agência de Notícias de Portugal, S.A.' },
    // NPR's stories on its member stations' sites.
    { line: 'Copyright 2025 NPR', copyrightYear: 2025, copyrightHolder: 'NPR', publisherSite: 'npr.org', distributor: 'NPR' },
    { line: '© dpa-infocom, dpa:240115-99-615488/2', copyrightYear: null, copyrightHolder: 'dpa', publisherSite: 'dpa.com', distributor: 'dpa' },
    { line: 'Copyright 2024 The Canadian Press. All rights reserved.', copyrightYear: 2024, copyrightHolder: 'The Canadian Press', publisherSite: 'thecanadianpress.com', distributor: 'The Canadian Press' },
    { line: '©2024 Bloomberg L.P.', copyrightYear: 2024, copyrightHolder: 'Bloomberg L.P.', publisherSite: 'bloomberg.com', distributor: 'Bloomberg News' },
    { line: '(c) 2022, Agencia EFE', copyrightYear: 2022, copyrightHolder: 'Agencia EFE', publisherSite: 'efe.com', distributor: 'EFE' },
  ],
  dowjones: [
    { line: 'Copyright (c) 2019 Dow Jones & Company, Inc.', copyrightYear: 2019, copyrightHolder: 'Dow Jones & Company, Inc.', publisherSite: 'dowjones.com', distributor: 'Dow Jones Newswires' },
    { line: 'Copyright © 2024 Dow Jones & Company, Inc. All Rights Reserved.', copyrightYear: 2024, copyrightHolder: 'Dow Jones & Company, Inc.', publisherSite: 'dowjones.com', distributor: 'Dow Jones Newswires' },
  ],
  syndigate: [
    { line: 'Via SyndiGate.info Copyright © 2019 Press TV. All rights reserved.', copyrightYear: 2019, copyrightHolder: 'Press TV', publisherSite: null, distributor: 'SyndiGate' },
    { line: 'Via SyndiGate.info Copyright @ 2019 The New Arab.', copyrightYear: 2019, copyrightHolder: 'The New Arab', publisherSite: null, distributor: 'SyndiGate' },
    { line: 'Copyright © 2023 Gulf News. All rights reserved. Provided by SyndiGate Media Inc. (Syndigate.info).', copyrightYear: 2023, copyrightHolder: 'Gulf News', publisherSite: 'gulfnews.com', distributor: 'SyndiGate' },
    { line: 'Provided by SyndiGate Media Inc. (Syndigate.info).', copyrightYear: null, copyrightHolder: null, publisherSite: null, distributor: 'SyndiGate' },
  ],
  republished: [
    { line: 'This article was originally published by Futurism. Read the original article.', copyrightYear: null, copyrightHolder: 'Futurism', publisherSite: null, distributor: null },
    { line: 'This story was originally published by Stateline.', copyrightYear: null, copyrightHolder: 'Stateline', publisherSite: 'stateline.org', distributor: null },
    { line: 'This story was originally published by CalMatters and is republished with permission.', copyrightYear: null, copyrightHolder: 'CalMatters', publisherSite: 'calmatters.org', distributor: null },
    // A partner's story that AP distributes: the partner published it.
    { line: 'This story was originally published by The Texas Tribune and distributed through a partnership with The Associated Press.', copyrightYear: null, copyrightHolder: 'The Texas Tribune', publisherSite: 'texastribune.org', distributor: null },
    { line: 'This article first appeared on The Markup and is republished here under a Creative Commons Attribution-NonCommercial-NoDerivatives license.', copyrightYear: null, copyrightHolder: 'The Markup', publisherSite: null, distributor: null },
    { line: 'This article first appeared on ProPublica.', copyrightYear: null, copyrightHolder: 'ProPublica', publisherSite: 'propublica.org', distributor: null },
    { line: 'Originally published on Live Science.', copyrightYear: null, copyrightHolder: 'Live Science', publisherSite: null, distributor: null },
    { line: 'This article first appeared on ProPublica and is republished here under a Creative Commons license.', copyrightYear: null, copyrightHolder: 'ProPublica', publisherSite: 'propublica.org', distributor: null },
    { line: 'This story was originally published by Inside Climate News and is republished here with permission.', copyrightYear: null, copyrightHolder: 'Inside Climate News', publisherSite: 'insideclimatenews.org', distributor: null },
    { line: 'This article originally appeared in Grist at https://grist.org/climate/heat-pumps-cold-states/. Grist is a nonprofit, independent media organization dedicated to telling stories of climate solutions and a just future. Learn more at Grist.org', copyrightYear: null, copyrightHolder: 'Grist', publisherSite: 'grist.org', distributor: null },
    { line: 'This article is republished from Undark under a Creative Commons license. Read the original article.', copyrightYear: null, copyrightHolder: 'Undark', publisherSite: null, distributor: null },
    { line: 'This report by The Canadian Press was first published Nov. 18, 2024.', copyrightYear: null, copyrightHolder: 'The Canadian Press', publisherSite: 'thecanadianpress.com', distributor: null },
    { line: 'Republished with permission from The Texas Tribune.', copyrightYear: null, copyrightHolder: 'The Texas Tribune', publisherSite: 'texastribune.org', distributor: null },
  ],
  stacker: [
    { line: 'This story was produced by Giving Compass and reviewed and distributed by Stacker.', copyrightYear: null, copyrightHolder: 'Giving Compass', publisherSite: null, distributor: 'Stacker' },
    { line: 'This story originally appeared on Construction Coverage and was produced and distributed in partnership with Stacker Studio.', copyrightYear: null, copyrightHolder: 'Construction Coverage', publisherSite: null, distributor: 'Stacker' },
    { line: 'This story was produced by Stacker and reviewed and distributed by Stacker Media.', copyrightYear: null, copyrightHolder: 'Stacker', publisherSite: null, distributor: 'Stacker' },
  ],
  'states-newsroom': [
    { line: 'Georgia Recorder is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Georgia Recorder maintains editorial independence.', copyrightYear: null, copyrightHolder: 'Georgia Recorder', publisherSite: null, distributor: null },
    { line: 'Stateline is part of States Newsroom, a national nonprofit news organization focused on state policy.', copyrightYear: null, copyrightHolder: 'Stateline', publisherSite: 'stateline.org', distributor: null },
  ],
  'tns-tail': [
    { line: '– The Gloucester Daily Times (Gloucester, Mass.)/Tribune News Service', copyrightYear: null, copyrightHolder: 'The Gloucester Daily Times (Gloucester, Mass.)', publisherSite: null, distributor: 'Tribune News Service' },
    { line: '—Los Angeles Times/TNS', copyrightYear: null, copyrightHolder: 'Los Angeles Times', publisherSite: 'latimes.com', distributor: 'Tribune News Service' },
  ],
  other: [
    { line: '© 2024 Jane Smith. Distributed by Counterpoint Features.', copyrightYear: 2024, copyrightHolder: 'Jane Smith', publisherSite: null, distributor: 'Counterpoint Features' },
  ],
};
