/**
 * The pre-check's and extraction's speed as real content scripts, in two situations a reader meets:
 *
 * - the first page of a site: each benchmark page at its own address, so Chromium gives most a
 *   new renderer process, where our code is compiled from nothing;
 * - the later pages of one site: every page under one host, so they share a renderer, where V8
 *   keeps the content script's compiled code from the pages before (its compilation cache).
 *
 * bench/run.ts's in-page timings inject the bundles as page scripts (no caching), which is the
 * first situation only. Here the pre-check (bench/content-script-precheck.ts), then detection with
 * extraction and Readability alone (bench/content-script-extract.ts), are the content scripts of a
 * throwaway extension, loaded as the real ones are. (The extension injects extraction with
 * `scripting.executeScript` on a click; a content script is compiled and cached the same way.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchPage } from './dataset.ts';
import { serveOffline, withoutPageScripts } from './offline-page.ts';

export interface ContentScriptTimings {
  /** The pre-check's [cold, warm] ms per page, each page at its own address. */
  firstPage: [number, number][];
  /** The pre-check's [cold, warm] ms per page after the first, all pages under one host. */
  sameSite: [number, number][];
  /** [extraction, Readability alone] ms per page (first calls), each page at its own address. */
  extractFirstPage: [number, number][];
  /** The same after the first page, all pages under one host. */
  extractSameSite: [number, number][];
  note: string | null;
}

const SAME_SITE = 'https://news.example/story/';

async function bundle(file: string): Promise<string> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({ entryPoints: [join(import.meta.dirname, file)], bundle: true, format: 'iife', minify: true, write: false, target: 'chrome120', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

export async function runContentScriptTimings(pages: BenchPage[], chromiumBin: string): Promise<ContentScriptTimings> {
  const out: ContentScriptTimings = { firstPage: [], sameSite: [], extractFirstPage: [], extractSameSite: [], note: null };
  const extDir = mkdtempSync(join(tmpdir(), 'bench-ext-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  writeFileSync(join(extDir, 'precheck.js'), await bundle('content-script-precheck.ts'));
  writeFileSync(join(extDir, 'extract.js'), await bundle('content-script-extract.ts'));
  writeFileSync(
    join(extDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench content scripts', version: '1.0', content_scripts: [{ matches: ['<all_urls>'], js: ['precheck.js', 'extract.js'], run_at: 'document_idle' }] }),
  );
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromiumBin,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profileDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await browser.installExtension(extDir);
    const page = await browser.newPage();
    let current = '';
    await serveOffline(page, () => current);
    const visit = async (p: BenchPage, url: string): Promise<[[number, number], [number, number]]> => {
      current = withoutPageScripts(p.html);
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      // The content scripts run at document_idle, after the document is parsed: wait for their marks.
      const marks = await page.waitForFunction(
        () => {
          const root = document.documentElement;
          const pre = root.getAttribute('data-bench-precheck');
          const ext = root.getAttribute('data-bench-extract');
          return pre && ext ? `[${pre},${ext}]` : null;
        },
        { timeout: 20_000, polling: 20 },
      );
      return JSON.parse((await marks.jsonValue()) as string) as [[number, number], [number, number]];
    };
    // Two passes, not interleaved: leaving the one site for another would end its renderer.
    for (const pass of ['first', 'same'] as const) {
      for (const [i, p] of pages.entries()) {
        try {
          // Extraction and Readability alone take turns going first (content-script-extract.ts).
          const order = i % 2 === 0 ? 'ours-first' : 'readability-first';
          const address = new URL(pass === 'first' ? p.url : `${SAME_SITE}${i}`);
          address.searchParams.append(order, '');
          const [pre, ext] = await visit(p, address.href);
          if (pass === 'first') {
            out.firstPage.push(pre);
            out.extractFirstPage.push(ext);
          } else if (i > 0) {
            // The site's first page is a first page too.
            out.sameSite.push(pre);
            out.extractSameSite.push(ext);
          }
        } catch (err) {
          out.note = `${out.note ?? ''}${p.id.slice(0, 8)} (${pass}): ${(err as Error).message.split('\n')[0]}; `;
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(extDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
  return out;
}
