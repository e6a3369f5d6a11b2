/**
 * Opens the side panel (Chrome: `sidePanel`) or the sidebar (Firefox: `sidebarAction`) on
 * panel.html. Both browsers accept the call only while handling a user gesture (a click in an
 * extension page, a context-menu click, a keyboard command), and a gesture does not survive an
 * `await`: callers call this first, synchronously, in their handler.
 */
import { browser } from './browser.ts';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

const g = globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } };
const chromePanel = (): ChromeSidePanel | undefined => g.chrome?.sidePanel;
const firefoxSidebar = (): FirefoxSidebar | undefined => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** Which the browser has: Chrome's side panel, Firefox's sidebar, or neither (e.g. Firefox for Android). */
export function panelKind(): 'side-panel' | 'sidebar' | null {
  if (chromePanel()) return 'side-panel';
  if (firefoxSidebar()) return 'sidebar';
  return null;
}

/** Opens the panel in `windowId` (Chrome needs a window or tab; Firefox opens it in the current window). */
export function openPanel(windowId: number): Promise<void> {
  const chromeApi = chromePanel();
  if (chromeApi) return chromeApi.open({ windowId });
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

/**
 * Chrome: whether a click on the toolbar button opens the panel (instead of the popup, which must
 * then be unset). Firefox has no such switch: the background opens the sidebar from action.onClicked.
 */
export async function setPanelOnActionClick(on: boolean): Promise<void> {
  await chromePanel()?.setPanelBehavior({ openPanelOnActionClick: on });
}
