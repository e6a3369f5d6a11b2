/**
 * From the page's facts to findings: every clue about who published the story, typed, weighed
 * and placed (evidence.ts). Clues that name the host itself — its own name, its brand's sections
 * ("CNN Business" on cnn.com), its own site — are not clues about another publisher and are
 * dropped here, so the resolver never has to ask again.
 *
 * Traps this guards against (docs/attribution.md): an AP credit under a photo (captions are never
 * searched), "according to Bloomberg" in the text (a credit is a whole block), the host's own
 * footer copyright (site chrome and the host's own name are ignored), a credit in reader comments
 * or a teaser (page-scan.ts), role words in a byline ("Staff Writer", byline.ts), and the original
 * publisher's own site.
 */
import { isArcamaxHost, isArcamaxStoryPath } from './arcamax.ts';
import type { PageFacts } from './detect.ts';
import { MARK_AND_YEAR } from './credit-hint.ts';
import { finding, type Finding } from './evidence.ts';
import type { Credit } from './types.ts';
import { findOutlet, outletOfAgencyCode, outletOfHost } from './outlets.ts';
import { publisherName } from './publisher-name.ts';
import { brandLabel, hostOf, sameBrand, sameSite } from './text.ts';

/** `CITY (AP) —`, `LONDON, Nov 17 (Reuters) -`, `(Bloomberg) --`, `(ANSA) - ROMA, 12 MAR -`, `Lisboa, 18 mar 2025 (Lusa) -`. */
const AGENCY_DATELINE = /^(?:[\p{Lu}][^()]{0,80}?\s*)?\((AP|Reuters|AFP|Bloomberg|UPI|CNN|TNS|dpa|EFE|Xinhua|ANSA|Lusa)\)\s*(?:--|[-—–])\s*/u;
/** `WASHINGTON —`, `ST. JOSEPH, Mich. --`: a dateline, as wire copy has, but naming no agency. */
const PLAIN_DATELINE = /^([\p{Lu}][\p{Lu}.'’ -]{2,40}(?:,\s*[\p{Lu}][\p{L}.]+\.?)*)\s*(?:--|—|–)\s+\S/u;


/** True when `host` is another publisher's: not this site, nor its brand under another domain. */
function isElsewhere(host: string | null, f: PageFacts): host is string {
  return !!host && !!f.host && !sameBrand(host, f.host);
}

/** An outside host's outlet: its canonical name and site. */
function outletAt(host: string): { outlet: string | null; site: string } {
  const known = outletOfHost(host);
  return { outlet: known?.name ?? null, site: known?.site ?? host.replace(/^www\./, '') };
}

/** An outlet's name as clues give it: canonical when known, else as printed without qualifiers. */
function named(printed: string | null): { outlet: string | null; site: string | null } {
  if (!printed) return { outlet: null, site: null };
  const known = findOutlet(printed);
  return { outlet: known?.name ?? publisherName(printed), site: known?.site ?? null };
}

/**
 * The finding a credit line gives, or null when the credit is the host's own (it names this site,
 * or the host as holder or as publisher without a distributor). Used for the credit the page scan
 * finds and for one only Readability's container held (extract.ts).
 */
export function creditFinding(c: Credit, f: PageFacts, links: readonly string[] = []): Finding | null {
  if ((c.publisherSite && f.host && sameSite(c.publisherSite, f.host)) || (f.isOwn(c.publisher) && !c.distributor) || f.isOwn(c.copyrightHolder)) return null;
  const p = named(c.publisher);
  // A credit that prints no site may link to the original ("Read the original article"), but
  // not by a link to the distributor ("Via <a href=syndigate.info>SyndiGate.info</a>").
  const via = c.distributor?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  const linked = links.map((href) => hostOf(href, f.url)).find((host) => isElsewhere(host, f) && !(via && brandLabel(host!) === via)) ?? null;
  const site = c.publisherSite ?? p.site ?? (linked ? linked.replace(/^www\./, '') : null);
  return finding('credit-line', c.weak ? 'weak' : 'strong', c.copyright, 'end of the story', { outlet: p.outlet, site, via: c.distributor });
}

/** Findings that only point at where a story came from: a source label, a link to the original. */
const POINTERS: ReadonlySet<string> = new Set(['provider-label', 'jsonld-is-based-on', 'meta-syndication-source', 'meta-original-source', 'canonical-elsewhere']);

/**
 * True when the story retells `outlet`'s reporting in the third person: "…, Bloomberg reports"
 * in its headline, "Bloomberg reported" or "according to a Bloomberg report" in its first
 * paragraph. A copy of an outlet's story does not cite the outlet so; a summary or a write-up of
 * it does, and points to it as its source ("Source: Bloomberg", `isBasedOn`) without being it.
 */
function retells(f: PageFacts, outlet: string): boolean {
  const known = findOutlet(outlet);
  const names = (known ? [known.name, ...known.variants] : [outlet]).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const cites = new RegExp(`(?:^|[^\\p{L}])(?:${names})(?:['’]s)?\\s+(?:reports?|reported|reporting)\\b|\\baccording to (?:an? |the )?(?:${names})\\b`, 'iu');
  return [f.title, f.headline?.textContent, f.leadParagraphs[0]?.text].some((t) => !!t && cites.test(t));
}

/** Every finding on the page, in a stable order: ArcaMax, the host, the text, the markup. */
export function collectFindings(f: PageFacts): Finding[] {
  const out: Finding[] = [];
  const own = f.isOwn;
  const outside = (host: string | null): host is string => isElsewhere(host, f);

  // ArcaMax's identity.
  if (f.isArcamaxTitle) out.push(finding('arcamax-title', 'weak', f.meta.title ?? '', 'page title'));
  if (f.breadcrumb) out.push(finding('arcamax-breadcrumb', 'weak', f.breadcrumb, 'breadcrumb'));
  if (f.host && isArcamaxHost(f.host)) out.push(finding('arcamax-host', 'weak', f.host, 'address'));
  if (f.isArcamax && isArcamaxStoryPath(f.path)) out.push(finding('arcamax-story-url', 'weak', f.path, 'address'));

  // The host's own identity: context, never evidence.
  if (f.siteName || f.host) out.push(finding('host-identity', 'context', f.siteName ?? f.host, f.siteName ? 'site name' : 'address', { outlet: f.siteName, site: f.host || null }));
  if (f.meta.ld.publisher) {
    const p = named(f.meta.ld.publisher);
    // A JSON-LD publisher that is a known outlet other than the host is a clue; the host's own is context.
    out.push(finding('jsonld-publisher', own(f.meta.ld.publisher) || !findOutlet(f.meta.ld.publisher) ? 'context' : 'weak', f.meta.ld.publisher, 'JSON-LD', p));
  }

  // The text: the byline's outlet, the dateline, a provider label, the credit line.
  const outlet = f.byline?.byline.outlet;
  if (outlet && !own(outlet)) out.push(finding('byline-outlet', 'strong', outlet, 'byline', named(outlet)));

  // An agency dateline opens the story; a notice or a photo caption may come before it.
  const agencyLead = f.leadParagraphs.map((p) => AGENCY_DATELINE.exec(p.text)).find((m) => m);
  if (agencyLead) {
    const known = outletOfAgencyCode(agencyLead[1]!);
    if (!(known && own(known.name))) out.push(finding('dateline', 'strong', agencyLead[0].trim(), 'first paragraph', { outlet: known?.name ?? agencyLead[1]!, site: known?.site ?? null }));
  } else {
    const plain = f.leadParagraphs.map((p) => PLAIN_DATELINE.exec(p.text)).find((m) => m);
    if (plain) out.push(finding('dateline', 'weak', plain[1]!.trim(), 'first paragraph'));
  }

  // A wire's sign-off closes the story ("… the US. PTI").
  if (f.signOff) {
    const known = outletOfAgencyCode(f.signOff.code);
    if (!own(known?.name ?? f.signOff.code)) out.push(finding('sign-off', 'strong', f.signOff.text, 'end of a paragraph', { outlet: known?.name ?? f.signOff.code, site: known?.site ?? null }));
  }

  if (f.provider && !own(f.provider.name)) {
    const p = named(f.provider.name);
    // "Provided by X" says the story is X's; a bare name beside the byline counts when it is an outlet's.
    const says = /^(?:provided by|proporcionado por|fourni par)/i.test(f.provider.text) || !!findOutlet(f.provider.name);
    out.push(finding('provider-label', says ? 'strong' : 'weak', f.provider.text, 'beside the story', p));
  }

  const creditLine = f.credit ? creditFinding(f.credit.credit, f, f.credit.links) : null;
  if (creditLine) out.push(creditLine);

  // Structured data and markup.
  const ld = f.meta.ld;
  // A wire or syndicate named as the author ("author": {"name": "The Associated Press"}).
  const wireAuthor = ld.authors.map((a) => findOutlet(a)).find((o) => o && (o.kind === 'wire' || o.kind === 'syndicate') && !own(o.name));
  if (wireAuthor) out.push(finding('jsonld-author', 'strong', ld.authors.find((a) => findOutlet(a) === wireAuthor)!, 'JSON-LD', { outlet: wireAuthor.name, site: wireAuthor.site }));
  if (ld.sourceOrganization && !own(ld.sourceOrganization)) out.push(finding('jsonld-source-organization', 'strong', ld.sourceOrganization, 'JSON-LD', named(ld.sourceOrganization)));
  if (ld.provider && !own(ld.provider)) out.push(finding('jsonld-provider', 'strong', ld.provider, 'JSON-LD', named(ld.provider)));
  const basedOn = hostOf(ld.isBasedOn, f.url);
  if (outside(basedOn)) out.push(finding('jsonld-is-based-on', 'strong', ld.isBasedOn!, 'JSON-LD', outletAt(basedOn)));
  // A rights holder the gazetteer knows as an outlet says the story is that outlet's. Any other
  // name is most often the site's owner ("Nexstar Media Inc." on a TV station's own story, a
  // newspaper group on its paper's): it names a publisher beside other evidence, never decides.
  const holderStrength = (holder: string): 'strong' | 'weak' => (findOutlet(holder) ? 'strong' : 'weak');
  if (ld.copyrightHolder && !own(ld.copyrightHolder) && !(ld.publisher && publisherName(ld.copyrightHolder) === publisherName(ld.publisher))) {
    out.push(finding('jsonld-copyright-holder', holderStrength(ld.copyrightHolder), ld.copyrightHolder, 'JSON-LD', named(ld.copyrightHolder)));
  }
  if (ld.copyrightYear) out.push(finding('jsonld-copyright-year', 'context', String(ld.copyrightYear), 'JSON-LD'));
  const credit = ld.creditText ?? ld.copyrightNotice;
  const creditHolder = credit?.replace(MARK_AND_YEAR, '') ?? null;
  if (credit && creditHolder && !own(creditHolder)) out.push(finding('jsonld-credit-text', holderStrength(creditHolder), credit, 'JSON-LD', named(findOutlet(creditHolder) ? creditHolder : null)));

  for (const [kind, value] of [['meta-syndication-source', f.meta.syndicationSource], ['meta-original-source', f.meta.originalSource]] as const) {
    // Most such tags point at the page itself (SEO boilerplate): only another host counts.
    const host = hostOf(value, f.url);
    if (outside(host)) out.push(finding(kind, 'strong', value!, 'meta tag', outletAt(host)));
  }
  const canonical = hostOf(f.meta.canonical, f.url);
  if (outside(canonical)) out.push(finding('canonical-elsewhere', 'strong', f.meta.canonical!, 'canonical link', outletAt(canonical)));
  if (f.pixel) {
    const host = hostOf(f.pixel, f.url);
    out.push(finding('republication-pixel', 'strong', f.pixel, 'tracking image', host ? outletAt(host) : {}));
  }
  // A summary's pointers to the outlet it retells name its source, not its publisher.
  return out.map((x) => (x.strength === 'strong' && POINTERS.has(x.kind) && x.outlet && retells(f, x.outlet) ? { ...x, strength: 'weak' } : x));
}
