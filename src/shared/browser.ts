/**
 * The one place that imports `webextension-polyfill` (eslint.config.mjs enforces it). Everything else
 * imports `browser` from here, so dropping the polyfill later (current Chrome and Firefox already
 * return Promises from `chrome.*` / `browser.*`) is a one-file change.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Scripting, Menus, Permissions } from 'webextension-polyfill';
export { browser };
