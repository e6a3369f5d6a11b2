/**
 * The clean view's settings (theme, type, size, line height, width, read-aloud rate and voice,
 * single-key shortcuts): kept in storage.local under SETTINGS_KEY, mirrored in the page's
 * localStorage so reader-early.js can apply them before the first paint. Only the clean view reads
 * them, so they live in its room.
 */
export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;
export const FONTS = ['serif', 'sans'] as const;

/**
 * Body text size in px: A− / A+ step through it and stop at its ends. Sizes sit on the default's
 * grid (19 ± 2n), so stepping down to the end and back up returns to the size one started from.
 */
export const SIZE_RANGE = { min: 13, max: 31, step: 2 } as const;

/**
 * Content widths (the column's max-width in em of the page's 15px UI text), narrowest first. Six steps, as Reader
 * View offers several; 32, 38 and 48 are the old narrow, medium and wide, so saved settings keep
 * their look.
 */
export const WIDTHS = [28, 32, 38, 44, 48, 56] as const;
/** Line heights (unitless), tightest first. */
export const LINE_HEIGHTS = [1.35, 1.5, 1.65, 1.8, 2] as const;
/** Read-aloud speeds (1 = the voice's normal speed). */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export interface ReaderSettings {
  theme: (typeof THEMES)[number];
  font: (typeof FONTS)[number];
  /** Body text size in px. */
  size: number;
  /** Line length in em, one of WIDTHS. */
  width: number;
  /** One of LINE_HEIGHTS. */
  lineHeight: number;
  /** Read-aloud speed, one of RATES. */
  rate: number;
  /** The chosen read-aloud voice (its voiceURI), or null for the best one for the article's language. */
  voice: string | null;
  /** Single-key read-aloud shortcuts (P, S, B, N, <, >, V); they can be turned off (WCAG 2.1.4). */
  keys: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', font: 'serif', size: 19, width: 38, lineHeight: 1.65, rate: 1, voice: null, keys: true };
export const SETTINGS_KEY = 'readerSettings';

/** The names the first version stored for its three widths. */
const LEGACY_WIDTHS: Record<string, number> = { narrow: 32, medium: 38, wide: 48 };

/** The step of `steps` nearest to `x` (a number stored by an older or a future version still lands on a step). */
function nearestStep(x: unknown, steps: readonly number[], fallback: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) return fallback;
  return steps.reduce((best, s) => (Math.abs(s - x) < Math.abs(best - x) ? s : best), steps[0]!);
}

/** Whatever was stored (or nothing), as valid settings. */
export function normalizeSettings(value: unknown): ReaderSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const pick = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(x as T) ? (x as T) : fallback);
  const size =
    typeof v.size === 'number' && Number.isFinite(v.size)
      ? Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, DEFAULT_SETTINGS.size + Math.round((v.size - DEFAULT_SETTINGS.size) / SIZE_RANGE.step) * SIZE_RANGE.step))
      : DEFAULT_SETTINGS.size;
  const width = typeof v.width === 'string' ? (LEGACY_WIDTHS[v.width] ?? DEFAULT_SETTINGS.width) : nearestStep(v.width, WIDTHS, DEFAULT_SETTINGS.width);
  return {
    theme: pick(v.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: pick(v.font, FONTS, DEFAULT_SETTINGS.font),
    size,
    width,
    lineHeight: nearestStep(v.lineHeight, LINE_HEIGHTS, DEFAULT_SETTINGS.lineHeight),
    rate: nearestStep(v.rate, RATES, DEFAULT_SETTINGS.rate),
    voice: typeof v.voice === 'string' && v.voice ? v.voice : null,
    keys: typeof v.keys === 'boolean' ? v.keys : DEFAULT_SETTINGS.keys,
  };
}

/** Whether A− / A+ can still change the size. */
export const canShrink = (s: ReaderSettings): boolean => s.size > SIZE_RANGE.min;
export const canGrow = (s: ReaderSettings): boolean => s.size < SIZE_RANGE.max;

/** Applies settings to the reader's root element (data attributes and custom properties). */
export function applySettings(root: HTMLElement, s: ReaderSettings): void {
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.style.setProperty('--reader-size', `${s.size}px`);
  root.style.setProperty('--measure', `${s.width}em`);
  root.style.setProperty('--reader-leading', String(s.lineHeight));
}
