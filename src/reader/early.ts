/**
 * Loaded first, synchronously, in <head>: applies the reader settings (theme, type, size, width,
 * line spacing) before the first paint, so a dark or sepia reader never flashes white, and the
 * text never reflows once shown. storage.local is asynchronous, so the last settings
 * are mirrored in this extension origin's localStorage (index.ts keeps the mirror up to date).
 * No extension API here, and no polyfill: it must be tiny and synchronous.
 */
import { applySettings, normalizeSettings, SETTINGS_KEY } from './settings.ts';

let stored: unknown = null;
try {
  stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null');
} catch {
  stored = null;
}
applySettings(document.documentElement, normalizeSettings(stored));
