#!/usr/bin/env node
// @ts-check
/**
 * Builds the extension for both browsers from the one top-level manifest.json, and the CLI.
 *
 *   node build.mjs                     dist/chrome/, dist/firefox/, dist/cli.mjs
 *   node build.mjs --zip               ... plus the store zips in dist/ (`npm run package`)
 *   node build.mjs --watch             rebuild the extension on change
 *
 * The per-browser manifests come from the pure, tested `manifestFor()`. Any esbuild warning fails the build.
 */
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const DIST = join(ROOT, 'dist');

/** Extension entry points → output names (the manifest and popup.html refer to `<name>.js`). */
export const ENTRIES = {
  background: 'src/background/index.ts',
  // The pre-check registered for every site on opt-in (small), and the full detection: declared
  // for ArcaMax, injected elsewhere when the pre-check finds a clue.
  'detect-on-load': 'src/content/detect-on-load.ts',
  'detect-full': 'src/content/detect-full.ts',
  'extract-on-demand': 'src/content/extract-on-demand.ts',
  popup: 'src/popup/index.ts',
  reader: 'src/reader/index.ts',
  'reader-early': 'src/reader/early.ts',
  panel: 'src/panel/index.ts',
  options: 'src/options/index.ts',
};
const STATIC_FILES = {
  'popup.html': 'src/popup/popup.html',
  'popup.css': 'src/popup/popup.css',
  'reader.html': 'src/reader/reader.html',
  'reader.css': 'src/reader/reader.css',
  // The attribution card and the Cite / Save menus (src/shared/attribution-card.ts, article-actions.ts).
  'article-ui.css': 'src/shared/article-ui.css',
  'panel.html': 'src/panel/panel.html',
  'panel.css': 'src/panel/panel.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
};

/**
 * Firefox-only permissions. `clipboardWrite` exists because Firefox refuses
 * `navigator.clipboard.writeText` in a page without a user activation *in that page*, and the
 * context menu / keyboard shortcut give none (the click or key press happens in browser UI).
 * Chrome writes from the focused page without it (checked by test/e2e), and there the permission
 * would add the install warning "Modify data you copy and paste".
 */
export const FIREFOX_EXTRA_PERMISSIONS = ['clipboardWrite'];

/** @typedef {Record<string, any>} Manifest */

/**
 * The browsers built for: every step (the manifest, the dist/<name>/ folder, the store zip) loops
 * over this table. Each entry turns the shared manifest (a copy, version already stamped) into its
 * browser's. Adding Edge is one entry that reuses Chrome's (`edge: { adapt: TARGETS.chrome.adapt }`).
 * Safari is not an entry: Apple's `xcrun safari-web-extension-converter dist/chrome` wraps a built
 * folder into an Xcode app project, a separate step that needs macOS and Xcode.
 * @type {Record<string, { adapt(m: Manifest, ctx: { script: string, numeric: string, version: string }): void }>}
 */
export const TARGETS = {
  /** `background.service_worker`, no `browser_specific_settings`; a pre-release suffix goes to `version_name`. */
  chrome: {
    adapt(m, { script, numeric, version }) {
      delete m.browser_specific_settings;
      m.background = { service_worker: script };
      if (numeric !== version) m.version_name = version;
    },
  },
  /**
   * `background.scripts` (no service_worker: `web-ext lint` warns about it), plus FIREFOX_EXTRA_PERMISSIONS;
   * Chrome's `side_panel` (and its `sidePanel` permission) becomes Firefox's `sidebar_action` on the same page.
   */
  firefox: {
    adapt(m, { script }) {
      m.background = { scripts: [script] };
      const panel = m.side_panel?.default_path;
      delete m.side_panel;
      if (panel) m.sidebar_action = { default_panel: panel, default_title: m.action?.default_title ?? m.name, default_icon: m.action?.default_icon, open_at_install: false };
      m.permissions = [...new Set([...(m.permissions ?? []).filter((/** @type {string} */ p) => p !== 'sidePanel'), ...FIREFOX_EXTRA_PERMISSIONS])];
    },
  },
};

/**
 * The manifest for one browser of TARGETS. `version` is stamped from package.json.
 * `extraHostPermissions` is for the real-browser tests' variant only (test/e2e/harness.ts).
 * @param {string} target @param {Manifest} base @param {string} version
 * @param {{ extraHostPermissions?: string[] }} [options]
 * @returns {Manifest}
 */
export function manifestFor(target, base, version, { extraHostPermissions = [] } = {}) {
  const m = structuredClone(base);
  const numeric = /^\d+(?:\.\d+){0,3}/.exec(version)?.[0];
  if (!numeric) throw new Error(`package.json version "${version}" does not start with a manifest version (1 to 4 dot-separated integers)`);
  m.version = numeric;
  const script = base.background?.service_worker;
  if (!script) throw new Error('manifest.json must declare background.service_worker');
  const entry = Object.hasOwn(TARGETS, target) ? TARGETS[target] : undefined;
  if (!entry) throw new Error(`unknown target "${target}" (expected ${Object.keys(TARGETS).join(' or ')})`);
  entry.adapt(m, { script, numeric, version });
  if (extraHostPermissions.length) m.host_permissions = [...new Set([...(m.host_permissions ?? []), ...extraHostPermissions])];
  return m;
}

/** @type {import('esbuild').BuildOptions & { write: false }} */
const extensionOptions = {
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
  bundle: true, format: 'iife', minify: true, target: ['chrome120', 'firefox140'],
  write: false, outdir: 'out', metafile: true, logLevel: 'silent', legalComments: 'none', charset: 'utf8',
};

/** @param {{ warnings: import('esbuild').Message[] }} result @param {string} what */
function failOnWarnings(result, what) {
  if (result.warnings.length) {
    const text = esbuild.formatMessagesSync(result.warnings, { kind: 'warning' }).join('\n');
    throw new Error(`esbuild warnings in ${what} (warnings fail the build):\n${text}`);
  }
}

/**
 * Writes one unpacked extension folder.
 * @param {string} dir @param {Manifest} manifest @param {import('esbuild').OutputFile[]} outputFiles
 */
async function writeTarget(dir, manifest, outputFiles) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'icons'), { recursive: true });
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of outputFiles) await writeFile(join(dir, basename(f.path)), f.contents);
  for (const [to, from] of Object.entries(STATIC_FILES)) await cp(join(ROOT, from), join(dir, to));
  await cp(join(ROOT, 'icons'), join(dir, 'icons'), { recursive: true, filter: (p) => !/\.(?:mjs|js|ts|md)$/.test(p) });
}

async function bundleCli() {
  const entry = join(ROOT, 'src/cli/main.ts');
  if (!existsSync(entry)) return console.log('cli: src/cli/main.ts not found, skipped');
  const result = await esbuild.build({
    entryPoints: [entry], outfile: join(DIST, 'cli.mjs'), bundle: true, platform: 'node', format: 'esm',
    target: 'node22', packages: 'external', logLevel: 'silent',
  });
  failOnWarnings(result, 'the CLI');
  console.log('cli: dist/cli.mjs');
}

/** @param {{ zip?: boolean }} [options] */
export async function build({ zip = false } = {}) {
  const base = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const result = await esbuild.build(extensionOptions);
  failOnWarnings(result, 'the extension');
  for (const target of Object.keys(TARGETS)) await writeTarget(join(DIST, target), manifestFor(target, base, version), result.outputFiles);
  await reportSizes(result.outputFiles);
  await bundleCli();
  if (zip) await packageZips(version);
}

/** @param {import('esbuild').OutputFile[]} outputFiles */
async function reportSizes(outputFiles) {
  const { gzipSync } = await import('node:zlib');
  for (const f of outputFiles) {
    const name = basename(f.path);
    console.log(`${name.padEnd(22)} ${(f.contents.length / 1000).toFixed(1).padStart(6)} kB min  ${(gzipSync(f.contents).length / 1000).toFixed(1).padStart(5)} kB gz`);
  }
}

/** Store zips, made by `web-ext build` (a plain zip of the folder; the Chrome Web Store takes the same format). */
/** @param {string} version */
async function packageZips(version) {
  // @ts-expect-error web-ext ships no types
  const { default: webExt } = await import('web-ext');
  for (const target of Object.keys(TARGETS)) {
    const filename = `syndicated-reader-${target}-${version}.zip`;
    await webExt.cmd.build({ sourceDir: join(DIST, target), artifactsDir: DIST, filename, overwriteDest: true }, { showReadyMessage: false, shouldExitProgram: false });
    console.log(`zip: dist/${filename}`);
  }
}

async function watch() {
  await build();
  const ctx = await esbuild.context({
    ...extensionOptions,
    plugins: [{ name: 'rebuild', setup: (b) => b.onEnd((r) => (r.errors.length ? console.error('build failed') : build().catch((e) => console.error(e.message)))) }],
  });
  await ctx.watch();
  console.log('watching src/ (Ctrl-C to stop)');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const run = args.includes('--watch') ? watch() : build({ zip: args.includes('--zip') });
  run.catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
