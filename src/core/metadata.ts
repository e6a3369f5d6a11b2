/**
 * Page metadata: the page's markup (markup.ts) with its dates parsed.
 */
import { parseAnyDate } from './dates.ts';
import { readMarkup, type PageMetadata } from './markup.ts';

export type { PageMetadata } from './markup.ts';

export function readMetadata(doc: Document): PageMetadata {
  return readMarkup(doc, parseAnyDate);
}
