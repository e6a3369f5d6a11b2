/**
 * Page metadata: what the markup says of who published the story (markup.ts), and its dates,
 * language, direction, section and article type.
 */
import { parseAnyDate } from './dates.ts';
import { markupSources, readAttributionMarkup, type AttributionMarkup } from './markup.ts';

export interface PageMetadata extends AttributionMarkup {
  section: string | null;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  isArticleType: boolean;
  ld: AttributionMarkup['ld'] & {
    datePublished: string | null;
    copyrightYear: number | null;
  };
}

function yearOf(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null;
}

export function readMetadata(doc: Document): PageMetadata {
  const src = markupSources(doc);
  const { meta, article: a } = src;
  const markup = readAttributionMarkup(src);
  const ldDate = typeof a('datePublished') === 'string' ? (a('datePublished') as string) : null;
  const htmlDir = (doc.documentElement?.getAttribute('dir') ?? '').toLowerCase();
  return {
    ...markup,
    section: meta('article:section'),
    published: parseAnyDate(meta('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'parsely-pub-date') ?? ldDate),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || null,
    dir: htmlDir === 'rtl' || htmlDir === 'ltr' ? htmlDir : null,
    isArticleType: src.isArticleType || /^article$/i.test(meta('og:type') ?? ''),
    ld: { ...markup.ld, datePublished: parseAnyDate(ldDate), copyrightYear: yearOf(a('copyrightYear')) },
  };
}
