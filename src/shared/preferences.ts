/**
 * The user's choices from the options page, as plain data, and the checks on them. Pure: no
 * extension API (preferences-store.ts keeps them), so the unit tests run it as it is.
 *
 * - `copyFormat`: what the context menu / shortcut copy puts on the clipboard;
 * - `citationStyle`: the Cite menu's first (default) style;
 * - `actionOpens`: what a click on the toolbar button opens (the popup, or the side panel);
 * - `sites`: per-site choices keyed by host name ("open the clean view automatically",
 *   "never show the badge").
 *
 * An export file holds these plus the clean view's settings (src/reader/settings.ts owns their
 * shape: they are checked there, by the options page, not here).
 */
import { CITE_STYLES, type CiteStyle } from '../core/cite.ts';

export const COPY_FORMATS = ['text', 'markdown'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

/** Where a detected story opens by itself on a chosen site. */
export const AUTO_OPEN = ['clean-view', 'panel'] as const;
export type AutoOpen = (typeof AUTO_OPEN)[number];

export const ACTION_OPENS = ['popup', 'panel'] as const;
export type ActionOpens = (typeof ACTION_OPENS)[number];

export interface SiteChoice {
  /** Open a detected syndicated story automatically (where), or not at all. */
  autoOpen: AutoOpen | null;
  /** Never show the ✓ badge on this site. */
  hideBadge: boolean;
}

export interface Preferences {
  copyFormat: CopyFormat;
  citationStyle: CiteStyle;
  actionOpens: ActionOpens;
  /** Host name (lower case, no "www.") → choice. */
  sites: Record<string, SiteChoice>;
}

export const DEFAULT_PREFERENCES: Preferences = { copyFormat: 'text', citationStyle: 'apa', actionOpens: 'popup', sites: {} };
export const PREFERENCES_KEY = 'preferences';

/** The export file's format marker and version: an import names both or is refused. */
export const EXPORT_FORMAT = 'syndicated-reader-settings';
export const EXPORT_VERSION = 1;

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  preferences: Preferences;
  /** The clean view's settings as stored (checked by the reader's own normalizer on import). */
  reader: unknown;
}

/**
 * The site key of a page address or a host typed by the user: its host name in lower case without
 * a leading "www." (a choice for example.com holds on www.example.com too). Null when it is not
 * one (a browser page, an empty string, a path).
 */
export function siteKey(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return null;
    }
  } else {
    // A typed name ("example.com/news"): the part before any path, query or port.
    host = trimmed.split(/[/?#]/)[0]!.replace(/:\d+$/, '');
  }
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$|^localhost$/.test(host)) return null;
  return host.replace(/^www\./, '');
}

/** The choice for the page at `url` (defaults when none was made). */
export function siteChoice(prefs: Preferences, url: string | undefined): SiteChoice {
  const key = url ? siteKey(url) : null;
  return (key && prefs.sites[key]) || { autoOpen: null, hideBadge: false };
}

/** Sets (or, when it is the default, removes) the choice for `key`: stored choices are only real ones. */
export function withSiteChoice(prefs: Preferences, key: string, choice: SiteChoice): Preferences {
  const sites = { ...prefs.sites };
  if (choice.autoOpen === null && !choice.hideBadge) delete sites[key];
  else sites[key] = { autoOpen: choice.autoOpen, hideBadge: choice.hideBadge };
  return { ...prefs, sites };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const CITE_IDS: readonly string[] = CITE_STYLES.map((s) => s.id);

/**
 * Whatever was stored (or nothing), as valid preferences: unknown values fall back to the
 * defaults one by one, so a setting written by a newer version never breaks this one.
 */
export function normalizePreferences(value: unknown): Preferences {
  const v = isRecord(value) ? value : {};
  const sites: Record<string, SiteChoice> = {};
  if (isRecord(v.sites)) {
    for (const [host, choice] of Object.entries(v.sites)) {
      const key = siteKey(host);
      if (!key || !isRecord(choice)) continue;
      const autoOpen = (AUTO_OPEN as readonly unknown[]).includes(choice.autoOpen) ? (choice.autoOpen as AutoOpen) : null;
      const hideBadge = choice.hideBadge === true;
      if (autoOpen || hideBadge) sites[key] = { autoOpen, hideBadge };
    }
  }
  return {
    copyFormat: (COPY_FORMATS as readonly unknown[]).includes(v.copyFormat) ? (v.copyFormat as CopyFormat) : DEFAULT_PREFERENCES.copyFormat,
    citationStyle: CITE_IDS.includes(v.citationStyle as string) ? (v.citationStyle as CiteStyle) : DEFAULT_PREFERENCES.citationStyle,
    actionOpens: (ACTION_OPENS as readonly unknown[]).includes(v.actionOpens) ? (v.actionOpens as ActionOpens) : DEFAULT_PREFERENCES.actionOpens,
    sites,
  };
}

export function makeExport(preferences: Preferences, reader: unknown): SettingsExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, preferences, reader };
}

export type ImportResult = { ok: true; value: SettingsExport } | { ok: false; message: string };

/** Export files are a few kB; anything far larger is not one (and is not parsed). */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * Checks an imported file strictly: unlike stored values (normalized leniently), a file the user
 * picks must be exactly an export of ours, or nothing changes and the message says what is wrong.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: 'This file is too large to be a Syndicated Reader settings file.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not JSON, so it is not a Syndicated Reader settings file.' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return { ok: false, message: 'This JSON file is not a Syndicated Reader settings file.' };
  if (data.version !== EXPORT_VERSION) return { ok: false, message: `This settings file has version ${JSON.stringify(data.version)}; this version of Syndicated Reader reads version ${EXPORT_VERSION}.` };
  const p = data.preferences;
  if (!isRecord(p)) return { ok: false, message: 'The settings file has no preferences.' };
  const problems: string[] = [];
  if (!(COPY_FORMATS as readonly unknown[]).includes(p.copyFormat)) problems.push(`copy format ${JSON.stringify(p.copyFormat)}`);
  if (!CITE_IDS.includes(p.citationStyle as string)) problems.push(`citation style ${JSON.stringify(p.citationStyle)}`);
  if (!(ACTION_OPENS as readonly unknown[]).includes(p.actionOpens)) problems.push(`toolbar button choice ${JSON.stringify(p.actionOpens)}`);
  if (!isRecord(p.sites)) problems.push('site choices');
  else {
    for (const [host, choice] of Object.entries(p.sites)) {
      const ok =
        siteKey(host) === host &&
        isRecord(choice) &&
        (choice.autoOpen === null || (AUTO_OPEN as readonly unknown[]).includes(choice.autoOpen)) &&
        typeof choice.hideBadge === 'boolean';
      if (!ok) problems.push(`the choice for site ${JSON.stringify(host)}`);
    }
  }
  if (!isRecord(data.reader)) problems.push('clean view settings');
  if (problems.length) return { ok: false, message: `The settings file was not imported: it has an invalid ${problems.slice(0, 3).join(', ')}${problems.length > 3 ? ` and ${problems.length - 3} more` : ''}.` };
  return { ok: true, value: makeExport(normalizePreferences(p), data.reader) };
}

/**
 * Where a page's story opens by itself, or null: only a syndicated article, on a site where the
 * user chose it, on the first report for this navigation (`firstReport`: the tab had no verdict
 * since its last load), and never for a page reached with Back / Forward.
 */
export function autoOpenTarget(
  prefs: Preferences,
  report: { url: string; isArticle: boolean; syndicated: boolean; navigationType?: string },
  firstReport: boolean,
): AutoOpen | null {
  if (!firstReport || !report.isArticle || !report.syndicated || report.navigationType === 'back_forward') return null;
  return siteChoice(prefs, report.url).autoOpen;
}
