/**
 * What the clean view shows, kept in storage.session under `reader:<id>`: the article and the tab
 * it came from. Kept (not re-extracted) so a reload of the clean view shows the same article even
 * when the original tab has moved on or closed. Session storage is cleared with the browser.
 */
import type { CleanArticle } from '../core/types.ts';

export interface ReaderEntry {
  article: CleanArticle;
  /** The tab the article was read from (it may be gone by now). */
  tabId: number;
  savedAt: number;
}

export const readerKey = (id: string): string => `reader:${id}`;

/**
 * How many articles are kept for clean views. Session storage holds 10 MB in Chrome and entries
 * would otherwise pile up for as long as the browser runs, until opening a clean view failed.
 */
export const MAX_KEPT_ARTICLES = 30;

/** The keys of the oldest kept articles beyond the newest `keep`, from a storage.session snapshot. */
export function readerKeysToPrune(stored: Record<string, unknown>, keep: number): string[] {
  const entries = Object.entries(stored)
    .filter(([key]) => key.startsWith('reader:'))
    .map(([key, value]) => ({ key, savedAt: typeof (value as Partial<ReaderEntry> | null)?.savedAt === 'number' ? (value as ReaderEntry).savedAt : 0 }))
    .sort((a, b) => b.savedAt - a.savedAt);
  return entries.slice(Math.max(0, keep)).map((e) => e.key);
}

export function readerPath(id: string, tabId: number): string {
  return `reader.html?id=${encodeURIComponent(id)}&tabId=${tabId}`;
}

export interface ReaderSettings {
  theme: 'system' | 'light' | 'dark' | 'sepia';
  font: 'serif' | 'sans';
  /** Body text size in px. */
  size: number;
  width: 'narrow' | 'medium' | 'wide';
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', font: 'serif', size: 19, width: 'medium' };
export const SETTINGS_KEY = 'readerSettings';
export const SIZE_RANGE = { min: 14, max: 30, step: 2 } as const;

/** Whatever was stored (or nothing), as valid settings. */
export function normalizeSettings(value: unknown): ReaderSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const pick = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(x as T) ? (x as T) : fallback);
  const size = typeof v.size === 'number' && Number.isFinite(v.size) ? Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, Math.round(v.size))) : DEFAULT_SETTINGS.size;
  return {
    theme: pick(v.theme, ['system', 'light', 'dark', 'sepia'] as const, DEFAULT_SETTINGS.theme),
    font: pick(v.font, ['serif', 'sans'] as const, DEFAULT_SETTINGS.font),
    size,
    width: pick(v.width, ['narrow', 'medium', 'wide'] as const, DEFAULT_SETTINGS.width),
  };
}

/** Applies settings to the reader's root element (data attributes and one custom property). */
export function applySettings(root: HTMLElement, s: ReaderSettings): void {
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.dataset.width = s.width;
  root.style.setProperty('--reader-size', `${s.size}px`);
}
