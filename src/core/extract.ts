/**
 * Extraction: a `Document` and its URL in, a `CleanArticle` (or the reason there is none) out.
 *
 * Readability runs on a clone, never on the live page: it rewrites the tree it is given, and the
 * page the user is reading must stay exactly as it was (test/core/no-mutate.test.ts).
 *
 * Steps: scan the live page (detect.ts: headline, byline, credit line, checks) → clone → remove
 * site chrome from the clone (preclean.ts) → Readability → split the byline/trailer lines out of
 * its output into metadata (trailer.ts) → sanitize (sanitize.ts) → text.
 */
import { Readability } from '@mozilla/readability';
import { parseAnyDate } from './dates.ts';
import { resolveAttribution } from './attribution.ts';
import { signOffAuthors, titleCaseIfShouting } from './byline.ts';
import { BY_PREFIX } from './byline-words.ts';
import { isArcamaxStory, notArticleReason, reusableScan, scanPage, type PageFacts } from './detect.ts';
import type { Finding } from './evidence.ts';
import { collectFindings, creditFinding } from './findings.ts';
import { applyCleanupRules, type ExtractProfile } from './cleanup-rules.ts';
import { findOutlet } from './outlets.ts';
import { toPlainText } from './plain-text.ts';
import { precleanClone, removedBeforeCopy } from './preclean.ts';
import { cloneWithout, type PartialClone } from './partial-clone.ts';
import { sanitizeArticleNode } from './sanitize.ts';
import { cleanField, countWords, foldSpace, readingMinutes } from './text.ts';
import { splitTrailer } from './trailer.ts';
import { unclobbered } from './unclobber.ts';
import { collapseWrapperChains, maxDepth } from './nesting.ts';
import { documentKindReason } from './document-kind.ts';
import { hiddenByStylesheet } from './hidden-styles.ts';
import type { Credit, ExtractResult } from './types.ts';

/** The profile type lives with the cleanup rules that fill its counts; extraction fills its steps. */
export type { ExtractProfile } from './cleanup-rules.ts';

/** Below this many characters of body text a page holds no article (a stub, a list, an error page). */
const MIN_ARTICLE_CHARS = 280;
/**
 * Readability's element budget: beyond it extraction stops with a clear message instead of keeping
 * the tab busy for seconds (a 5.6 MB page of 33k elements takes about 5 s under jsdom).
 */
export const DEFAULT_MAX_ELEMENTS = 250_000;
/**
 * The time budget, checked between steps (a step itself is synchronous and cannot be stopped:
 * the element budget and the nesting limit are what keep each step short). A page that runs
 * past it is refused with a clear message rather than read on while the tab is frozen.
 */
export const DEFAULT_TIME_BUDGET_MS = 15_000;
/** Deeper than this after wrapper chains are collapsed, a page is refused (normal pages: 20-40). */
export const MAX_DEPTH = 1_000;
/** Deeper than this, wrapper chains are collapsed before Readability (see nesting.ts). */
const COLLAPSE_DEPTH = 128;

/** A de-clobbered copy (already extraction's own) with the planned removals made in it. */
function removedInPlace(doc: Document, gone: ReadonlySet<Element>): PartialClone {
  for (const el of gone) el.remove();
  return { copy: doc, find: (el) => (el?.isConnected ? el : null) };
}

function noArticle(url: string, reason: string, reasons: Finding[] = []): ExtractResult {
  return { url, isArticle: false, syndicated: false, reasons, reason, notRead: false };
}

/** The page was not read: it is not a web page, or it is past a size, depth or time limit. */
function notRead(url: string, reason: string, reasons: Finding[] = []): ExtractResult {
  return { url, isArticle: false, syndicated: false, reasons, reason, notRead: true };
}

function cleanReadabilityByline(s: string | null | undefined): string | null {
  const t = foldSpace(s ?? '').replace(BY_PREFIX, '');
  return t && t.length <= 200 ? t : null;
}

function firstTimeElementDate(doc: Document): string | null {
  for (const t of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 5)) {
    const d = parseAnyDate(t.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

/** Collapses long wrapper chains in the clone; a reason to stop if it is still too deep. */
function flattenDeepNesting(clone: Document): string | null {
  if (!clone.body || maxDepth(clone.body) <= COLLAPSE_DEPTH) return null;
  collapseWrapperChains(clone.body);
  const depth = maxDepth(clone.body);
  return depth > MAX_DEPTH ? `This page is nested too deeply to read (${depth.toLocaleString('en-US')} levels; the limit is ${MAX_DEPTH.toLocaleString('en-US')}).` : null;
}

export interface ExtractOptions {
  /** Readability's element budget (0 = none; default DEFAULT_MAX_ELEMENTS); pages beyond it are refused with a clear reason. */
  maxElems?: number;
  /** The time budget in ms (default DEFAULT_TIME_BUDGET_MS; 0 = none), checked between steps. */
  timeBudgetMs?: number;
  /** The clock (ms), for tests; default Date.now. */
  now?: () => number;
  /**
   * How the document computes styles, for the hidden-style check (hidden-styles.ts); the answer is
   * the same either way, only its cost differs. 'native' in a browser, where a lookup is cheap once
   * the page is styled: every text holder is looked up. 'scripted' (the default) in a DOM written in
   * script, where jsdom resolves the cascade on each lookup: the page's rules are read first, and
   * only what they may hide is looked up.
   */
  computedStyles?: 'native' | 'scripted';
  /**
   * When given, filled as extraction runs: `steps[stepName]` = ms spent in that step, `rules[ruleName]`
   * = how often a cleanup rule fired (the benchmark's per-step profile and rule counts).
   */
  profile?: ExtractProfile;
}

/** The options extraction runs with in a browser page (the content script, and the bench's browser runs that measure it). */
export const IN_BROWSER: Readonly<ExtractOptions> = { computedStyles: 'native' };

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** A check of the time budget between steps: a reason to stop, or null to go on. */
function budgetCheck(options: ExtractOptions): (step: string) => string | null {
  const now = options.now ?? Date.now;
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const start = now();
  return (step) => {
    const spent = now() - start;
    return budget > 0 && spent > budget ? `Reading this page took too long (${seconds(spent)} by the end of ${step}; the limit is ${seconds(budget)}), so it was stopped.` : null;
  };
}

const clock: () => number = typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/** Records each step's time into `profile.steps` (summed when a step repeats); a no-op without a profile. */
function stepTimer(profile: ExtractProfile | undefined): (step: string) => void {
  if (!profile) return () => undefined;
  let last = clock();
  return (step) => {
    const t = clock();
    profile.steps[step] = (profile.steps[step] ?? 0) + (t - last);
    last = t;
  };
}

/** Extracts the clean article from `page` (never modified). */
export function extractArticle(page: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const overBudget = budgetCheck(options);
  const step = stepTimer(options.profile);
  const kind = documentKindReason(page);
  if (kind) return notRead(url, kind);
  // A page whose element names shadow document built-ins is read from a copy without them.
  const doc = unclobbered(page);
  step('de-clobbering');
  // Detection on page load may have scanned this page already (detect.ts keeps its scan).
  const facts = (doc === page ? reusableScan(page, url) : null) ?? scanPage(doc, url);
  const reason = notArticleReason(facts);
  if (reason) return noArticle(url, reason);
  const reasons = collectFindings(facts);
  step('page scan');
  const late = overBudget('the page scan');
  if (late) return notRead(url, late, reasons);

  const hidden = hiddenByStylesheet(page, doc, { exhaustive: options.computedStyles === 'native' });
  step('hidden styles');
  // What is read from the page after Readability has rewritten the copy is taken first.
  const bylineText = facts.byline ? foldSpace(facts.byline.element.textContent ?? '') : null;
  const timeDate = firstTimeElementDate(doc);
  // Text the page hides with its style sheets (SEO stuffing, off-screen traps), forms, and chrome
  // by tag or name are decided on the page, and the copy is made without them.
  const storyInPage = facts.firstParagraph?.element ?? null;
  const gone = removedBeforeCopy(doc, { keep: [facts.headline, storyInPage].filter((e): e is Element => !!e), story: storyInPage, hidden });
  step('pre-cleaning');
  // A de-clobbered copy is already ours to change: one copy of the page, never two.
  const { copy: clone, find: inClone } = doc === page ? cloneWithout(doc, gone) : removedInPlace(doc, gone);
  step('clone');
  const headline = inClone(facts.headline);
  const story = inClone(storyInPage);
  const keep = [headline, story].filter((e): e is Element => !!e);
  precleanClone(clone, { url: facts.url, keep, headline, story, profile: options.profile });
  step('pre-cleaning');
  const tooDeep = flattenDeepNesting(clone);
  step('nesting');
  if (tooDeep) return notRead(url, tooDeep, reasons);
  const lateAfterClean = overBudget('the cleanup');
  if (lateAfterClean) return notRead(url, lateAfterClean, reasons);

  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      charThreshold: 300,
      keepClasses: false,
      maxElemsToParse: options.maxElems ?? DEFAULT_MAX_ELEMENTS,
      // Keep the element itself: no HTML string round trip before sanitizing.
      serializer: (el) => el as Element,
    }).parse();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Readability: "Aborting parsing document; N elements found".
    const count = /Aborting parsing document; (\d+) elements/i.exec(message);
    if (count) return notRead(url, `This page is too large to read (${Number(count[1]).toLocaleString('en-US')} elements; the limit is ${(options.maxElems ?? DEFAULT_MAX_ELEMENTS).toLocaleString('en-US')}).`, reasons);
    throw err;
  }
  step('Readability');
  if (!parsed || !parsed.content) return noArticle(url, 'No article found on this page.', reasons);
  const lateAfterReadability = overBudget('the article search');
  if (lateAfterReadability) return notRead(url, lateAfterReadability, reasons);

  const content = parsed.content;
  const split = splitTrailer(content, {
    title: facts.title ?? parsed.title ?? null,
    bylineText,
    creditPieces: facts.credit?.pieces ?? [],
    providerText: facts.provider ? foldSpace(facts.provider.text) : null,
    siteName: facts.siteName,
  });
  step('trailer');
  applyCleanupRules(content, options.profile, facts.byline?.byline.authors ?? []);
  step('cleanup rules');
  // The page's own document gives the window DOMPurify needs (a copy has none).
  const { html, root } = sanitizeArticleNode(content, page);
  step('sanitizing');
  const text = toPlainText(root);
  step('plain text');
  if (text.length < MIN_ARTICLE_CHARS) return noArticle(url, 'No article found on this page (too little text).', reasons);

  // A credit line the page scan did not see (Readability's container held it) is a finding too.
  const trailerFinding = !facts.credit && split.credit ? creditFinding(split.credit, facts) : null;
  if (trailerFinding) reasons.push(trailerFinding);
  const trailerCredit = trailerFinding ? split.credit : null;
  const credit: Credit | null = facts.credit?.credit ?? trailerCredit;
  const article = buildArticle(facts, { url, reasons, credit, html, text, section: split.section, parsed, timeDate });
  step('metadata');
  return article;
}

interface Parts {
  url: string;
  reasons: Finding[];
  credit: Credit | null;
  html: string;
  text: string;
  section: string | null;
  parsed: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; dir?: string | null; lang?: string | null };
  /** The first `<time datetime>` date of the page, read before the copy was rewritten. */
  timeDate: string | null;
}

/** JSON-LD authors that are people: not an outlet, not the site. */
function people(names: string[], facts: PageFacts): string[] {
  return names.filter((n) => !findOutlet(n) && !facts.isOwn(n) && !/\b(?:staff|editors?|desk|team|news)\b/i.test(n)).map(titleCaseIfShouting);
}

function buildArticle(facts: PageFacts, p: Parts): ExtractResult {
  const { credit, parsed } = p;
  const bylineFound = facts.byline?.byline ?? null;
  const byline = bylineFound?.byline ?? cleanReadabilityByline(parsed.byline);
  const authors = bylineFound?.authors.length ? bylineFound.authors : people(facts.meta.ld.authors, facts);
  // A wire story whose byline names no one credits its reporters in its sign-off.
  if (!authors.length) authors.push(...p.text.split(/\n{2,}/).slice(-4).flatMap(signOffAuthors).slice(0, 8));
  const siteName = facts.siteName ?? (foldSpace(parsed.siteName ?? '') || null);
  const { syndicated, publisher, publisherSite } = resolveAttribution({
    findings: p.reasons,
    isArcamaxStory: isArcamaxStory(facts),
    siteName,
    host: facts.host,
  });
  const dir = (facts.meta.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null)) as 'ltr' | 'rtl' | null;
  const wordCount = countWords(p.text);
  // Attribution is shown and copied as plain lines: no control or bidi-override characters.
  const field = (s: string | null | undefined): string | null => (s ? cleanField(s) || null : null);
  return {
    url: p.url,
    isArticle: true,
    syndicated,
    reasons: p.reasons,
    title: field(facts.title) ?? (field(parsed.title) || 'Untitled'),
    byline: field(byline),
    authors: authors.map((a) => cleanField(a)).filter(Boolean),
    publisher: field(publisher),
    publisherSite: field(publisherSite),
    siteName: field(siteName),
    section: field(facts.publishedIn?.section ?? p.section ?? facts.meta.section ?? null),
    published:
      bylineFound?.date ?? facts.meta.published ?? facts.meta.ld.datePublished ?? p.timeDate ?? parseAnyDate(parsed.publishedTime),
    copyright: field(credit?.copyright),
    copyrightYear: credit?.copyrightYear ?? null,
    copyrightHolder: field(credit?.copyrightHolder),
    distributor: field(credit?.distributor),
    lang: facts.meta.lang ?? (foldSpace(parsed.lang ?? '') || null),
    dir,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    text: p.text,
    html: p.html,
  };
}

