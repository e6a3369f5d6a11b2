/**
 * The clean view's toolbar: the reading settings (theme, font, A−/A+ with the current size, width,
 * line spacing), Print, and the "Settings" disclosure that folds them away on narrow screens
 * (reader.css shows the disclosure button below 640 px only). Where they are kept: settings-store.ts.
 */
import { byId } from '../shared/ui.ts';
import { applySettings, canGrow, canShrink, normalizeSettings, SIZE_RANGE, type ReaderSettings } from './settings.ts';
import { loadStoredSettings, mirrorSettings, storeSettings } from './settings-store.ts';

let settings: ReaderSettings = normalizeSettings(null);
const listeners: ((s: ReaderSettings) => void)[] = [];

export const currentSettings = (): ReaderSettings => settings;

/** Calls `listener` after every change of the settings (read aloud follows rate and keys). */
export function onSettingsChange(listener: (s: ReaderSettings) => void): void {
  listeners.push(listener);
}

/** The select elements and the setting each one holds, with how its value is read. */
const SELECTS = [
  { id: 'theme', key: 'theme', parse: (v: string) => v },
  { id: 'font', key: 'font', parse: (v: string) => v },
  { id: 'width', key: 'width', parse: Number },
  { id: 'line-height', key: 'lineHeight', parse: Number },
] as const;

function showSettings(): void {
  applySettings(document.documentElement, settings);
  for (const { id, key } of SELECTS) byId<HTMLSelectElement>(id).value = String(settings[key]);
  byId('size-value').textContent = `${settings.size} px`;
  byId<HTMLButtonElement>('smaller').disabled = !canShrink(settings);
  byId<HTMLButtonElement>('larger').disabled = !canGrow(settings);
  for (const listener of listeners) listener(settings);
}

export async function loadSettings(): Promise<void> {
  settings = await loadStoredSettings();
  mirrorSettings(settings);
  showSettings();
}

export async function changeSettings(change: Partial<ReaderSettings>): Promise<void> {
  settings = normalizeSettings({ ...settings, ...change });
  showSettings();
  await storeSettings(settings);
}

/** A disabled button loses focus; keep the keyboard user on the size control, on its other button. */
function keepFocus(from: HTMLButtonElement, to: HTMLButtonElement): void {
  if (from.disabled && document.activeElement !== to) to.focus();
}

export function wireSettings(): void {
  for (const { id, key, parse } of SELECTS) {
    const select = byId<HTMLSelectElement>(id);
    select.addEventListener('change', () => void changeSettings({ [key]: parse(select.value) }));
  }
  const smaller = byId<HTMLButtonElement>('smaller');
  const larger = byId<HTMLButtonElement>('larger');
  smaller.addEventListener('click', () => {
    void changeSettings({ size: settings.size - SIZE_RANGE.step });
    keepFocus(smaller, larger);
  });
  larger.addEventListener('click', () => {
    void changeSettings({ size: settings.size + SIZE_RANGE.step });
    keepFocus(larger, smaller);
  });
  byId('print').addEventListener('click', () => window.print());

  const toggle = byId<HTMLButtonElement>('settings-toggle');
  const controls = toggle.closest<HTMLElement>('.controls')!;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    controls.toggleAttribute('data-settings-open', open);
  });
}
