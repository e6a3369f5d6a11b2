// @ts-check
/**
 * ESLint (flat config, typescript-eslint) for the whole repository, and the rooms' boundaries:
 * which folder of src/ may import which (docs/ARCHITECTURE.md explains why).
 *
 *   core        pure: no browser API, no polyfill, no other room (the CLI and the tests run it under jsdom)
 *   shared      core only (plus itself); the only importer of webextension-polyfill is shared/browser.ts
 *   popup,      shared and core only: the UI never reaches into the background or the content scripts
 *   reader,
 *   panel
 *   options     the same, plus src/reader (settings.ts: the clean view's defaults are edited there)
 *   content     no UI (popup, reader) and no background: they are injected into web pages
 *   background  no UI and no content script
 *   cli         core only: it runs under Node
 *
 * What ESLint cannot say (HTML sinks with reviewed exceptions) stays in test/lint.mjs.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ROOMS = ['background', 'cli', 'content', 'core', 'options', 'panel', 'popup', 'reader', 'shared'];

/** `no-restricted-imports` patterns that forbid the given rooms, from a file one level inside src/. */
const rooms = (names, why) => ({
  group: names.flatMap((room) => [`../${room}/*`, `**/src/${room}/*`]),
  message: why,
});
const polyfill = { name: 'webextension-polyfill', message: 'Import `browser` from src/shared/browser.ts: the polyfill has one importer.' };

/** A zone: files under src/<room>/ may not import `forbidden` rooms. */
const zone = (room, forbidden, why, extra = {}) => ({
  files: [`src/${room}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', { paths: [polyfill, ...(extra.paths ?? [])], patterns: [rooms(forbidden, why)] }],
    ...extra.rules,
  },
});

const others = (...allowed) => ROOMS.filter((r) => !allowed.includes(r));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/data/**', 'web-ext-artifacts/**', '.cache/**', 'test/fixtures/**', 'test/attack-pages/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The code base uses `any` at the browser-automation edges (puppeteer evaluate, extension namespaces in tests).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Stripping control characters is deliberate here: attribution fields, the CLI's byte sniffing, the tests of both.
      'no-control-regex': 'off',
    },
  },
  {
    // TypeScript checks names in .ts files, and in the .mjs files tsconfig.tools.json type-checks (build.mjs, scripts/).
    files: ['**/*.ts', '**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Rule exception kept in config so src/core stays untouched here: `\-` inside a character class is redundant but harmless.
    files: ['src/core/text.ts'],
    rules: { 'no-useless-escape': 'off' },
  },
  zone('core', others('core'), 'src/core is pure: it imports no other room (no browser API, no UI, no Node).', {
    rules: {
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser'].map((name) => ({ name, message: 'src/core uses no extension API: it takes a Document and a URL.' })),
        ...['window', 'document', 'location', 'navigator', 'localStorage', 'fetch'].map((name) => ({
          name,
          message: 'src/core works on the Document it is given, never on the page’s globals.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='globalThis'][property.name=/^(chrome|browser)$/]", message: 'src/core uses no extension API.' },
        // The same through a cast: (globalThis as any).chrome
        { selector: "MemberExpression[object.expression.name='globalThis'][property.name=/^(chrome|browser)$/]", message: 'src/core uses no extension API.' },
        { selector: 'ImportDeclaration[source.value=/^node:/]', message: 'src/core runs in the page too: no Node modules.' },
      ],
    },
  }),
  zone('shared', others('shared', 'core'), 'src/shared imports only src/core.'),
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rooms(others('shared', 'core'), 'src/shared imports only src/core.')] }] },
  },
  zone('popup', others('popup', 'shared', 'core'), 'The UI rooms (popup, reader) import only src/shared and src/core.'),
  zone('reader', others('reader', 'shared', 'core'), 'The UI rooms (popup, reader) import only src/shared and src/core.'),
  zone('panel', others('panel', 'shared', 'core'), 'The UI rooms (popup, reader, panel) import only src/shared and src/core.'),
  zone(
    'options',
    others('options', 'shared', 'core', 'reader'),
    'The options page imports only src/shared, src/core and the clean view’s settings (src/reader).',
  ),
  zone('content', ['popup', 'reader', 'panel', 'options', 'background', 'cli'], 'Content scripts run in web pages: they import no UI, background or CLI code.'),
  zone('background', ['popup', 'reader', 'panel', 'options', 'content', 'cli'], 'The background imports no UI, content script or CLI code.'),
  zone('cli', others('cli', 'core'), 'The CLI runs under Node: it imports only src/core.'),
  {
    // Node scripts and tests: no polyfill either (tests drive the built extension, not the source's browser).
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.mjs', 'test/**/*.mjs'],
    rules: { 'no-restricted-imports': ['error', { paths: [polyfill] }] },
  },
);
