/**
 * What the extension's two pages, the popup and the clean view, do the same way: find their
 * elements, show a state, give feedback, wire the copy buttons and print dates. Everything is
 * written with textContent: no page data reaches an HTML parser.
 */
import { formatHtml, formatMarkdown, formatPlainText } from '../core/format.ts';
import type { CleanArticle } from '../core/types.ts';
import { writeClipboard } from './clipboard.ts';
import { errorMessage, sendToBackground } from './messages.ts';
import { explainReadError, type StateMessage } from './page-access.ts';

/** The page's element `#id`; a missing one is a bug in the page's HTML, so it throws. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`${location.pathname.split('/').pop() || 'this page'} lacks #${id}`);
  return el as T;
}

/** A new element with its text (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** body[data-state], and the message box (#message-title, #message-detail) shown for every state but 'article'. */
export function setState<S extends string>(state: S, title?: string, detail?: string): void {
  document.body.dataset.state = state;
  if (title !== undefined) byId('message-title').textContent = title;
  if (detail !== undefined) byId('message-detail').textContent = detail;
  byId('message').hidden = state === 'article';
}

/**
 * A state with its message (page-access.ts): heading, one sentence, and its one action in
 * #message-action when the page has one: a button (retry: reload this page) or a sentence.
 */
export function showState<S extends string>(state: S, message: StateMessage): void {
  setState(state, message.title, message.detail);
  const slot = document.getElementById('message-action');
  if (!slot) return;
  slot.replaceChildren();
  slot.hidden = !message.action;
  if (message.action?.kind === 'retry') {
    const button = el('button', message.action.label);
    button.type = 'button';
    button.addEventListener('click', () => location.reload());
    slot.append(button);
  } else if (message.action?.kind === 'hint') {
    slot.textContent = message.action.text;
  }
}

/** The one-line outcome of an action, in #feedback (a live region in both pages). */
export function feedback(kind: 'ok' | 'fail', message: string, node: HTMLElement = byId('feedback')): void {
  node.dataset.kind = kind;
  node.textContent = message;
}

/**
 * Wires and shows #open-view: the background opens the clean view of `tabId`; `afterOpen` runs once
 * it has (the popup closes itself, the side panel stays).
 */
export function wireCleanViewButton(tabId: number, afterOpen: () => void = () => undefined): void {
  const open = byId<HTMLButtonElement>('open-view');
  open.addEventListener('click', () => {
    sendToBackground('openCleanView', { tabId })
      .then(afterOpen)
      .catch((err: unknown) => feedback('fail', `Could not open the clean view: ${explainReadError(errorMessage(err))}`));
  });
  open.disabled = false;
  open.hidden = false;
}

/** Wires and enables #copy-text (plain text plus an HTML flavour) and #copy-markdown for the article. */
export function wireCopyButtons(a: CleanArticle): void {
  const copyText = byId<HTMLButtonElement>('copy-text');
  const copyMarkdown = byId<HTMLButtonElement>('copy-markdown');
  copyText.addEventListener('click', () => {
    writeClipboard(formatPlainText(a), formatHtml(a))
      .then((how) => feedback('ok', how === 'rich' ? 'Copied the text (with formatting).' : 'Copied the text.'))
      .catch((err: unknown) => feedback('fail', `Could not copy: ${errorMessage(err)}`));
  });
  copyMarkdown.addEventListener('click', () => {
    writeClipboard(formatMarkdown(a))
      .then(() => feedback('ok', 'Copied as Markdown.'))
      .catch((err: unknown) => feedback('fail', `Could not copy: ${errorMessage(err)}`));
  });
  for (const button of [copyText, copyMarkdown]) {
    button.disabled = false;
    button.hidden = false;
  }
}

/** A `YYYY-MM-DD` date in the reader's own language ("November 17, 2024" in English); anything else as given. */
export function displayDate(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
