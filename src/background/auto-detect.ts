/**
 * Detection on every site, opt-in: when the user grants the optional `<all_urls>` host
 * permission (popup toggle), the on-load detection script is registered for all pages; when the
 * grant is removed, it is unregistered. ArcaMax hosts keep their manifest declaration and are
 * excluded here so the script never runs twice.
 */
import { browser } from '../shared/browser.ts';

export const ALL_SITES = '<all_urls>';
const SCRIPT_ID = 'detect-everywhere';

let queue: Promise<unknown> = Promise.resolve();

function declaredMatches(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((cs) => cs.matches ?? []) ?? [];
}

async function sync(): Promise<{ enabled: boolean }> {
  const enabled = await browser.permissions.contains({ origins: [ALL_SITES] });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (enabled && !registered) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: [ALL_SITES], excludeMatches: declaredMatches(), js: ['detect-on-load.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!enabled && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  return { enabled };
}

/** Brings the registration in line with the grant (serialised: events can arrive together). */
export function syncAutoDetect(): Promise<{ enabled: boolean }> {
  const next = queue.then(sync, sync);
  queue = next.catch(() => undefined);
  return next;
}
