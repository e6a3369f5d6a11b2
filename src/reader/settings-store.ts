/**
 * Where the clean view's settings are kept, for the clean view and the options page alike:
 * storage.local is the truth; localStorage (the same extension origin) mirrors it for
 * reader-early.js, which applies it before the first paint, before storage could answer.
 */
import { browser } from '../shared/browser.ts';
import { normalizeSettings, SETTINGS_KEY, type ReaderSettings } from './settings.ts';

/** Updates the mirror only: the clean view's own changes show at once, and reach storage after. */
export function mirrorSettings(settings: ReaderSettings): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

/** The stored settings, normalised. */
export async function loadStoredSettings(): Promise<ReaderSettings> {
  return normalizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Keeps `settings` (already normalised) in storage and in the mirror. */
export async function storeSettings(settings: ReaderSettings): Promise<void> {
  mirrorSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
