/**
 * The command line: the same core under Node, with jsdom as the DOM.
 *   syndicated-reader <file.html|-> [--url URL] [--format text|markdown|json]
 * Exit 0 with the article; 2 when the input is not an HTML page or the page holds no article
 * (one-line reason on stderr, and for json `{"isArticle": false, "reason": …}` on stdout); 1 for a
 * missing or unreadable file or bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../core/extract.ts';
import { formatMarkdown, formatPlainText } from '../core/format.ts';
import { notHtml, sniffBinary, sniffParsed } from './sniff.ts';

const USAGE = `Usage: syndicated-reader <file.html|-> [--url URL] [--format text|markdown|json]

Prints the clean article of a saved page, with its publisher and credit line.
  --url URL      the page's address (default: its canonical link or og:url, else the file's path)
  --format F     text (default), markdown, or json
Exit codes: 0 article printed, 2 not an HTML page or no article on it, 1 bad usage or unreadable file.`;

type Format = 'text' | 'markdown' | 'json';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Uint8Array | string;
}

interface Args {
  file: string;
  url: string | null;
  format: Format;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null;
  let url: string | null = null;
  let format: Format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // The next argument, unless it is missing or is the next option (`--format --url x`).
    const value = (): string | null => {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) return null;
      i++;
      return next;
    };
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--url') {
      url = value();
      if (!url) return 'error: --url needs a value (the page\'s address)';
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = arg === '--format' ? value() : arg.slice(9);
      if (!f) return 'error: --format needs a value: text, markdown or json';
      if (f !== 'text' && f !== 'markdown' && f !== 'json') return `error: unknown format ${JSON.stringify(f)} (text, markdown or json)`;
      format = f;
    } else if (arg.startsWith('--')) return `error: unknown option ${arg}`;
    else if (file === null) file = arg;
    else return `error: more than one input (${file}, ${arg})`;
  }
  if (file === null) return `error: no input file\n\n${USAGE}`;
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      return `error: --url is not a URL: ${url}`;
    }
  }
  return { file, url, format };
}

/** The page's own idea of its address: canonical link, then og:url. */
function declaredUrl(doc: Document): string | null {
  for (const href of [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ]) {
    if (!href) continue;
    try {
      const u = new URL(href);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not absolute: ignore
    }
  }
  return null;
}

export function runCli(argv: string[], io: CliIO): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    (args === USAGE ? io.stdout : io.stderr)(`${args}\n`);
    return args === USAGE ? 0 : 1;
  }
  let input: Uint8Array | string;
  try {
    input = args.file === '-' ? io.readStdin() : readFileSync(args.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    io.stderr(`error: cannot read ${args.file}: ${why}\n`);
    return 1;
  }
  const refuse = (reason: string): number => {
    io.stderr(`${reason}\n`);
    if (args.format === 'json') io.stdout(`${JSON.stringify({ isArticle: false, reason }, null, 2)}\n`);
    return 2;
  };
  const binary = typeof input === 'string' ? null : sniffBinary(input);
  if (binary) return refuse(notHtml(binary));
  const html = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const fileUrl = args.file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(args.file)).href;
  // Quiet console: a page's CSS or markup errors are not ours to print. Scripts never run.
  const virtualConsole = new VirtualConsole();
  let dom = new JSDOM(html, { url: args.url ?? fileUrl, virtualConsole });
  const parsed = sniffParsed(html, dom.window.document);
  if (parsed) return refuse(notHtml(parsed));
  const url = args.url ?? declaredUrl(dom.window.document);
  if (url && url !== dom.window.location.href) dom = new JSDOM(html, { url, virtualConsole });
  const result = extractArticle(dom.window.document, dom.window.location.href);
  if (!result.isArticle) {
    io.stderr(`${result.reason}\n`);
    if (args.format === 'json') io.stdout(`${JSON.stringify({ isArticle: false, reason: result.reason, url: result.url }, null, 2)}\n`);
    return 2;
  }
  if (args.format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (args.format === 'markdown') io.stdout(formatMarkdown(result));
  else io.stdout(formatPlainText(result));
  return 0;
}
