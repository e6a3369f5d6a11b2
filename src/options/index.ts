/**
 * The options page: detection on all sites (the optional <all_urls> grant, requested straight from
 * the checkbox's change event: a user gesture), what the toolbar button opens, the copy format and
 * citation style, the clean view's defaults, the shortcuts, per-site choices, and export/import.
 *
 * Preferences go to storage.sync where there is one (shared/preferences-store.ts); the clean
 * view's settings stay where the clean view keeps them (storage.local, mirrored in localStorage
 * for its first paint). Every change is saved at once and said in #feedback.
 * body[data-ready="1"] once the page shows the stored values (the tests wait on it).
 */
import { CITE_STYLES } from '../core/cite.ts';
import { browser } from '../shared/browser.ts';
import { errorMessage, sendToBackground } from '../shared/messages.ts';
import { makeExport, parseImport, siteKey, withSiteChoice, type AutoOpen, type Preferences, type SettingsExport } from '../shared/preferences.ts';
import { loadPreferences, savePreferences } from '../shared/preferences-store.ts';
import { panelKind } from '../shared/side-panel.ts';
import { byId, el, feedback } from '../shared/ui.ts';
import { FONTS, LINE_HEIGHTS, normalizeSettings, SIZE_RANGE, THEMES, WIDTHS, type ReaderSettings } from '../reader/settings.ts';
import { loadStoredSettings, storeSettings } from '../reader/settings-store.ts';

const ALL_SITES = '<all_urls>';
let prefs: Preferences;
let reader: ReaderSettings;

function fill(select: HTMLSelectElement, values: readonly (string | number)[], label: (v: string) => string = (v) => v): void {
  select.replaceChildren(...values.map((v) => Object.assign(el('option', label(String(v))), { value: String(v) })));
}

async function saveReader(next: ReaderSettings): Promise<void> {
  reader = normalizeSettings(next);
  await storeSettings(reader);
}

async function savePrefs(next: Preferences): Promise<void> {
  prefs = next;
  await savePreferences(prefs);
}

function saved(what: Promise<void>): void {
  what.then(() => feedback('ok', 'Saved.')).catch((err: unknown) => feedback('fail', `Could not save: ${errorMessage(err)}`));
}

/** Shows the stored values in every control. */
function showValues(): void {
  byId<HTMLSelectElement>('action-opens').value = prefs.actionOpens;
  byId<HTMLSelectElement>('copy-format').value = prefs.copyFormat;
  byId<HTMLSelectElement>('citation-style').value = prefs.citationStyle;
  byId<HTMLSelectElement>('reader-theme').value = reader.theme;
  byId<HTMLSelectElement>('reader-font').value = reader.font;
  byId<HTMLSelectElement>('reader-size').value = String(reader.size);
  byId<HTMLSelectElement>('reader-width').value = String(reader.width);
  byId<HTMLSelectElement>('reader-line-height').value = String(reader.lineHeight);
  byId<HTMLInputElement>('reader-keys').checked = reader.keys;
  showSites();
}

const AUTO_OPEN_LABELS: Record<string, string> = { '': 'no', 'clean-view': 'in the clean view', panel: 'in the side panel' };

function showSites(): void {
  const rows = Object.entries(prefs.sites).sort(([a], [b]) => a.localeCompare(b)).map(([host, choice]) => {
    const tr = el('tr');
    tr.dataset.site = host;
    const name = el('th', host);
    name.scope = 'row';
    const auto = el('select');
    auto.setAttribute('aria-label', `Open a syndicated story automatically on ${host}`);
    fill(auto, Object.keys(AUTO_OPEN_LABELS), (v) => AUTO_OPEN_LABELS[v]!);
    auto.value = choice.autoOpen ?? '';
    auto.addEventListener('change', () => saved(savePrefs(withSiteChoice(prefs, host, { ...choice, autoOpen: (auto.value || null) as AutoOpen | null })).then(showSites)));
    const badge = el('input');
    badge.type = 'checkbox';
    badge.checked = choice.hideBadge;
    const badgeLabel = el('label', ' Never show');
    badgeLabel.prepend(badge);
    badge.addEventListener('change', () => saved(savePrefs(withSiteChoice(prefs, host, { ...choice, hideBadge: badge.checked })).then(showSites)));
    const remove = el('button', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove the choices for ${host}`);
    remove.addEventListener('click', () => saved(savePrefs(withSiteChoice(prefs, host, { autoOpen: null, hideBadge: false })).then(showSites)));
    const cells = [auto, badgeLabel, remove].map((c) => {
      const td = el('td');
      td.append(c);
      return td;
    });
    tr.append(name, ...cells);
    return tr;
  });
  byId('site-rows').replaceChildren(...rows);
  byId('sites').hidden = rows.length === 0;
  byId('sites-empty').hidden = rows.length > 0;
}

function wireAutoDetect(): void {
  const toggle = byId<HTMLInputElement>('auto-detect');
  toggle.addEventListener('change', () => {
    // permissions.request must be called straight from the user's change (no await before it).
    const change = toggle.checked
      ? browser.permissions.request({ origins: [ALL_SITES] })
      : browser.permissions.remove({ origins: [ALL_SITES] }).then((removed) => !removed);
    change
      .then(async (enabled) => {
        toggle.checked = enabled;
        await sendToBackground('syncAutoDetect', undefined);
        feedback('ok', enabled ? 'Detection is on for all sites.' : 'Detection is on for ArcaMax only.');
      })
      .catch((err: unknown) => {
        toggle.checked = !toggle.checked;
        feedback('fail', `Could not change the setting: ${errorMessage(err)}`);
      });
  });
}

function wireControls(): void {
  const onPref = <K extends 'actionOpens' | 'copyFormat' | 'citationStyle'>(id: string, key: K): void => {
    const select = byId<HTMLSelectElement>(id);
    select.addEventListener('change', () => saved(savePrefs({ ...prefs, [key]: select.value as Preferences[K] })));
  };
  onPref('action-opens', 'actionOpens');
  onPref('copy-format', 'copyFormat');
  onPref('citation-style', 'citationStyle');
  const onReader = (id: string, key: keyof ReaderSettings, parse: (v: string) => unknown): void => {
    const select = byId<HTMLSelectElement>(id);
    select.addEventListener('change', () => saved(saveReader({ ...reader, [key]: parse(select.value) } as ReaderSettings)));
  };
  onReader('reader-theme', 'theme', String);
  onReader('reader-font', 'font', String);
  onReader('reader-size', 'size', Number);
  onReader('reader-width', 'width', Number);
  onReader('reader-line-height', 'lineHeight', Number);
  const keys = byId<HTMLInputElement>('reader-keys');
  keys.addEventListener('change', () => saved(saveReader({ ...reader, keys: keys.checked })));

  byId<HTMLFormElement>('add-site').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>('site-host');
    const key = siteKey(input.value);
    if (!key) return feedback('fail', `“${input.value.trim()}” is not a site name (for example: example.com).`);
    const autoOpen = (byId<HTMLSelectElement>('site-auto-open').value || null) as AutoOpen | null;
    const hideBadge = byId<HTMLInputElement>('site-hide-badge').checked;
    if (!autoOpen && !hideBadge) return feedback('fail', `Choose what to do on ${key} first.`);
    input.value = '';
    saved(savePrefs(withSiteChoice(prefs, key, { autoOpen, hideBadge })).then(showSites));
  });

  byId('export').addEventListener('click', () => {
    const json = `${JSON.stringify(makeExport(prefs, reader), null, 2)}\n`;
    const link = el('a');
    link.href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
    link.download = 'syndicated-reader-settings.json';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    feedback('ok', 'Exported your settings to syndicated-reader-settings.json.');
  });

  const file = byId<HTMLInputElement>('import');
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    file.value = '';
    if (picked) importText(picked.text()).catch(() => undefined);
  });
}

/** Applies an import only when the whole file is valid: a bad file changes nothing. */
async function importText(text: Promise<string>): Promise<void> {
  const status = byId('import-status');
  let parsed;
  try {
    parsed = parseImport(await text);
  } catch (err) {
    return feedback('fail', `The file could not be read: ${errorMessage(err)}`, status);
  }
  if (!parsed.ok) return feedback('fail', `${parsed.message} Nothing was changed.`, status);
  await applyImport(parsed.value).then(
    () => feedback('ok', 'Imported the settings.', status),
    (err: unknown) => feedback('fail', `The settings could not be saved: ${errorMessage(err)}`, status),
  );
}

async function applyImport(data: SettingsExport): Promise<void> {
  await savePrefs(data.preferences);
  await saveReader(normalizeSettings(data.reader));
  showValues();
}

async function showShortcuts(): Promise<void> {
  const commands = await browser.commands.getAll();
  byId('shortcut-list').replaceChildren(
    ...commands.map((c) => {
      const li = el('li', `${c.description ?? c.name}: `);
      li.append(c.shortcut ? el('kbd', c.shortcut) : el('span', 'not set'));
      return li;
    }),
  );
  const button = byId<HTMLButtonElement>('open-shortcuts');
  const ff = (browser.commands as unknown as { openShortcutSettings?: () => Promise<void> }).openShortcutSettings;
  button.addEventListener('click', () => {
    // Firefox (137+) opens its "Manage Extension Shortcuts" page itself; Chrome's page is a chrome:// URL an extension may open in a tab.
    const opened = ff ? ff.call(browser.commands) : browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).then(() => undefined);
    opened.catch((err: unknown) => feedback('fail', `Could not open the shortcut settings: ${errorMessage(err)}`));
  });
}

async function start(): Promise<void> {
  fill(byId('citation-style'), CITE_STYLES.map((s) => s.id), (id) => CITE_STYLES.find((s) => s.id === id)!.label);
  fill(byId('reader-theme'), THEMES);
  fill(byId('reader-font'), FONTS);
  const sizes: number[] = [];
  for (let s = SIZE_RANGE.min; s <= SIZE_RANGE.max; s += SIZE_RANGE.step) sizes.push(s);
  fill(byId('reader-size'), sizes, (v) => `${v} px`);
  fill(byId('reader-width'), WIDTHS, (v) => `${v} em`);
  fill(byId('reader-line-height'), LINE_HEIGHTS);
  if (!panelKind()) byId<HTMLSelectElement>('action-opens').disabled = true;

  [prefs, reader] = await Promise.all([loadPreferences(), loadStoredSettings()]);
  byId<HTMLInputElement>('auto-detect').checked = await browser.permissions.contains({ origins: [ALL_SITES] });
  showValues();
  wireAutoDetect();
  wireControls();
  await showShortcuts().catch(() => undefined);
  document.body.dataset.ready = '1';
}

start().catch((err: unknown) => feedback('fail', `The options could not be loaded: ${errorMessage(err)}`));
