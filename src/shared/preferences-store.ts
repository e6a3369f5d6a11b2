/**
 * Where the options page's preferences live: storage.sync where the browser has it (they follow
 * the user's browser account), storage.local otherwise (e.g. sync is turned off by policy, or the
 * browser has no sync area). Read by the options page, the popup, the panel and the background.
 */
import { browser } from './browser.ts';
import { normalizePreferences, PREFERENCES_KEY, type Preferences } from './preferences.ts';

type Area = typeof browser.storage.local;

/** storage.sync if it answers, else storage.local (a sync area that throws on use counts as none). */
export async function preferencesArea(): Promise<Area> {
  const sync = browser.storage.sync as Area | undefined;
  if (sync) {
    try {
      await sync.get(PREFERENCES_KEY);
      return sync;
    } catch {
      // No sync storage in this profile: keep the choices on this device.
    }
  }
  return browser.storage.local;
}

export async function loadPreferences(): Promise<Preferences> {
  const area = await preferencesArea();
  return normalizePreferences((await area.get(PREFERENCES_KEY))[PREFERENCES_KEY]);
}

export async function savePreferences(prefs: Preferences): Promise<void> {
  const area = await preferencesArea();
  await area.set({ [PREFERENCES_KEY]: normalizePreferences(prefs) });
}
