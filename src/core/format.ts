/**
 * The copy formats: plain text, Markdown and HTML. Each carries a header (title, byline,
 * publisher) and an attribution footer (the verbatim credit line and the page URL), so what a
 * reader pastes into notes or e-mail still says who published it.
 */
import TurndownService from 'turndown';
import { mathText } from './plain-text.ts';
import type { CleanArticle } from './types.ts';

/** `2024-11-17` → `November 17, 2024` (no time zones: the date is a calendar date). */
export function formatDate(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
}

/** "Bloomberg News · November 17, 2024 · via ArcaMax": who published it, when, and where it was read. */
export function sourceLine(a: CleanArticle): string {
  const parts: string[] = [];
  if (a.publisher) parts.push(a.publisher);
  const date = formatDate(a.published);
  if (date) parts.push(date);
  if (a.syndicated && a.siteName && a.siteName !== a.publisher) parts.push(`via ${a.siteName}`);
  return parts.join(' · ');
}

/** The byline as a reader expects it: "By …", unless the byline names only an outlet. */
export function bylineLine(a: CleanArticle): string | null {
  if (!a.byline) return null;
  return a.authors.length ? `By ${a.byline}` : a.byline;
}

/** The attribution footer lines: the credit line verbatim, then where it was read. */
export function attributionLines(a: CleanArticle): string[] {
  const lines: string[] = [];
  if (a.copyright) lines.push(a.copyright);
  lines.push(`Source: ${a.url}`);
  return lines;
}

export function formatPlainText(a: CleanArticle): string {
  const header = [a.title, bylineLine(a), sourceLine(a)].filter((s): s is string => !!s);
  return `${header.join('\n')}\n\n${a.text}\n\n---\n${attributionLines(a).join('\n')}\n`;
}

let turndown: TurndownService | null = null;

function markdownOf(html: string): string {
  if (!turndown) {
    turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', hr: '---' });
    // "- item" / "1. item" with one space, as people write it (turndown pads markers to four columns).
    turndown.addRule('listItem', {
      filter: 'li',
      replacement(content, node) {
        const parent = node.parentNode as Element | null;
        let marker = '-';
        if (parent?.nodeName === 'OL') {
          const start = Number(parent.getAttribute('start') ?? '1') || 1;
          marker = `${start + Array.prototype.indexOf.call(parent.children, node)}.`;
        }
        const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(marker.length + 1)}`);
        return `${marker} ${body}${node.nextSibling && !/\n$/.test(body) ? '\n' : ''}`;
      },
    });
    // Captions stay in the clean view (html); the Markdown copy is the story, as the text is.
    turndown.remove('figcaption');
    // A formula as its text, in place (turndown would run the MathML leaves together).
    turndown.addRule('math', {
      filter: (node) => node.nodeName.toLowerCase() === 'math',
      replacement(_content, node) {
        const text = mathText(node as Element);
        return (node as Element).getAttribute('display') === 'block' ? `\n\n${text}\n\n` : text;
      },
    });
    // Tables as Markdown tables (turndown has no table rule: it would run the cells together).
    turndown.addRule('table', {
      filter: 'table',
      replacement(_content, node) {
        const table = markdownTable(node as Element);
        return table ? `\n\n${table}\n\n` : `\n\n${_content}\n\n`;
      },
    });
  }
  return turndown.turndown(html);
}

/** A cell's text for a Markdown table: one line, pipes escaped. */
function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/**
 * A `<table>` as a pipe table: the first row is the header (Markdown tables need one). Null for
 * a table with nested tables (layout, not data), which is left to turndown's text.
 */
function markdownTable(table: Element): string | null {
  if (table.querySelector('table')) return null;
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.children).filter((c) => /^(?:TD|TH)$/i.test(c.tagName)).map(cellText));
  const data = rows.filter((r) => r.length);
  if (!data.length) return null;
  const width = Math.max(...data.map((r) => r.length));
  const line = (r: string[]): string => `| ${[...r, ...Array<string>(width - r.length).fill('')].join(' | ')} |`;
  const caption = table.querySelector('caption');
  const out = [line(data[0]!), `|${' --- |'.repeat(width)}`, ...data.slice(1).map(line)];
  return caption ? `${cellText(caption)}\n\n${out.join('\n')}` : out.join('\n');
}

/** Escapes text for a Markdown line that is not meant to be formatted. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
}

export function formatMarkdown(a: CleanArticle): string {
  const header = [`# ${escapeMarkdown(a.title)}`];
  const by = bylineLine(a);
  const source = sourceLine(a);
  const meta = [by ? `*${escapeMarkdown(by)}*` : null, source ? escapeMarkdown(source) : null].filter(Boolean);
  if (meta.length) header.push(meta.join('  \n'));
  const footer = [a.copyright ? escapeMarkdown(a.copyright) : null, `Source: <${a.url}>`].filter(Boolean).join('  \n');
  return `${header.join('\n\n')}\n\n${markdownOf(a.html)}\n\n---\n\n${footer}\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The rich-copy form. `a.html` is already sanitized; every other value is escaped here. */
export function formatHtml(a: CleanArticle): string {
  const parts = [`<h1>${escapeHtml(a.title)}</h1>`];
  const by = bylineLine(a);
  if (by) parts.push(`<p><em>${escapeHtml(by)}</em></p>`);
  const source = sourceLine(a);
  if (source) parts.push(`<p>${escapeHtml(source)}</p>`);
  parts.push(a.html, '<hr>');
  if (a.copyright) parts.push(`<p>${escapeHtml(a.copyright)}</p>`);
  const safeUrl = /^https?:/i.test(a.url) ? a.url : null;
  parts.push(safeUrl ? `<p>Source: <a href="${escapeHtml(safeUrl)}">${escapeHtml(safeUrl)}</a></p>` : `<p>Source: ${escapeHtml(a.url)}</p>`);
  const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
  const dir = a.dir ? ` dir="${a.dir}"` : '';
  return `<article${lang}${dir}>${parts.join('\n')}</article>`;
}
