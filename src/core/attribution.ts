/**
 * The attribution resolver: from the findings (findings.ts) and the page's facts to who really
 * published the story. Detection, extraction and the CLI all decide here, so they never disagree.
 *
 * Syndicated: any strong finding, or an ArcaMax story page (ArcaMax only republishes). Weak
 * findings (a plain "CITY —" dateline, ArcaMax's title or host alone, an unknown "Provided by", a
 * summary's pointers at the outlet it retells) never decide alone. Findings that name the host
 * itself were already dropped.
 *
 * The publisher, in this order of precedence (the first finding that names an outlet wins):
 *   1. the byline's outlet — the author's own newsroom;
 *   2. an agency dateline — "LONDON (Reuters) -";
 *   3. a provider label beside the story — a portal's "Reuters";
 *   4. JSON-LD: a wire or syndicate as `author`, then `sourceOrganization`, then `provider`;
 *   5. the credit line — its holder ("©2024 Los Angeles Times"), or the syndicate for columns it
 *      distributes under its own name (Creators, King Features, Andrews McMeel, WPWG);
 *   6. JSON-LD `copyrightHolder`, then `creditText`;
 *   7. the original's address: JSON-LD `isBasedOn`, `syndication-source`/`original-source`, a
 *      canonical link elsewhere, a republication pixel;
 *   8. a JSON-LD `publisher` that is a known outlet other than the host.
 * Conflicts: a distribution service (Tribune News Service, Tribune Content Agency, the New York
 * Times and Washington Post news services) yields to the newsroom a lower-ranked finding names:
 * "Name, Tribune News Service" with "©2024 Los Angeles Times" is the Los Angeles Times's story.
 *
 * The publisher's site: the site the credit line prints ("Visit bloomberg.com") when the credit
 * names that same publisher, else the site of any finding naming it, else the gazetteer's.
 * Names are canonical when the gazetteer knows the outlet (publisher-name.ts).
 *
 * An original story is published by the site itself: its name and its host.
 */
import type { Finding, FindingKind } from './evidence.ts';
import { findOutlet } from './outlets.ts';
import { publisherName } from './publisher-name.ts';

/** Finding kinds that name a publisher, in order of precedence. */
export const PUBLISHER_PRECEDENCE: readonly FindingKind[] = [
  'byline-outlet',
  'dateline',
  'sign-off',
  'provider-label',
  'jsonld-author',
  'jsonld-source-organization',
  'jsonld-provider',
  'credit-line',
  'jsonld-copyright-holder',
  'jsonld-credit-text',
  'jsonld-is-based-on',
  'meta-syndication-source',
  'meta-original-source',
  'canonical-elsewhere',
  'republication-pixel',
  'jsonld-publisher',
];

/** Services that distribute other newsrooms' stories: named alone they publish, beside a newsroom they yield. */
const DISTRIBUTION_SERVICE = /^(?:Tribune News Service|Tribune Content Agency|New York Times News Service|Washington Post News Service|McClatchy-Tribune(?: [A-Za-z ]+)?|MCT)$/;

export interface AttributionInput {
  findings: Finding[];
  isArcamaxStory: boolean;
  /** The site's own name and host, for original stories. */
  siteName: string | null;
  host: string;
}

export interface Attribution {
  syndicated: boolean;
  publisher: string | null;
  publisherSite: string | null;
}

function isSyndicatedBy(findings: Finding[], isArcamaxStory: boolean): boolean {
  return findings.some((f) => f.strength === 'strong') || isArcamaxStory;
}

function rank(f: Finding): number {
  const i = PUBLISHER_PRECEDENCE.indexOf(f.kind);
  return i < 0 ? PUBLISHER_PRECEDENCE.length : i;
}

/** The finding that names the publisher, by precedence, a distribution service yielding to a newsroom. */
function publisherFinding(findings: Finding[]): Finding | null {
  const naming = findings.filter((f) => f.outlet && f.strength !== 'context').sort((a, b) => rank(a) - rank(b));
  const first = naming[0];
  if (!first) return null;
  if (DISTRIBUTION_SERVICE.test(first.outlet!)) {
    const newsroom = naming.find((f) => !DISTRIBUTION_SERVICE.test(f.outlet!) && f.outlet !== f.via);
    if (newsroom) return newsroom;
  }
  return first;
}

/** The publisher's site: printed by a finding that names the same publisher, else the gazetteer's. */
function siteOf(publisher: string, findings: Finding[]): string | null {
  const same = findings.filter((f) => f.outlet && publisherName(f.outlet) === publisher);
  const printed = same.find((f) => f.kind === 'credit-line' && f.site) ?? same.find((f) => f.site);
  return printed?.site?.toLowerCase() ?? findOutlet(publisher)?.site ?? null;
}

export function resolveAttribution(input: AttributionInput): Attribution {
  const { findings } = input;
  const syndicated = isSyndicatedBy(findings, input.isArcamaxStory);
  if (!syndicated) {
    return { syndicated, publisher: input.siteName, publisherSite: input.host || null };
  }
  const chosen = publisherFinding(findings);
  const publisher = chosen ? publisherName(chosen.outlet ?? chosen.value) : null;
  return { syndicated, publisher, publisherSite: publisher ? siteOf(publisher, findings) : null };
}
