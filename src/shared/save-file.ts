/**
 * What "Save" writes: the article as a Markdown file or as ONE self-contained HTML file. Both
 * carry the attribution header (title, byline, publisher · date · via host) and footer (the
 * verbatim credit line and the page's address) from src/core/format.ts. Pure strings: the
 * download itself is article-actions.ts.
 *
 * The HTML file has no script: the article body is the sanitized HTML (no scripts, handlers,
 * forms or frames), every other value is escaped, and its Content-Security-Policy forbids
 * scripts anyway, so a saved file opened later runs nothing. Images stay remote references.
 */
import { escapeHtml, formatHtml, formatMarkdown } from '../core/format.ts';
import type { CleanArticle } from '../core/types.ts';

export type SaveFormat = 'markdown' | 'html';

export const SAVE_FORMATS: readonly { id: SaveFormat; label: string; extension: string; type: string }[] = [
  { id: 'markdown', label: 'Markdown (.md)', extension: 'md', type: 'text/markdown;charset=utf-8' },
  { id: 'html', label: 'Web page (.html)', extension: 'html', type: 'text/html;charset=utf-8' },
];

/** A portable file name from the title: no path separators or characters Windows refuses, at most 80 characters. */
export function saveFileName(a: Pick<CleanArticle, 'title'>, format: SaveFormat): string {
  const stem = a.title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim();
  const ext = SAVE_FORMATS.find((f) => f.id === format)!.extension;
  return `${stem || 'article'}.${ext}`;
}

const STYLE = [
  'body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:18px/1.6 Georgia,serif;color:#1b1b1f;background:#fff}',
  'img{max-width:100%;height:auto}',
  'hr{margin:2rem 0}',
  '@media (prefers-color-scheme:dark){body{color:#e8e8ec;background:#1e1f24}a{color:#8ab4f8}}',
].join('');

/** One HTML document, no script, the attribution in its header and footer. */
export function formatHtmlDocument(a: CleanArticle): string {
  const lang = escapeHtml(a.lang ?? 'en');
  const dir = a.dir ? ` dir="${a.dir}"` : '';
  const meta = [
    '<meta charset="utf-8">',
    // No script may run in the saved file; inline style and images (the article's own) may.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(a.title)}</title>`,
    a.publisher ? `<meta name="author" content="${escapeHtml(a.authors.join(', ') || a.publisher)}">` : '',
    a.copyright ? `<meta name="copyright" content="${escapeHtml(a.copyright)}">` : '',
    /^https?:/i.test(a.url) ? `<link rel="canonical" href="${escapeHtml(a.url)}">` : '',
    `<style>${STYLE}</style>`,
  ].filter(Boolean);
  return `<!doctype html>\n<html lang="${lang}"${dir}>\n<head>\n${meta.join('\n')}\n</head>\n<body>\n${formatHtml(a)}\n</body>\n</html>\n`;
}

export function saveContent(a: CleanArticle, format: SaveFormat): string {
  return format === 'markdown' ? formatMarkdown(a) : formatHtmlDocument(a);
}
