/** Loads the page fixtures in test/fixtures/<name>/ (see its README). Adding a folder adds a test. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** The fields an article fixture's expected.json gives (see test/fixtures/README.md). */
export const ARTICLE_FIELDS = [
  'url', 'isArticle', 'syndicated', 'title', 'byline', 'authors', 'publisher', 'publisherSite', 'siteName', 'section',
  'published', 'copyright', 'copyrightYear', 'copyrightHolder', 'distributor', 'lang', 'dir',
] as const;

export interface ExpectedArticle {
  url: string;
  isArticle: boolean;
  syndicated: boolean;
  reasons?: string[];
  reasonIncludes?: string;
  [field: string]: unknown;
}

export interface Fixture {
  name: string;
  html: string;
  expected: ExpectedArticle;
  /** The clean body text (articles only). */
  text: string | null;
  /** Strings that must never appear in the output HTML (hostile pages). */
  forbidden: string[];
}

/** The fixture folders in `dir` (default test/fixtures). */
export function listFixtures(dir = FIXTURES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export function loadFixture(name: string, root = FIXTURES_DIR): Fixture {
  const dir = join(root, name);
  const read = (file: string): string | null => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : null);
  const expected = JSON.parse(read('expected.json') ?? 'null') as ExpectedArticle;
  if (!expected?.url) throw new Error(`${name}: expected.json needs a "url"`);
  const text = read('expected.txt');
  return {
    name,
    html: read('source.html')!,
    expected,
    text: text === null ? null : text.replace(/\s+$/, ''),
    forbidden: (read('forbidden.txt') ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
  };
}

/** A jsdom document for the fixture, at its URL, with scripts off (as our code sees pages). */
export function fixtureDocument(fixture: Fixture): Document {
  return new JSDOM(fixture.html, { url: fixture.expected.url }).window.document;
}
