/**
 * The Cite and Save menus, mounted into a page's `<div id="article-actions">` (the popup's
 * toolbar, the clean view's toolbar). One module for both pages, so they cite and save alike.
 *
 * Cite: one button per style (src/core/cite.ts); a click copies that citation and shows it, so it
 * can also be selected by hand where the clipboard is refused. The prose styles also go on the
 * clipboard as HTML with their italics.
 *
 * Save: `<a download>` links whose data: URL is made at the click (not at render: the popup's
 * open-to-text time stays the extraction's). No `downloads` permission is needed: both browsers
 * download an extension page's `<a download>` (tested in test/e2e/cite-save-suite.ts). A data:
 * URL rather than a blob: one because a blob: URL dies with its page, and a Firefox popup may close
 * (its downloads panel takes the focus) before the download has read it.
 */
import { cite, citeApa, citeChicago, citeMla, CITE_STYLES, type CiteStyle } from '../core/cite.ts';
import type { CleanArticle } from '../core/types.ts';
import { writeClipboard } from './clipboard.ts';
import { errorMessage } from './messages.ts';
import { SAVE_FORMATS, saveContent, saveFileName } from './save-file.ts';
import { el, feedback } from './ui.ts';

const PROSE_HTML: Partial<Record<CiteStyle, (a: CleanArticle) => string>> = {
  apa: (a) => citeApa(a).html,
  mla: (a) => citeMla(a).html,
  chicago: (a) => citeChicago(a).html,
};

/** A `<details>` menu whose panel floats over the page and closes on Escape or a click elsewhere. */
function menu(id: string, label: string): { root: HTMLDetailsElement; panel: HTMLDivElement } {
  const root = el('details');
  root.id = id;
  root.className = 'action-menu';
  const summary = el('summary', label);
  const panel = el('div');
  panel.className = 'menu-panel';
  root.append(summary, panel);
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !root.open) return;
    root.open = false;
    summary.focus();
    event.stopPropagation();
  });
  document.addEventListener('click', (event) => {
    if (root.open && !root.contains(event.target as Node)) root.open = false;
  });
  return { root, panel };
}

function citeMenu(a: CleanArticle, first: CiteStyle | undefined): HTMLDetailsElement {
  const { root, panel } = menu('cite-menu', 'Cite');
  const group = el('div');
  group.className = 'menu-choices';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Copy a citation');
  const shown = el('pre');
  shown.id = 'citation';
  shown.className = 'citation';
  shown.dir = 'auto';
  shown.hidden = true;
  // The user's citation style (options page) comes first.
  const styles = first ? [...CITE_STYLES].sort((x, y) => Number(y.id === first) - Number(x.id === first)) : CITE_STYLES;
  for (const style of styles) {
    const button = el('button', style.label);
    button.type = 'button';
    button.dataset.style = style.id;
    button.addEventListener('click', () => {
      const text = cite(a, style.id);
      shown.textContent = text;
      shown.dataset.style = style.id;
      shown.hidden = false;
      writeClipboard(text, PROSE_HTML[style.id]?.(a))
        .then(() => feedback('ok', `Copied the ${style.label} citation.`))
        .catch((err: unknown) => feedback('fail', `Could not copy the citation (${errorMessage(err)}); select it below instead.`));
    });
    group.append(button);
  }
  panel.append(group, shown);
  return root;
}

function saveMenu(a: CleanArticle): HTMLDetailsElement {
  const { root, panel } = menu('save-menu', 'Save');
  const group = el('div');
  group.className = 'menu-choices';
  for (const format of SAVE_FORMATS) {
    const link = el('a', format.label);
    link.id = `save-${format.id}`;
    link.className = 'menu-link';
    link.download = saveFileName(a, format.id);
    // A real href from the start keeps the link a link (keyboard, screen readers); the file is made at the click.
    link.href = '#';
    link.addEventListener('click', () => {
      // The href set here, during the click, is the one the download uses.
      link.href = `data:${format.type},${encodeURIComponent(saveContent(a, format.id))}`;
      feedback('ok', `Saving “${link.download}”.`);
    });
    group.append(link);
  }
  panel.append(group);
  return root;
}

/**
 * Fills `container` (`#article-actions`) with the Cite and Save menus for `a` and shows it;
 * `citationStyle` (the options page's default) is listed first.
 */
export function mountArticleActions(container: HTMLElement, a: CleanArticle, { citationStyle }: { citationStyle?: CiteStyle } = {}): void {
  container.replaceChildren(citeMenu(a, citationStyle), saveMenu(a));
  container.classList.add('article-actions');
  container.hidden = false;
}
