/**
 * How the Chromium timings serve a page: answered from the dataset at its own URL, every
 * subresource refused, so nothing leaves the machine and timings do not depend on a network.
 * Shared by bench/run.ts (in-page timings), bench/content-script.ts and bench/stress.ts.
 */
import type { Page } from 'puppeteer-core';

/** The page's own scripts removed (JSON-LD stays): we time our code, not theirs. */
export function withoutPageScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

/** Answers `page`'s navigations with `html()` and refuses everything else; call before any navigation. */
export async function serveOffline(page: Page, html: () => string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html() });
    else void req.abort();
  });
}
