/**
 * The attack corpus (test/attack-pages) in a real browser, run by both chromium.test.ts and
 * firefox.test.ts through defineExtensionSuite. Each page is loaded in a tab (where its own
 * scripts run, as they would for a user), then read in the popup and the clean view, and copied.
 * In the extension's pages: no dialog, no script of the page, no element or attribute outside the
 * allow-list, and no request to anything but the extension itself and the article's own images.
 * In Chromium the copied text/html is read back from the clipboard and checked the same way.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACK_CASES, EVIL_HOST, STORY_CREDIT, STORY_START, STORY_TITLE, attackPageHtml, attackUrl } from '../attack-pages/attack-pages.ts';
import { INERT_RULES, READER_RULES_EXTRA, activeParts } from '../attack-pages/inert.ts';
import { pwned, readPopup, watchPages } from './harness.ts';
import { openReader, readReader } from './reader-suite.ts';
import type { SuiteContext } from './suite.ts';

export function defineAttackTests(get: () => SuiteContext): void {
  describe('the attack corpus (test/attack-pages) in the popup, the clean view and the copy', () => {
    beforeAll(() => {
      for (const c of ATTACK_CASES) get().server.route(attackUrl(c), attackPageHtml(c));
    });

    it.each(ATTACK_CASES)('$name: $tries', async (c) => {
      const ctx = get();
      const { driver } = ctx;
      const tab = await driver.openTab(attackUrl(c));
      const w = watchPages();

      const popup = await driver.openPopupFor(tab.tabId, w.attach);
      const view = await readPopup(popup);
      expect(view.state, `${view.messageTitle} ${view.messageDetail}`).toBe('article');
      expect(view.title).toBe(STORY_TITLE);
      expect(view.body.startsWith(STORY_START)).toBe(true);
      if (!c.parserSwallowsTheEnd) expect(view.copyright).toBe(STORY_CREDIT);
      // The popup renders text nodes into paragraphs: no element of the page comes through.
      expect(await popup.$$eval('#body *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))])).toEqual(['p']);

      let copiedHtml: string | null = null;
      if (driver.session.kind === 'chromium') {
        await driver.session.browser.defaultBrowserContext().overridePermissions(new URL(attackUrl(c)).origin, ['clipboard-read', 'clipboard-write']);
      }
      await popup.bringToFront();
      await popup.click('#copy-text');
      await popup.waitForFunction(() => document.getElementById('feedback')!.textContent !== '', { timeout: 5_000 });
      expect(await popup.$eval('#feedback', (n) => (n as HTMLElement).dataset.kind)).toBe('ok');
      if (driver.session.kind === 'chromium') {
        await tab.page.bringToFront();
        copiedHtml = await tab.page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          return item && item.types.includes('text/html') ? (await item.getType('text/html')).text() : null;
        });
      }

      const { page: reader } = await openReader(ctx, tab.tabId, w.attach);
      await new Promise((r) => setTimeout(r, 300)); // give any payload a moment to fire
      const rv = await readReader(reader);
      expect(rv.state).toBe('article');
      expect(rv.title).toBe(STORY_TITLE);
      if (!c.parserSwallowsTheEnd) expect(rv.copyright).toBe(STORY_CREDIT);
      expect(await reader.$eval('#body', activeParts, { ...INERT_RULES, allowedAttributes: [...INERT_RULES.allowedAttributes, ...READER_RULES_EXTRA] })).toEqual([]);
      const images = new Set(await reader.$$eval('#body img', (imgs) => imgs.map((i) => (i as HTMLImageElement).src)));

      expect(w.dialogs, 'dialogs opened in the extension’s pages').toEqual([]);
      expect([await pwned(popup), await pwned(reader)]).toEqual([undefined, undefined]);
      expect(w.foreign(driver.session.baseUrl, images), 'requests made by the popup and the clean view').toEqual([]);
      expect(w.requests.filter((u) => u.includes(EVIL_HOST))).toEqual([]);

      if (driver.session.kind === 'chromium') {
        expect(copiedHtml, 'the clipboard’s text/html').toContain(STORY_START);
        expect(activeParts(new JSDOM(copiedHtml!).window.document.body, INERT_RULES), 'the copied HTML').toEqual([]);
      }
      await Promise.all([popup.close(), reader.close(), tab.page.close()]);
    });
  });
}
