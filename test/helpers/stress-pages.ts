/**
 * Stress pages built from a whole fixture page (the seed): the same story and credit line, in a
 * page made huge, deeply nested or never still. Used by the limits unit test, the real-browser
 * suite and the benchmark, so all three measure the same pages.
 */
import { JSDOM } from 'jsdom';

/**
 * The page with a reader-comment thread after the article, grown until the HTML is at least
 * `minBytes` long and holds at least `minElements` elements: the shape of a story with a few
 * thousand comments (avatar, name, time, text, reply and vote buttons each), which is how real
 * article pages get this big.
 */
export function hugePage(html: string, { minBytes = 5_000_000, minElements = 100_000 } = {}): { html: string; bytes: number; elements: number } {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const article = doc.querySelector('article') ?? doc.querySelector('h1')?.parentElement ?? doc.body;
  const thread = doc.createElement('section');
  thread.className = 'reader-comments';
  thread.innerHTML = '<h2>Reader comments</h2><ol class="comment-list"></ol>';
  article.after(thread);
  const list = thread.querySelector('ol')!;
  const words = 'the a city report said officials would plan new week market price people think agree really never know why this that more'.split(' ');
  let seed = 7;
  const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const sentence = (n: number): string => Array.from({ length: n }, () => words[rand(words.length)]).join(' ');
  const baseBytes = html.length;
  let bytes = baseBytes;
  let elements = doc.getElementsByTagName('*').length;
  const parts: string[] = [];
  for (let i = 0; bytes < minBytes || elements < minElements; i++) {
    const comment =
      `<li class="comment" id="c${i}"><div class="comment-head"><img class="avatar" src="/avatars/${i % 50}.png" alt="" width="32" height="32">` +
      `<span class="author"><a href="/users/u${i}">reader${i}</a></span> <time datetime="2024-06-0${(i % 9) + 1}T12:00:00Z">${(i % 23) + 1} hours ago</time></div>` +
      `<div class="comment-body"><p>${sentence(25 + rand(40))}.</p><p>${sentence(10 + rand(30))}?</p></div>` +
      `<div class="comment-actions"><button class="reply">Reply</button><button class="vote up">▲ ${rand(90)}</button><button class="vote down">▼ ${rand(20)}</button>` +
      `<a class="permalink" href="#c${i}">Link</a><a class="flag" href="/flag/${i}">Report</a></div></li>`;
    parts.push(comment);
    bytes += comment.length;
    elements += comment.match(/<[a-z]/g)!.length;
  }
  list.innerHTML = parts.join('\n');
  const out = dom.serialize();
  return { html: out, bytes: Buffer.byteLength(out), elements: doc.getElementsByTagName('*').length };
}

/**
 * The page with its whole body wrapped in `depth` nested <div>s, written in the markup or (the
 * way a real page gets this deep in a browser) built by the page's own script: browsers' HTML
 * parsers stop nesting at a limit (Chromium's is 512) and put deeper elements side by side,
 * while jsdom's parser and a page's script have none.
 */
export function deepPage(html: string, depth = 3_000, how: 'markup' | 'script' = 'markup'): string {
  if (how === 'markup') {
    return html.replace(/<body([^>]*)>([\s\S]*)<\/body>/i, (_, attrs: string, inner: string) => `<body${attrs}>${'<div class="wrap">'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body>`);
  }
  const script = `<script>
document.addEventListener('DOMContentLoaded', function () {
  var inner = document.createElement('div');
  inner.className = 'wrap';
  while (document.body.firstChild) inner.appendChild(document.body.firstChild);
  var outer = inner;
  for (var i = 1; i < ${depth}; i++) { var w = document.createElement('div'); w.className = 'wrap'; w.appendChild(outer); outer = w; }
  document.body.appendChild(outer);
});
</script>`;
  return html.replace(/<\/head>/i, `${script}</head>`);
}

/**
 * The page with a script that never lets it be still: every 5 ms it adds an item to a live ticker
 * above the article (keeping the last 200), changes a counter inside the article, and swaps an
 * ad's text. Extraction must read a consistent snapshot and the tab must stay responsive.
 */
export function changingPage(html: string): string {
  const script = `<div id="live-ticker" class="ticker" aria-live="polite"></div>
<script>
(function () {
  var n = 0;
  var ticker = document.getElementById('live-ticker');
  var article = document.querySelector('article') || document.body;
  var counter = document.createElement('span');
  counter.className = 'live-count';
  article.insertBefore(counter, article.firstChild);
  window.__ticks = 0;
  setInterval(function () {
    n++;
    window.__ticks = n;
    var item = document.createElement('p');
    item.className = 'ticker-item';
    item.textContent = 'Breaking update number ' + n + ': markets move as traders watch the news.';
    ticker.appendChild(item);
    while (ticker.childNodes.length > 200) ticker.removeChild(ticker.firstChild);
    counter.textContent = n + ' readers now';
    var ad = document.querySelector('.ad, [class*="ad-"]');
    if (ad) ad.textContent = 'Advertisement ' + n;
  }, 5);
})();
</script>`;
  return html.replace(/<body([^>]*)>/i, (m) => `${m}\n${script}`);
}
