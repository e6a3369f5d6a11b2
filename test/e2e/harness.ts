/**
 * Real-browser harness (docs/testing.md): puppeteer-core drives Debian's chromium and firefox-esr
 * headless, with the built, unpacked extension loaded. `npm start` (scripts/start.ts) uses the same
 * server and launchers, with a window and with the network open for every host it does not serve.
 *
 * Pages are served by a local HTTP server on an ephemeral port that is ALSO the browsers' HTTP
 * proxy. A fixture is requested at its real host and path (`http://www.arcamax.com/currentnews/…`)
 * and the proxy answers with `test/fixtures/<name>/source.html`, so the content-script matches of
 * the real manifest (ArcaMax hosts only) are what is tested — no test-only matches. Every request
 * that reaches the server (direct, proxied http, or https through CONNECT) is recorded by host,
 * which is how the tests see that nothing reached out to any other host.
 *
 * https pages are real https: the proxy accepts the CONNECT and terminates TLS itself with a
 * throwaway self-signed certificate (made with `openssl` per run; the browsers are launched with
 * `acceptInsecureCerts`). That matters: `navigator.clipboard` exists only in secure contexts.
 *
 * Why a proxy rather than `--host-resolver-rules`: it works the same way in both browsers
 * (Firefox has no host-resolver switch; `network.dns.localDomains` only maps to 127.0.0.1:80),
 * and it also catches requests to hosts we did not expect.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'syndicated-reader@syndicated-reader.dev';
export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export type BrowserKind = 'chromium' | 'firefox';

/** Why the browser cannot run here, or null when it can. */
export function missingBrowser(kind: BrowserKind): string | null {
  const bin = kind === 'chromium' ? CHROMIUM_BIN : FIREFOX_BIN;
  if (existsSync(bin)) return null;
  const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
  return `${kind} not found at ${bin}: install it (Debian: apt-get install -y --no-install-recommends ${pkg}) or set ${kind === 'chromium' ? 'CHROMIUM_BIN' : 'FIREFOX_BIN'}.`;
}

export function missingBuild(dir: string): string | null {
  return existsSync(join(dir, 'manifest.json')) ? null : `${dir} is not built: run \`npm run build\` first.`;
}

// ---------------------------------------------------------------------------------------------
// The fixture server / proxy

export interface RequestRecord {
  kind: 'direct' | 'proxy' | 'connect' | 'https' | 'tls-error';
  method: string;
  host: string;
  path: string;
  at: number;
}

export type Body = string | Buffer | (() => string | Buffer);

export interface FixtureServer {
  port: number;
  origin: string;
  requests: RequestRecord[];
  /** Serves `body` at `url` (http or https, any host: through the proxy; 127.0.0.1: directly). */
  route(url: string, body: Body, contentType?: string): void;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for the proxy's TLS termination. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sr-e2e-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=syndicated-reader-e2e', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'pipe' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (err) {
    throw new Error(`could not make a test certificate with openssl (apt-get install openssl): ${String(err)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ServerOptions {
  /**
   * Forward what is not routed to the real host instead of answering 404 (`npm start`, where a
   * person may browse on from the demo page). Tests leave it off: there, no request leaves the machine.
   */
  passThrough?: boolean;
}

export async function startServer({ passThrough = false }: ServerOptions = {}): Promise<FixtureServer> {
  const routes = new Map<string, { body: Body; type: string }>();
  const routedHosts = new Set<string>();
  const requests: RequestRecord[] = [];
  const key = (host: string, path: string): string => `${host.toLowerCase()}${path}`;

  const answer = (kind: RequestRecord['kind'], url: URL, req: IncomingMessage, res: ServerResponse): void => {
    requests.push({ kind, method: req.method ?? 'GET', host: url.hostname, path: url.pathname + url.search, at: Date.now() });
    const hit = routes.get(key(url.hostname, url.pathname + url.search)) ?? routes.get(key(url.hostname, url.pathname));
    if (!hit && passThrough && kind === 'proxy') {
      const upstream = httpRequest(url, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found');
      return;
    }
    const body = typeof hit.body === 'function' ? hit.body() : hit.body;
    res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store' }).end(body);
  };

  const server = createServer((req, res) => {
    const proxied = /^https?:\/\//i.test(req.url ?? '');
    const url = new URL(proxied ? req.url! : `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`);
    answer(proxied ? 'proxy' : 'direct', url, req, res);
  });
  const tls = createTlsServer(makeCertificate(), (req, res) => {
    answer('https', new URL(`https://${req.headers.host ?? 'unknown.invalid'}${req.url ?? '/'}`), req, res);
  });
  tls.on('tlsClientError', () => requests.push({ kind: 'tls-error', method: '?', host: '?', path: '', at: Date.now() }));
  // https through the proxy: record the host, then terminate TLS here.
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    requests.push({ kind: 'connect', method: 'CONNECT', host, path: '', at: Date.now() });
    if (passThrough && !routedHosts.has(host.toLowerCase())) {
      // Not ours: a plain tunnel to the real host (its own certificate, nothing read here).
      const upstream = connect(Number(/:(\d+)$/.exec(req.url ?? '')?.[1] ?? 443), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    route(url, body, type = 'text/html; charset=utf-8') {
      const u = new URL(url);
      routes.set(key(u.hostname, u.pathname + u.search), { body, type });
      routedHosts.add(u.hostname.toLowerCase());
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        tls.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browsers

export interface Session {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  baseUrl: string;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Chromium only: the service worker (extension APIs can be called there). */
  worker?: WebWorker;
  /** Where downloads land without asking (inside the profile; removed with it). */
  downloadDir: string;
  /**
   * Reloads the extension as an update does: content scripts already in pages are orphaned.
   * Firefox: runtime.reload(). Chromium blocks the pages of an extension loaded over CDP after
   * runtime.reload(), so there it is uninstalled and installed again from the same directory.
   */
  reinstall(): Promise<void>;
  close(): Promise<void>;
}

/** A session over a launched browser: pages open with `goto`, closing removes the profile too. */
function makeSession(kind: BrowserKind, browser: Browser, baseUrl: string, userDataDir: string, goto: (page: Page, url: string) => Promise<unknown>, extDir: string, worker?: WebWorker): Session {
  const session: Session = {
    kind,
    browser,
    baseUrl,
    worker,
    downloadDir: join(userDataDir, 'downloads'),
    async reinstall() {
      if (kind === 'firefox') {
        // Uninstalling drops the pinned moz-extension UUID; runtime.reload() keeps it.
        const page = await session.openExtensionPage('popup.html?tabId=999999999');
        await page.evaluate(() => void setTimeout(() => (globalThis as any).browser.runtime.reload(), 50));
        await new Promise((r) => setTimeout(r, 1_000));
        return;
      }
      const id = new URL(baseUrl).host;
      await browser.uninstallExtension(id);
      const again = await browser.installExtension(resolve(extDir));
      if (again !== id) throw new Error(`reinstalled as ${again}, expected ${id}`);
      if (kind === 'chromium') {
        const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(baseUrl), { timeout: 15_000 });
        session.worker = (await sw.worker())!;
      }
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await goto(page, baseUrl + path);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

const CHROME_ARGS = [
  '--no-sandbox', // root in CI containers
  '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

export interface LaunchOptions {
  /** False for `npm start`: a window a person uses. */
  headless?: boolean;
  /**
   * False when the caller handles Ctrl+C itself (`npm start` closes the browser, removes the profile
   * and stops the server). Puppeteer's own handler would kill the browser and exit first.
   */
  handleSignals?: boolean;
}

export async function launchChromium(extDir: string, server: FixtureServer, { headless = true, handleSignals = true }: LaunchOptions = {}): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sr-e2e-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_BIN,
    headless,
    defaultViewport: headless ? undefined : null, // a window: the page follows its size
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
    userDataDir,
    pipe: true,
    acceptInsecureCerts: true, // the proxy's throwaway certificate
    enableExtensions: true, // replaces puppeteer's --disable-extensions
    args: [...CHROME_ARGS, `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>;127.0.0.1'],
  });
  try {
    const extId = await browser.installExtension(resolve(extDir));
    const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extId}/`), { timeout: 15_000 });
    const worker = (await swTarget.worker())!;
    // Downloads (the Save menu) go to a known folder without a prompt.
    const downloadPath = join(userDataDir, 'downloads');
    mkdirSync(downloadPath, { recursive: true });
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath });
    return makeSession('chromium', browser, `chrome-extension://${extId}/`, userDataDir, (page, url) => page.goto(url), extDir, worker);
  } catch (err) {
    await browser.close();
    throw err;
  }
}

export async function launchFirefox(extDir: string, server: FixtureServer, { uuid = randomUUID(), headless = true, handleSignals = true }: LaunchOptions & { uuid?: string } = {}): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sr-e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless,
    defaultViewport: headless ? undefined : null,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
    userDataDir,
    acceptInsecureCerts: true, // the proxy's throwaway certificate
    args: ['--remote-allow-system-access'], // lets BiDi navigate a tab to moz-extension://
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }), // pins the moz-extension UUID
      // Optional permissions granted from a real (test-driven) click without the doorhanger,
      // which headless Firefox cannot show. The request itself still needs the user's click.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      // Downloads (the Save menu) go to a known folder without a prompt.
      'browser.download.dir': join(userDataDir, 'downloads'),
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    const id = await browser.installExtension(resolve(extDir));
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
    return makeSession('firefox', browser, `moz-extension://${uuid}/`, userDataDir, gotoExtensionPage, extDir);
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/**
 * Firefox's BiDi sends no load events for moz-extension:// documents: fire the navigation and poll.
 * (A hand-made poll: page.waitForFunction can fail with "right-hand side of 'in' should be an
 * object" while the old document is being replaced, instead of retrying.)
 */
export async function gotoExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  page.goto(url, { timeout }).catch(() => {});
  await pollPage(page, (u: string) => location.href === u && document.readyState === 'complete', url, timeout, `load ${url}`);
}

/** Polls `fn` in the page until it returns true; evaluation errors (navigation in progress) are retried. */
export async function pollPage<A>(page: Page, fn: (arg: A) => boolean, arg: A, timeout = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(fn as (arg: unknown) => boolean, arg as unknown)) return;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** Navigates an existing tab to an extension page (both browsers). */
export async function navigateToExtensionPage(session: Session, page: Page, url: string): Promise<void> {
  if (session.kind === 'firefox') return gotoExtensionPage(page, url);
  await page.goto(url);
}

// ---------------------------------------------------------------------------------------------
// Fixtures, tabs, extension API calls

export const FIXTURES_DIR = process.env.SR_E2E_FIXTURES ?? join(ROOT, 'test', 'fixtures');

export interface PageFixture {
  name: string;
  url: string;
  html: string;
  expected: Record<string, any>;
  /** expected.txt (articles), trimmed. */
  text: string | null;
}

export function loadPageFixture(name: string): PageFixture {
  const dir = join(FIXTURES_DIR, name);
  if (!existsSync(join(dir, 'source.html'))) throw new Error(`fixture ${name} is missing (${dir}/source.html)`);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, any>;
  const textFile = join(dir, 'expected.txt');
  return {
    name,
    url: expected.url as string,
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    expected,
    text: existsSync(textFile) ? readFileSync(textFile, 'utf8').trim() : null,
  };
}

/**
 * A long page for timing (test-only): the fixture with its body paragraphs repeated `times`
 * times, inserted right after the body, so the headline, byline and credit line stay where they are.
 */
export async function makeLongPage(fixture: PageFixture, times: number): Promise<string> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM(fixture.html);
  const doc = dom.window.document;
  const wanted = new Set((fixture.text ?? '').split(/\n{2,}/).map((p) => p.replace(/\s+/g, ' ').trim()));
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => wanted.has((p.textContent ?? '').replace(/\s+/g, ' ').trim()));
  if (!paragraphs.length) throw new Error(`${fixture.name}: no body paragraphs found to repeat`);
  const last = paragraphs[paragraphs.length - 1]!;
  const copies = doc.createDocumentFragment();
  for (let i = 0; i < times; i++) for (const p of paragraphs) copies.append(p.cloneNode(true));
  last.after(copies);
  return dom.serialize();
}

/** A session plus an extension page kept open to call extension APIs from (Firefox has no SW target). */
export interface Driver {
  session: Session;
  control: Page;
  /** Opens `url` in a new tab; returns the page and its extension-visible tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  badge(tabId: number): Promise<{ text: string; title: string }>;
  waitForBadge(tabId: number, text: string, timeout?: number): Promise<{ text: string; title: string }>;
  /** The background's stored detection for the tab (set once the on-load script has reported). */
  tabState(tabId: number): Promise<{ detection: Record<string, any> } | null>;
  waitForTabState(tabId: number, timeout?: number): Promise<{ detection: Record<string, any> }>;
  /** Runs `fn(ext, arg)` in the control page, `ext` being its extension namespace (browser or chrome). */
  run<A, R>(fn: (ext: any, arg: A) => Promise<R>, arg: A): Promise<R>;
  /** Sends a protocol message from the control page (as the popup would) and unwraps the answer. */
  send<T = unknown>(type: string, data: unknown): Promise<T>;
  /** Opens popup.html?tabId=N as a tab and waits until it has finished. */
  openPopupFor(tabId: number, setup?: (page: Page) => void): Promise<Page>;
}

export async function createDriver(session: Session): Promise<Driver> {
  // popup.html with a tab id that does not exist: it settles in its error state and stays idle.
  const control = await session.openExtensionPage('popup.html?tabId=999999999');
  /** Runs `fn(ext, arg)` in the control page, `ext` being its extension namespace (browser or chrome). */
  const evalApi = <A, R>(fn: (ext: any, arg: A) => Promise<R>, arg: A): Promise<R> =>
    control.evaluate(`(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg)})`) as Promise<R>;
  const tabIds = (): Promise<number[]> => evalApi(async (ext) => (await ext.tabs.query({})).map((t: { id: number }) => t.id), null);

  const driver: Driver = {
    session,
    control,
    run: evalApi,
    async openTab(url) {
      const before = new Set(await tabIds());
      const page = await session.browser.newPage();
      const after = await tabIds();
      const fresh = after.filter((id) => !before.has(id));
      if (fresh.length !== 1) throw new Error(`expected one new tab, got ${JSON.stringify(fresh)}`);
      // A hostile page's own alert() would block its load event: dismiss the page's dialogs (the popup's are tested separately).
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
      if (session.kind === 'firefox' && !/^https?:/.test(url)) {
        // Firefox's BiDi reports no load for privileged pages (about:…): fire and give it a moment.
        page.goto(url, { timeout: 10_000 }).catch(() => {});
        await new Promise((r) => setTimeout(r, 1_000));
      } else {
        await page.goto(url, { waitUntil: 'load' });
      }
      return { page, tabId: fresh[0]! };
    },
    badge: (tabId) =>
      evalApi(async (ext, tabId: number) => ({ text: await ext.action.getBadgeText({ tabId }), title: await ext.action.getTitle({ tabId }) }), tabId),
    async waitForBadge(tabId, text, timeout = 10_000) {
      // The background sets the badge's text and its title in parallel: a badge with text also has
      // its own title (not the default) once both have landed, so wait for both, not the text alone.
      const settled = (b: { text: string; title: string }): boolean => b.text === text && (text === '' || b.title !== 'Syndicated Reader');
      const deadline = Date.now() + timeout;
      let last = await driver.badge(tabId);
      while (!settled(last) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        last = await driver.badge(tabId);
      }
      if (!settled(last)) throw new Error(`badge of tab ${tabId} is ${JSON.stringify(last)}, expected text ${JSON.stringify(text)}`);
      return last;
    },
    tabState: (tabId) => driver.send('getTabState', { tabId }),
    async waitForTabState(tabId, timeout = 10_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const state = await driver.tabState(tabId);
        if (state) return state;
        if (Date.now() > deadline) throw new Error(`no detection was reported for tab ${tabId} within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async send<T>(type: string, data: unknown): Promise<T> {
      const answer = (await evalApi(async (ext, m: unknown) => ext.runtime.sendMessage(m), { type, data })) as { value?: T; error?: string } | undefined;
      if (!answer || answer.error !== undefined) throw new Error(answer?.error ?? `no answer to ${type}`);
      return answer.value as T;
    },
    async openPopupFor(tabId, setup) {
      const page = await session.browser.newPage();
      setup?.(page);
      await navigateToExtensionPage(session, page, `${session.baseUrl}popup.html?tabId=${tabId}`);
      await pollPage(page, () => document.body.dataset.done === '1', null, 30_000, 'the popup to finish');
      return page;
    },
  };
  return driver;
}

export interface PopupView {
  state: string;
  messageTitle: string;
  messageDetail: string;
  title: string;
  meta: string;
  body: string;
  copyright: string;
  source: string;
  lang: string;
  dir: string;
  feedback: string;
  renderMs: number | null;
  openMs: number | null;
  /** All visible text of the popup. */
  allText: string;
}

export function readPopup(page: Page): Promise<PopupView> {
  return page.evaluate(() => {
    const text = (id: string): string => document.getElementById(id)?.textContent?.trim() ?? '';
    const article = document.getElementById('article')!;
    const num = (v: string | undefined): number | null => (v === undefined ? null : Number(v));
    return {
      state: document.body.dataset.state ?? '',
      messageTitle: text('message-title'),
      messageDetail: text('message-detail'),
      title: text('title'),
      meta: Array.from(document.querySelectorAll('#attribution-card dt, #attribution-card dd, #meta dt, #meta dd')).map((n) => n.textContent).join(' | '),
      body: Array.from(document.querySelectorAll('#body p')).map((p) => p.textContent).join('\n\n'),
      copyright: text('copyright'),
      source: text('source'),
      lang: article.lang,
      dir: article.dir,
      feedback: text('feedback'),
      renderMs: num(document.body.dataset.renderMs),
      openMs: num(document.body.dataset.openMs),
      allText: document.body.innerText,
    };
  });
}

/** Copies dist/<target> to dist/test-<target> with extra host permissions (manifestFor's extraHostPermissions; tests only). */
export async function makeTestVariant(target: 'chrome' | 'firefox', hosts: string[]): Promise<string> {
  const { cpSync, writeFileSync } = await import('node:fs');
  const { manifestFor } = (await import(join(ROOT, 'build.mjs'))) as { manifestFor: (t: string, b: unknown, v: string, o: { extraHostPermissions: string[] }) => unknown };
  const from = join(DIST, target);
  const to = join(DIST, `test-${target}`);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(to, 'manifest.json'), `${JSON.stringify(manifestFor(target, base, version, { extraHostPermissions: hosts }), null, 2)}\n`);
  return to;
}

/**
 * What to do when a browser or the build is missing: skip with a message saying how to enable the
 * tests — except under CI, where a missing browser must fail the run, not quietly skip it.
 */
export function unavailable(kind: BrowserKind, extDir: string): string | null {
  const why = missingBrowser(kind) ?? missingBuild(extDir);
  if (why && !process.env.CI) console.warn(`[e2e] skipping the ${kind} tests: ${why}`);
  return why;
}

// ---------------------------------------------------------------------------------------------
// Watching extension pages for what a hostile page might make them do

/** Dialogs opened and requests made by the pages a watch is attached to. */
export interface PageWatch {
  dialogs: string[];
  requests: string[];
  /** Records `page`'s dialogs (dismissing them) and requests. */
  attach(page: Page): void;
  /** Requests for anything but the extension's own pages and `allowed` (e.g. the article's images). */
  foreign(baseUrl: string, allowed?: Set<string>): string[];
}

export function watchPages(): PageWatch {
  const w: PageWatch = {
    dialogs: [],
    requests: [],
    attach(page) {
      page.on('dialog', (d) => {
        w.dialogs.push(d.message());
        void d.dismiss().catch(() => {});
      });
      // resourceType() is not available over WebDriver BiDi: images are told apart by their URLs.
      page.on('request', (r) => w.requests.push(r.url()));
    },
    foreign: (baseUrl, allowed = new Set()) => w.requests.filter((u) => !u.startsWith(baseUrl) && !/^(?:about|data):/.test(u) && !allowed.has(u)),
  };
  return w;
}

/** What a payload would leave behind in a page it ran in. */
export const pwned = (page: Page): Promise<unknown> => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
