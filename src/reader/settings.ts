/**
 * The clean view's settings (theme, type, size, width): kept in storage.local under SETTINGS_KEY,
 * mirrored in the page's localStorage so reader-early.js can apply them before the first paint.
 * Only the clean view reads them, so they live in its room.
 */
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
