/**
 * Is the CLI's input an HTML page? Told first from its bytes (the signatures of the formats people
 * point a command at by mistake: images, PDFs, archives, binaries), then from the parse (a feed, or
 * text with no markup at all). Without this a PNG was "read" as an article: title "Untitled", its
 * bytes decoded as words.
 */

/** Leading bytes of common non-HTML files, and what to call them. `null` in a signature matches any byte. */
const SIGNATURES: ReadonlyArray<readonly [ReadonlyArray<number | null>, string]> = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], 'a WebP image'],
  [[0x00, 0x00, 0x01, 0x00], 'an icon (ICO)'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x42, 0x5a, 0x68], 'bzip2-compressed data'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz-compressed data'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'zstd-compressed data'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [[0x00, 0x61, 0x73, 0x6d], 'a WebAssembly module'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'an SQLite database'],
];

const startsWith = (bytes: Uint8Array, signature: ReadonlyArray<number | null>): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => b === null || bytes[i] === b);

/** What the bytes look like when they are clearly not text (so not HTML), else null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [signature, name] of SIGNATURES) if (startsWith(bytes, signature)) return name;
  // UTF-16 text starts with a byte-order mark and is full of NULs; it is text, and may be HTML.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  // Text holds no NUL and few control characters; look at the first 8 kB as `file` does.
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary data';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return head.length && control / head.length > 0.1 ? 'binary data' : null;
}

/** What parsed text looks like when it is not an HTML page, else null. */
export function sniffParsed(source: string, doc: Document): string | null {
  const start = source
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2048);
  if (/^<\?xml\b/i.test(start) || /^<(?:rss|feed|rdf:RDF)\b/.test(start)) {
    if (/<(?:rss|rdf:RDF)\b/.test(start)) return 'an RSS feed';
    if (/<feed\b/.test(start)) return 'an Atom feed';
    if (!/<(?:!doctype\s+html|html)\b/i.test(start)) return 'an XML document';
  }
  if (/^[{[]/.test(start) && !/<[a-z]/i.test(start)) return 'JSON';
  // The parser makes html, head and body for any input: text with no element of its own is not a page.
  const ownElements = doc.querySelectorAll('head *, body *').length;
  if (ownElements === 0 && !/<(?:!doctype\s+html|html|head|body)\b/i.test(source)) return 'plain text';
  return null;
}

/** The CLI's refusal, in one line. */
export const notHtml = (what: string): string => `not an HTML page (looks like ${what})`;
