/**
 * Evidence as data. Every clue the page scan finds about who published a story is a typed
 * `Finding`: what kind of clue, how much it weighs, what was seen (verbatim) and where. The
 * attribution resolver (attribution.ts) decides from these alone, the result carries them as
 * `reasons`, and the popup renders them with `describeFinding` — nobody parses strings.
 */

export type FindingKind =
  // ArcaMax's identity: ArcaMax only republishes, so any of these says "a copy".
  | 'arcamax-title'
  | 'arcamax-breadcrumb'
  | 'arcamax-host'
  | 'arcamax-story-url'
  // Text on the page.
  | 'credit-line'
  | 'byline-outlet'
  | 'dateline'
  | 'sign-off'
  | 'provider-label'
  // Structured data and markup.
  | 'jsonld-publisher'
  | 'jsonld-author'
  | 'jsonld-provider'
  | 'jsonld-source-organization'
  | 'jsonld-is-based-on'
  | 'jsonld-copyright-holder'
  | 'jsonld-copyright-year'
  | 'jsonld-credit-text'
  | 'meta-syndication-source'
  | 'meta-original-source'
  | 'canonical-elsewhere'
  | 'republication-pixel'
  // Who the host is (never evidence of syndication: it tells which names are the site's own).
  | 'host-identity';

/**
 * `strong`: makes a page syndicated on its own. `weak`: supports, never decides alone.
 * `context`: not evidence of syndication at all (the host's own identity, its JSON-LD publisher),
 * kept because it explains the result.
 */
export type Strength = 'strong' | 'weak' | 'context';

export interface Finding {
  kind: FindingKind;
  strength: Strength;
  /** What was seen, verbatim (a credit line, a dateline, an outlet's name, a URL). */
  value: string;
  /** Where on the page, in words: `byline`, `end of the story`, `first paragraph`, `JSON-LD`, `title`, … */
  where: string;
  /** The outlet this clue names (canonical name when the gazetteer knows it), or null. */
  outlet: string | null;
  /** That outlet's site, when the clue prints it or the gazetteer knows it. */
  site: string | null;
  /** Who distributed the story, when the clue says (a credit line's syndicate), or null. */
  via: string | null;
}

export function finding(
  kind: FindingKind,
  strength: Strength,
  value: string,
  where: string,
  named: { outlet?: string | null; site?: string | null; via?: string | null } = {},
): Finding {
  return { kind, strength, value, where, outlet: named.outlet ?? null, site: named.site ?? null, via: named.via ?? null };
}

/** True for findings that count as evidence of syndication (strong or weak). */
export const isEvidence = (f: Finding): boolean => f.strength !== 'context';

const quoted = (s: string, max = 110): string => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

/**
 * One plain sentence per finding, for people (the popup's "Why this counts as syndicated", the
 * CLI). `host` is the site's name as the reader knows it (`ArcaMax`, `the Daily Herald`).
 */
export function describeFinding(f: Finding, host: string | null): string {
  const site = host ?? 'this site';
  switch (f.kind) {
    case 'arcamax-title':
      return 'The page title ends with “| ArcaMax Publishing”; ArcaMax republishes other publishers’ stories.';
    case 'arcamax-breadcrumb':
      return `The page’s breadcrumb ${quoted(f.value)} places it on ArcaMax, which republishes other publishers’ stories.`;
    case 'arcamax-host':
      return `The page is served from ${f.value}, an ArcaMax site.`;
    case 'arcamax-story-url':
      return `The address ${f.value} is an ArcaMax story page.`;
    case 'credit-line': {
      const parts = [f.outlet && f.outlet !== f.via ? `names ${f.outlet}` : null, f.via ? `names ${f.via} as distributor` : null].filter(Boolean);
      return parts.length ? `The credit line ${parts.join(' and ')}: ${quoted(f.value)}.` : `The story ends with a credit line: ${quoted(f.value)}.`;
    }
    case 'byline-outlet':
      return `The byline names ${f.outlet ?? f.value}, not ${site}.`;
    case 'dateline':
      return f.outlet ? `The story opens with a ${f.outlet} dateline: ${quoted(f.value)}.` : `The story opens with a dateline, as wire copy does: ${quoted(f.value)}.`;
    case 'sign-off':
      return `The story ends with ${f.outlet ? `${f.outlet}’s sign-off` : 'a wire’s sign-off'}: ${quoted(f.value)}.`;
    case 'provider-label':
      return `The page labels the story as provided by ${f.outlet ?? f.value}.`;
    case 'jsonld-publisher':
      return `The page’s structured data names ${f.value} as publisher.`;
    case 'jsonld-author':
      return `The page’s structured data names ${f.outlet ?? f.value} as the author.`;
    case 'jsonld-provider':
      return `The page’s structured data names ${f.value} as the story’s provider.`;
    case 'jsonld-source-organization':
      return `The page’s structured data names ${f.value} as the source organization.`;
    case 'jsonld-is-based-on':
      return `The page’s structured data says it is based on ${f.value}.`;
    case 'jsonld-copyright-holder':
      return `The page’s structured data names ${f.value} as copyright holder.`;
    case 'jsonld-copyright-year':
      return `The page’s structured data gives the copyright year ${f.value}.`;
    case 'jsonld-credit-text':
      return `The page’s structured data carries the credit ${quoted(f.value)}.`;
    case 'meta-syndication-source':
      return `The page names its original with a syndication-source tag: ${f.value}.`;
    case 'meta-original-source':
      return `The page names its original with an original-source tag: ${f.value}.`;
    case 'canonical-elsewhere':
      return `The page’s canonical address is on another site: ${f.value}.`;
    case 'republication-pixel':
      return `The page carries a republication tracker, which publishers give to sites that republish their stories.`;
    case 'host-identity':
      return `The page is on ${f.value}.`;
  }
}
