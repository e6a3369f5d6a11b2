/**
 * Odd documents in a real browser, run by both chromium.test.ts and firefox.test.ts through
 * defineExtensionSuite: a PDF viewer tab, a local file, the add-on store, plain text, an image, an
 * XML feed and a frameset. For each the popup must settle in a state that says what happened: never a spinner,
 * never "Something went wrong".
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, readPopup } from './harness.ts';
import type { SuiteContext } from './suite.ts';

/** A small, valid one-page PDF with one line of text. */
function tinyPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 18 Tf 72 700 Td (${text}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A 2×2 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR4nGNgYGD4z8DAwMAAAA0AAf8m4G0AAAAASUVORK5CYII=', 'base64');

interface Outcome {
  state: 'restricted' | 'no-article';
  detail: RegExp;
  /** The heading: "can’t be read" unless the page was read and holds no article. */
  title?: string;
}

interface OddCase {
  name: string;
  url: string;
  body?: string | Buffer;
  type?: string;
  /** The state the popup must end in, with what its message must say (per browser where they differ). */
  expect: Outcome | Record<'chromium' | 'firefox', Outcome>;
}

export function defineOddDocumentTests(get: () => SuiteContext, seedName: string): void {
  describe('odd documents: the popup always says what happened', () => {
    const cases: OddCase[] = [
      { name: 'a PDF at a .pdf URL', url: 'https://docs.example/annual-report.pdf', body: tinyPdf('Annual report 2024'), type: 'application/pdf', expect: { state: 'restricted', detail: /PDF/ } },
      // Chromium lets the script into the viewer's embedding page, which is typed application/pdf;
      // Firefox keeps extensions out of its PDF viewer.
      { name: 'a PDF from a URL that does not say so', url: 'https://docs.example/download?id=7', body: tinyPdf('Annual report 2024'), type: 'application/pdf', expect: { chromium: { state: 'no-article', detail: /^This is a PDF shown in the browser’s PDF viewer/ }, firefox: { state: 'restricted', detail: /^The browser does not let extensions into this page \(its PDF viewer/ } } },
      { name: 'a plain-text document', url: 'https://docs.example/readme.txt', body: 'Just a short note.\n\nNothing to read here.\n', type: 'text/plain; charset=utf-8', expect: { state: 'no-article', detail: /^It holds too little text to be a story\.$/, title: 'No article found on this page' } },
      { name: 'an image', url: 'https://docs.example/pixel.png', body: PNG, type: 'image/png', expect: { state: 'no-article', detail: /^This is an image, not an article\.$/ } },
      { name: 'an XML feed', url: 'https://docs.example/feed.xml', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title><description>A story.</description></item></channel></rss>', type: 'application/xml', expect: { state: 'no-article', detail: /^This is an XML file/ } },
      { name: 'a frameset', url: 'https://docs.example/frames.html', body: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/a.html"><frame src="/b.html"></frameset></html>', type: 'text/html', expect: { state: 'no-article', detail: /^This page is made of frames/ } },
    ];

    beforeAll(() => {
      for (const c of cases) if (c.body !== undefined) get().server.route(c.url, c.body, c.type);
    });

    it('a local file: Chrome without file access says how to allow it; Firefox, which has no such switch, says it keeps extensions out', async () => {
      const { driver } = get();
      const tab = await driver.openTab(`file://${join(FIXTURES_DIR, seedName, 'source.html')}`);
      const popup = await driver.openPopupFor(tab.tabId);
      const view = await readPopup(popup);
      expect(view.state).toBe('restricted');
      const fileMessage = 'Local files can only be read if you allow file access for Syndicated Reader in the extension settings.';
      if (driver.session.kind === 'firefox') expect(view.messageDetail).toBe('The browser does not let extensions read local files (file://).');
      // Chromium hides a file tab's URL without activeTab, which only a real click on the toolbar
      // button grants (with it, the URL is seen and the file message given): here the popup can
      // only say it has no access.
      else expect([fileMessage, 'Syndicated Reader was not given access to this page.']).toContainEqual(view.messageDetail);
      await Promise.all([popup.close(), tab.page.close()]);
    });

    it('the browser’s add-on store says the browser keeps extensions out of it', async () => {
      const { driver, server } = get();
      // Each browser guards its own store; the page is served by the test proxy at the store's address.
      const url = driver.session.kind === 'chromium' ? 'https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnopabcdefghijklmnop' : 'https://addons.mozilla.org/en-US/firefox/addon/some-extension/';
      server.route(url, '<!doctype html><html><head><title>Some extension</title></head><body><h1>Some extension</h1><p>An add-on page.</p></body></html>');
      const tab = await driver.openTab(url);
      const popup = await driver.openPopupFor(tab.tabId);
      const view = await readPopup(popup);
      expect([view.state, view.messageTitle, view.messageDetail]).toEqual(['restricted', 'This page can’t be read', 'The browser does not let extensions read its add-on store.']);
      await Promise.all([popup.close(), tab.page.close()]);
    });

    it.each(cases)('$name', async (c) => {
      const { driver } = get();
      const tab = await driver.openTab(c.url);
      const popup = await driver.openPopupFor(tab.tabId);
      const view = await readPopup(popup);
      console.log(`[${driver.session.kind}] ${c.name}: ${view.state}: ${view.messageTitle} — ${view.messageDetail}`);
      const want = 'state' in c.expect ? c.expect : c.expect[driver.session.kind];
      expect(view.state, `${view.messageTitle}: ${view.messageDetail}`).toBe(want.state);
      expect(view.messageDetail).toMatch(want.detail);
      expect(view.messageTitle).toBe(want.title ?? 'This page can’t be read');
      expect(view.messageDetail).not.toMatch(/undefined|null|\[object/);
      await Promise.all([popup.close(), tab.page.close()]);
    });
  });
}
