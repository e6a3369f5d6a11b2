/**
 * On-demand extraction. Injected with `scripting.executeScript({files})` when the user asks
 * (popup, context menu, keyboard command), under `activeTab` (or the optional host permission).
 * It answers `getArticle` with the ExtractResult, computed once per page URL and cached.
 *
 *   injected ─► a live instance already listens? ─yes─► stop (double injection is a no-op)
 *                   │ no (first time, or the old one belongs to a reloaded extension)
 *                   ▼
 *   listen for getArticle ─► cache hit for location.href? ─yes─► answer it
 *                                  │ no
 *                                  ▼
 *                   extractArticle(document, location.href)  (clones the page; never modifies it)
 *
 * Stale instances: after the extension is reloaded, a fresh injection lands in a page that may
 * still hold the previous instance, whose runtime is gone (obsidian-clipper's generation check).
 */
import { extractArticle, IN_BROWSER } from '../core/extract.ts';
import type { ExtractResult } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { createListener, type ToContent } from '../shared/messages.ts';

const INSTANCE = Symbol.for('syndicated-reader.extract-on-demand');

interface Instance {
  /** False once the extension that injected this instance was reloaded or removed. */
  isAlive(): boolean;
}

const scope = globalThis as typeof globalThis & { [INSTANCE]?: Instance };

function isAlive(): boolean {
  try {
    return !!browser.runtime.id;
  } catch {
    return false;
  }
}

if (!scope[INSTANCE]?.isAlive()) {
  const cache = new Map<string, ExtractResult>();
  const getArticle = (): ExtractResult => {
    const url = location.href;
    let result = cache.get(url);
    if (!result) {
      // The browser has computed the page's styles: looking them up is cheaper than reading its rules.
      result = extractArticle(document, url, IN_BROWSER);
      cache.clear();
      cache.set(url, result);
    }
    return result;
  };
  browser.runtime.onMessage.addListener(createListener<ToContent>({ getArticle }));
  scope[INSTANCE] = { isAlive };
}
