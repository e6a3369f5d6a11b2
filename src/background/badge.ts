/**
 * The toolbar button's per-tab state: icon, badge and title. Both browsers reset tab-specific
 * values when the tab navigates to a new document, so a page that is not syndicated shows the
 * defaults without us doing anything; we only set, and restore after a copy "flash".
 */
import type { Detection } from '../core/types.ts';
import { browser } from '../shared/browser.ts';

export const DEFAULT_TITLE = 'Syndicated Reader';
const ICON = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' };
const ICON_DETECTED = { 16: 'icons/icon-detected-16.png', 32: 'icons/icon-detected-32.png' };
const COLORS = { detected: '#1f6f43', ok: '#1f6f43', fail: '#b3261e' } as const;

/** "Bloomberg News via ArcaMax": who published it, and where it is being read. */
export function describeDetection(d: Detection): string {
  const publisher = d.publisher ?? 'another publisher';
  return d.siteName && d.siteName !== d.publisher ? `${publisher} via ${d.siteName}` : `Syndicated from ${publisher}`;
}

export async function showDetection(tabId: number, d: Detection | null): Promise<void> {
  const detected = !!d?.syndicated;
  await Promise.all([
    browser.action.setIcon({ tabId, path: detected ? ICON_DETECTED : ICON }),
    browser.action.setBadgeText({ tabId, text: detected ? '✓' : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: COLORS.detected }),
    browser.action.setTitle({ tabId, title: detected && d ? `${describeDetection(d)} — ${DEFAULT_TITLE}` : DEFAULT_TITLE }),
  ]);
}

/** Shows "OK" / "!" for `ms`, then `restore()`. */
export async function flashBadge(tabId: number, ok: boolean, message: string, restore: () => Promise<void>, ms = 2000): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: ok ? 'OK' : '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: ok ? COLORS.ok : COLORS.fail }),
    browser.action.setTitle({ tabId, title: `${message} — ${DEFAULT_TITLE}` }),
  ]);
  setTimeout(() => {
    restore().catch(() => {
      // The tab was closed meanwhile.
    });
  }, ms);
}
