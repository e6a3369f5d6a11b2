/**
 * Firefox ESR, headless over WebDriver BiDi, dist/firefox installed as a temporary add-on.
 *
 * Firefox grants the content-script hosts (ArcaMax) at install, so the popup reads ArcaMax pages
 * as built. For other sites the test grants the optional `<all_urls>` permission the way a user
 * does, by clicking the popup's "all sites" toggle (the pref `extensions.webextOptionalPermissionPrompts`
 * = false stands in for clicking "Allow" in the doorhanger that headless Firefox cannot show).
 * The real action popup cannot be driven in Firefox (it is not a BiDi browsing context), and the
 * clipboard cannot be read back without weakening its checks, so copying is checked by its outcome.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, launchFirefox, pollPage, unavailable } from './harness.ts';
import { COURANT, defineExtensionSuite } from './suite.ts';

const EXT_DIR = join(DIST, 'firefox');
const missing = unavailable('firefox', EXT_DIR);

describe.runIf(!missing || process.env.CI)('Firefox', () => {
  if (missing) {
    it('has Firefox and the build (required under CI)', () => {
      throw new Error(missing);
    });
    return;
  }

  defineExtensionSuite('firefox', {
    launch: (server) => launchFirefox(EXT_DIR, server),
    restrictedUrl: 'about:robots',
    async beforePopupTests({ driver }) {
      // The user's opt-in: the options page's toggle requests <all_urls>; the background registers detection everywhere.
      const options = await driver.session.openExtensionPage('options.html');
      await pollPage(options, () => document.body.dataset.ready === '1', null, 15_000, 'the options page');
      await options.click('#auto-detect');
      await pollPage(options, () => /all sites/.test(document.getElementById('feedback')?.textContent ?? ''), null, 10_000, 'the toggle to confirm');
      await options.close();
      expect(await driver.run(async (ext) => ext.permissions.contains({ origins: ['<all_urls>'] }), null)).toBe(true);
    },
    extraTests(get) {
      it('detects syndicated stories on every site once <all_urls> is granted', async () => {
        const { driver, tabs } = get();
        const registered = await driver.run(async (ext) => (await ext.scripting.getRegisteredContentScripts()).map((s: { id: string; matches: string[] }) => [s.id, s.matches]), null);
        expect(registered).toEqual([['detect-everywhere', ['<all_urls>']]]);
        const { page, tabId } = tabs[COURANT]!;
        await page.reload({ waitUntil: 'load' });
        const badge = await driver.waitForBadge(tabId, '✓');
        expect(badge.title).toContain('Bloomberg News');
      });

      it('unregisters it when the permission is given back', async () => {
        const { driver, tabs } = get();
        const options = await driver.session.openExtensionPage('options.html');
        await pollPage(options, () => document.body.dataset.ready === '1', null, 15_000, 'the options page');
        await options.click('#auto-detect');
        await pollPage(options, () => /ArcaMax only/.test(document.getElementById('feedback')?.textContent ?? ''), null, 10_000, 'the toggle to confirm');
        await options.close();
        expect(await driver.run(async (ext) => (await ext.scripting.getRegisteredContentScripts()).length, null)).toBe(0);
        const { page, tabId } = tabs[COURANT]!;
        await page.reload({ waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, 750));
        expect((await driver.badge(tabId)).text).toBe('');
      });
    },
  });
});
