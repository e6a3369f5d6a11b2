#!/usr/bin/env node
/**
 * Builds the extension for both browsers from the one top-level manifest.json, and the CLI.
 *
 *   node build.mjs                     dist/chrome/, dist/firefox/, dist/cli.mjs
 *   node build.mjs --zip               ... plus the store zips in dist/ (`npm run package`)
 *   node build.mjs --watch             rebuild the extension on change
 *   node build.mjs --test-hosts=P,Q    ... plus dist/test-chrome/ and dist/test-firefox/ whose
 *                                      host_permissions add P,Q (e2e tests only; dist/chrome stays minimal)
 *
 * The per-browser manifests come from the pure, tested `manifestFor()`. Any esbuild warning fails the build.
 */
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const DIST = join(ROOT, 'dist');

/** Extension entry points → output names (the manifest and popup.html refer to `<name>.js`). */
export const ENTRIES = {
  background: 'src/background/index.ts',
  'detect-on-load': 'src/content/detect-on-load.ts',
  'extract-on-demand': 'src/content/extract-on-demand.ts',
  popup: 'src/popup/index.ts',
  reader: 'src/reader/index.ts',
  'reader-early': 'src/reader/early.ts',
};
const STATIC_FILES = {
  'popup.html': 'src/popup/popup.html',
  'popup.css': 'src/popup/popup.css',
  'reader.html': 'src/reader/reader.html',
  'reader.css': 'src/reader/reader.css',
};

/**
 * Firefox-only permissions. `clipboardWrite` exists because Firefox refuses
 * `navigator.clipboard.writeText` in a page without a user activation *in that page*, and the
 * context menu / keyboard shortcut give none (the click or key press happens in browser UI).
 * Chrome writes from the focused page without it (checked by test/e2e), and there the permission
 * would add the install warning "Modify data you copy and paste".
 */
export const FIREFOX_EXTRA_PERMISSIONS = ['clipboardWrite'];

/**
 * The manifest for one browser. Chrome: `background.service_worker`, no `browser_specific_settings`.
 * Firefox: `background.scripts` (no service_worker: `web-ext lint` warns about it), plus
 * FIREFOX_EXTRA_PERMISSIONS. `version` is stamped from package.json; a pre-release suffix goes to
 * Chrome's `version_name` only.
 */
export function manifestFor(target, base, version, { extraHostPermissions = [] } = {}) {
  const m = structuredClone(base);
  const numeric = /^\d+(?:\.\d+){0,3}/.exec(version)?.[0];
  if (!numeric) throw new Error(`package.json version "${version}" does not start with a manifest version (1 to 4 dot-separated integers)`);
  m.version = numeric;
  const script = base.background?.service_worker;
  if (!script) throw new Error('manifest.json must declare background.service_worker');
  if (target === 'chrome') {
    delete m.browser_specific_settings;
    m.background = { service_worker: script };
    if (numeric !== version) m.version_name = version;
  } else if (target === 'firefox') {
    m.background = { scripts: [script] };
    m.permissions = [...new Set([...(m.permissions ?? []), ...FIREFOX_EXTRA_PERMISSIONS])];
  } else {
    throw new Error(`unknown target "${target}" (expected chrome or firefox)`);
  }
  if (extraHostPermissions.length) m.host_permissions = [...new Set([...(m.host_permissions ?? []), ...extraHostPermissions])];
  return m;
}

const extensionOptions = {
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
  bundle: true, format: 'iife', minify: true, target: ['chrome120', 'firefox140'],
  write: false, outdir: 'out', metafile: true, logLevel: 'silent', legalComments: 'none', charset: 'utf8',
};

function failOnWarnings(result, what) {
  if (result.warnings.length) {
    const text = esbuild.formatMessagesSync(result.warnings, { kind: 'warning' }).join('\n');
    throw new Error(`esbuild warnings in ${what} (warnings fail the build):\n${text}`);
  }
}

/** Writes one unpacked extension folder. */
async function writeTarget(dir, manifest, outputFiles) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'icons'), { recursive: true });
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of outputFiles) await writeFile(join(dir, f.path.split(/[\\/]/).pop()), f.contents);
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

export async function build({ zip = false, testHosts = [] } = {}) {
  const base = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const result = await esbuild.build(extensionOptions);
  failOnWarnings(result, 'the extension');
  for (const target of ['chrome', 'firefox']) {
    await writeTarget(join(DIST, target), manifestFor(target, base, version), result.outputFiles);
    if (testHosts.length) await writeTarget(join(DIST, `test-${target}`), manifestFor(target, base, version, { extraHostPermissions: testHosts }), result.outputFiles);
  }
  await reportSizes(result.outputFiles);
  await bundleCli();
  if (zip) await packageZips(version);
}

async function reportSizes(outputFiles) {
  const { gzipSync } = await import('node:zlib');
  for (const f of outputFiles) {
    const name = f.path.split(/[\\/]/).pop();
    console.log(`${name.padEnd(22)} ${(f.contents.length / 1024).toFixed(1).padStart(6)} kB min  ${(gzipSync(f.contents).length / 1024).toFixed(1).padStart(5)} kB gz`);
  }
}

/** Store zips, made by `web-ext build` (a plain zip of the folder; the Chrome Web Store takes the same format). */
async function packageZips(version) {
  const { default: webExt } = await import('web-ext');
  for (const target of ['chrome', 'firefox']) {
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
  const testHosts = (args.find((a) => a.startsWith('--test-hosts='))?.slice('--test-hosts='.length) ?? '').split(',').filter(Boolean);
  const run = args.includes('--watch') ? watch() : build({ zip: args.includes('--zip'), testHosts });
  run.catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
