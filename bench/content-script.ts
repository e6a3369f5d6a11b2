/**
 * The pre-check's speed as a real content script, in two situations a reader meets:
 *
 * - the first page of a site: each benchmark page at its own address, so Chromium gives most a
 *   new renderer process, where our code is compiled from nothing;
 * - the later pages of one site: every page under one host, so they share a renderer, where V8
 *   keeps the content script's compiled code from the pages before (its compilation cache).
 *
 * bench/run.ts's in-page timings inject the bundles as page scripts (no caching), which is the
 * first situation only. Here the pre-check is the content script of a throwaway extension
 * (bench/content-script-precheck.ts), loaded as the real one is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchPage } from './dataset.ts';

export interface ContentScriptTimings {
  /** [cold, warm] ms per page, each page at its own address. */
  firstPage: [number, number][];
  /** [cold, warm] ms per page after the first, all pages under one host. */
  sameSite: [number, number][];
  note: string | null;
}

const SAME_SITE = 'https://news.example/story/';

async function bundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({ entryPoints: [join(import.meta.dirname, 'content-script-precheck.ts')], bundle: true, format: 'iife', minify: true, write: false, target: 'chrome120', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

export async function runContentScriptTimings(pages: BenchPage[], chromiumBin: string): Promise<ContentScriptTimings> {
  const out: ContentScriptTimings = { firstPage: [], sameSite: [], note: null };
  const extDir = mkdtempSync(join(tmpdir(), 'bench-ext-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  writeFileSync(join(extDir, 'cs.js'), await bundle());
  writeFileSync(
    join(extDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench pre-check', version: '1.0', content_scripts: [{ matches: ['<all_urls>'], js: ['cs.js'], run_at: 'document_idle' }] }),
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
    await page.setRequestInterception(true);
    let current = '';
    // As in bench/run.ts: the page from the dataset, its scripts removed, every subresource refused.
    page.on('request', (req) => {
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: current });
      else void req.abort();
    });
    const visit = async (p: BenchPage, url: string): Promise<[number, number]> => {
      current = p.html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      // The content script runs at document_idle, after the document is parsed: wait for its mark.
      const mark = await page.waitForFunction(() => document.documentElement.getAttribute('data-bench-precheck'), { timeout: 10_000, polling: 20 });
      return JSON.parse((await mark.jsonValue()) as string) as [number, number];
    };
    // Two passes, not interleaved: leaving the one site for another would end its renderer.
    for (const pass of ['first', 'same'] as const) {
      for (const [i, p] of pages.entries()) {
        try {
          const t = await visit(p, pass === 'first' ? p.url : `${SAME_SITE}${i}`);
          if (pass === 'first') out.firstPage.push(t);
          // The site's first page is a first page too.
          else if (i > 0) out.sameSite.push(t);
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
