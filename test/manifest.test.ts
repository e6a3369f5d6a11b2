/** The per-browser manifests are derived from the one top-level manifest.json by build.mjs's pure manifestFor(). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arcamaxMatches } from './helpers/arcamax-matches.ts';

type Manifest = Record<string, any>;
interface BuildModule {
  manifestFor(target: string, base: Manifest, version: string, options?: { extraHostPermissions?: string[] }): Manifest;
  ENTRIES: Record<string, string>;
}

const ROOT = join(import.meta.dirname, '..');
const buildPath = join(ROOT, 'build.mjs');
const { manifestFor, ENTRIES } = (await import(buildPath)) as BuildModule;
const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };


describe('manifest.json (the one manifest anyone edits)', () => {
  it('is Chrome-shaped MV3 with the Gecko settings', () => {
    expect(base.manifest_version).toBe(3);
    expect(base.background).toEqual({ service_worker: 'background.js' });
    expect(base.browser_specific_settings).toEqual({
      gecko: { id: 'syndicated-reader@syndicated-reader.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('asks for the minimum: no tabs, no clipboard (Chrome), no host permissions beyond the content-script matches', () => {
    expect(base.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage', 'sidePanel']);
    expect(base.host_permissions).toBeUndefined();
    expect(base.optional_host_permissions).toEqual(['<all_urls>']);
    expect(base.content_security_policy).toBeUndefined(); // the default MV3 CSP: no remote code
  });

  it('declares the full on-load detection for ArcaMax and its mirror hosts only: the hosts of src/core/arcamax.ts, no more, no fewer', () => {
    // Every ArcaMax story is a candidate, so the small pre-check (detect-on-load.js, registered
    // for all sites on opt-in) is skipped there.
    expect(base.content_scripts).toHaveLength(1);
    expect(base.content_scripts[0]).toMatchObject({ js: ['detect-full.js'], run_at: 'document_idle' });
    expect([...base.content_scripts[0].matches].sort()).toEqual(arcamaxMatches());
  });

  it('has the copy command with a suggested shortcut', () => {
    expect(base.commands['copy-clean-text'].suggested_key.default).toBe('Alt+Shift+Y');
  });

  it('refers only to files the build produces or copies', () => {
    const built = new Set([...Object.keys(ENTRIES).map((name) => `${name}.js`), 'popup.html', 'popup.css', 'panel.html', 'options.html']);
    expect(built.has(base.background.service_worker)).toBe(true);
    for (const cs of base.content_scripts) for (const js of cs.js) expect(built.has(js), js).toBe(true);
    expect(built.has(base.action.default_popup)).toBe(true);
    expect(built.has(base.side_panel.default_path)).toBe(true);
    expect(built.has(base.options_ui.page)).toBe(true);
    for (const icon of [...Object.values(base.icons), ...Object.values(base.action.default_icon)] as string[]) {
      expect(existsSync(join(ROOT, icon)), icon).toBe(true);
    }
    for (const size of [16, 32]) expect(existsSync(join(ROOT, `icons/icon-detected-${size}.png`))).toBe(true);
  });
});

describe('manifestFor', () => {
  it('gives Chrome a service worker and no browser_specific_settings', () => {
    const m = manifestFor('chrome', base, '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
    expect(m.version_name).toBeUndefined();
  });

  it('gives Firefox background.scripts and no service_worker (web-ext lint warns about it)', () => {
    const m = manifestFor('firefox', base, '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toBe('syndicated-reader@syndicated-reader.dev');
    expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  it('adds clipboardWrite for Firefox only (its shortcut/context-menu copy needs it; Chrome would warn)', () => {
    expect(manifestFor('chrome', base, '1.0.0').permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage', 'sidePanel']);
    expect(manifestFor('firefox', base, '1.0.0').permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage', 'clipboardWrite']);
  });

  it('gives Chrome the side panel and Firefox a sidebar on the same page, and both the options page', () => {
    const chrome = manifestFor('chrome', base, '1.0.0');
    const firefox = manifestFor('firefox', base, '1.0.0');
    expect(chrome.side_panel).toEqual({ default_path: 'panel.html' });
    expect(chrome.sidebar_action).toBeUndefined();
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action).toEqual({ default_panel: 'panel.html', default_title: 'Syndicated Reader', default_icon: base.action.default_icon, open_at_install: false });
    for (const m of [chrome, firefox]) expect(m.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('keeps everything else identical in both', () => {
    const strip = ({ background: _b, browser_specific_settings: _s, permissions: _p, side_panel: _c, sidebar_action: _f, ...rest }: Manifest) => rest;
    expect(strip(manifestFor('chrome', base, '1.0.0'))).toEqual(strip(manifestFor('firefox', base, '1.0.0')));
    expect(strip(manifestFor('chrome', base, '1.0.0'))).toEqual({ ...strip(base), version: '1.0.0' });
  });

  it('stamps the package.json version', () => {
    expect(base.version).toBe('0.0.0');
    expect(manifestFor('firefox', base, pkg.version).version).toBe(pkg.version);
  });

  it('puts a pre-release version in Chrome’s version_name and keeps the numeric part as version', () => {
    expect(manifestFor('chrome', base, '2.0.0-beta.3')).toMatchObject({ version: '2.0.0', version_name: '2.0.0-beta.3' });
    const firefox = manifestFor('firefox', base, '2.0.0-beta.3');
    expect(firefox.version).toBe('2.0.0');
    expect(firefox.version_name).toBeUndefined();
  });

  it('rejects a version that is not a manifest version, and unknown targets', () => {
    expect(() => manifestFor('chrome', base, 'next')).toThrow(/does not start with a manifest version/);
    expect(() => manifestFor('safari', base, '1.0.0')).toThrow(/unknown target "safari"/);
  });

  it('does not modify the manifest it is given', () => {
    const before = structuredClone(base);
    manifestFor('chrome', base, '9.9.9');
    manifestFor('firefox', base, '9.9.9', { extraHostPermissions: ['http://127.0.0.1/*'] });
    expect(base).toEqual(before);
  });

  it('adds host permissions only when asked (test builds)', () => {
    expect(manifestFor('chrome', base, '1.0.0').host_permissions).toBeUndefined();
    expect(manifestFor('chrome', base, '1.0.0', { extraHostPermissions: ['http://127.0.0.1/*'] }).host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});

describe('the README’s permission table', () => {
  /** Rows "| `name` (Chrome only) | why |" of the table under "## Permissions, and why". */
  function tablePermissions(): { name: string; only: string | null }[] {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^## Permissions, and why$/m)[1]!.split(/^## /m)[0]!;
    return [...section.matchAll(/^\| `([A-Za-z]+)`(?: \((Chrome|Firefox) only\))? \|/gm)].map((m) => ({ name: m[1]!, only: m[2] ?? null }));
  }

  it.each([
    ['chrome', 'Chrome'],
    ['firefox', 'Firefox'],
  ])('lists exactly the permissions of the built %s manifest', (target, label) => {
    const listed = tablePermissions().filter((p) => p.only === null || p.only === label).map((p) => p.name).sort();
    expect(listed).toEqual([...manifestFor(target, base, pkg.version).permissions].sort());
    expect(manifestFor(target, base, pkg.version).host_permissions).toBeUndefined();
    expect(manifestFor(target, base, pkg.version).optional_host_permissions).toEqual(['<all_urls>']);
  });
});
