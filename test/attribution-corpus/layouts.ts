/**
 * Page layouts: the whole HTML of a page around one story. Each layout imitates a kind of site (ArcaMax's
 * three markups, a WordPress paper, a BLOX local paper, an Arc XP paper, a portal, AMP, a print page, a
 * science aggregator, a newsletter, a national outlet's own site) with its chrome: navigation, teasers,
 * ads, share bars, comments and the host's own footer copyright.
 */
import type { Credit } from './families.ts';
import type { FormId } from './bylines.ts';

export interface Site {
  host: string;
  /** og:site_name (and the expected publisher of its originals). */
  name: string;
  lang: string;
  /** Short key of the language, for chrome strings. */
  l: 'en' | 'es' | 'fr' | 'de';
  nav: string[];
}

export interface Teaser { title: string; href: string; snippet: string; credit: string | null }

export interface PageModel {
  id: string;
  site: Site;
  url: string;
  title: string;
  docTitle: string;
  description: string;
  /** article:section meta, or the ArcaMax "Published in" label. */
  section: string | null;
  /** ArcaMax category crumb ("Politics"). */
  category: string;
  iso: string;
  shortDate: string;
  longDate: string;
  time: string;
  /** Date and time as the date line prints them, in the site's language. */
  stamp: string;
  bylineLines: string[];
  bylineCarriesDate: boolean;
  provider: { name: string; href: string } | null;
  authors: string[];
  paragraphs: string[];
  credit: Credit | null;
  /** Lines printed between the body and the credit that are neither ("Provided by The Conversation"). */
  providedBy: string | null;
  figure: { src: string; alt: string; caption: string; credit: string } | null;
  sidebar: { title: string; byline: string } | null;
  teasers: Teaser[];
  comments: { user: string; text: string }[];
  footerNotes: string[];
  jsonld: Record<string, unknown> | null;
  /** Republication pixel URL, when the source asks for one. */
  pixel: string | null;
  num: number;
}

export interface Layout {
  id: string;
  sites: Site[];
  syndicated: boolean;
  originals: boolean;
  /** Byline forms this layout prints; null: any. */
  forms: FormId[] | null;
  url(site: Site, slug: string, num: number, ymd: [string, string, string], section: string): string;
  render(m: PageModel): string;
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const T = {
  en: { comments: 'Comments', more: 'More stories', read: '...Read more', share: 'Share', popular: 'Most Popular', related: 'Related', rights: 'All rights reserved.', newsletter: 'Get the morning newsletter' },
  es: { comments: 'Comentarios', more: 'Más noticias', read: 'Leer más', share: 'Compartir', popular: 'Lo más leído', related: 'Relacionado', rights: 'Todos los derechos reservados.', newsletter: 'Reciba nuestro boletín' },
  fr: { comments: 'Commentaires', more: 'À lire aussi', read: 'Lire la suite', share: 'Partager', popular: 'Les plus lus', related: 'Sur le même sujet', rights: 'Tous droits réservés.', newsletter: 'Recevez notre lettre' },
  de: { comments: 'Kommentare', more: 'Weitere Artikel', read: 'Weiterlesen', share: 'Teilen', popular: 'Meistgelesen', related: 'Mehr zum Thema', rights: 'Alle Rechte vorbehalten.', newsletter: 'Newsletter abonnieren' },
} as const;

const year = (m: PageModel): string => m.iso.slice(0, 4);

function head(m: PageModel, o: { canonical?: boolean | string; jsonld?: boolean; css: string[]; extra?: string }): string {
  const ld = o.jsonld !== false && m.jsonld ? `<script type="application/ld+json">${JSON.stringify(m.jsonld).replace(/</g, '\\u003c')}</script>\n` : '';
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.docTitle)}</title>
<meta name="description" content="${esc(m.description)}">
${o.canonical === false ? '' : `<link rel="canonical" href="${typeof o.canonical === 'string' ? o.canonical : m.url}">\n`}<meta property="og:type" content="article">
<meta property="og:title" content="${esc(m.title)}">
<meta property="og:url" content="${m.url}">
<meta property="og:site_name" content="${esc(m.site.name)}">
<meta property="og:image" content="https://${m.site.host}/images/${m.num}.jpg">
<meta property="article:published_time" content="${m.iso}">
${m.section && !m.site.host.includes('arcamax') ? `<meta property="article:section" content="${esc(m.section)}">\n` : ''}<meta name="twitter:card" content="summary_large_image">
${o.css.map((c) => `<link rel="stylesheet" href="${c}">`).join('\n')}
${ld}<script async src="https://www.googletagmanager.com/gtag/js?id=G-${(m.num * 7919).toString(36).toUpperCase()}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
${o.extra ?? ''}</head>`;
}

const paras = (m: PageModel, adAfter = 3): string =>
  m.paragraphs.map((p, i) => `<p>${esc(p)}</p>${i === adAfter - 1 ? `\n<div id="div-gpt-ad-${1700000000000 + m.num}-0" class="ad-slot" style="min-height:250px"></div>` : ''}`).join('\n');

/** The credit block(s) at the end of the body. */
function creditHtml(m: PageModel, tag = 'p'): string {
  const c = m.credit;
  const rule = c?.rule ? `<${tag}>_____</${tag}>\n` : '';
  const provided = m.providedBy ? `<div class="provided">${esc(m.providedBy)}</div>\n` : '';
  if (!c) return provided;
  const body = c.joiner === 'one' ? `<${tag}>${esc(c.pieces[0]!)}</${tag}>`
    : c.joiner === 'br' ? `<${tag}>${c.pieces.map(esc).join('<br>\n')}</${tag}>`
      : c.pieces.map((x) => `<${tag}>${esc(x)}</${tag}>`).join('\n');
  const pixel = m.pixel ? `\n<img src="${m.pixel}" alt="" width="1" height="1" style="border:none!important;box-shadow:none!important;margin:0!important;max-height:1px!important;max-width:1px!important;min-height:1px!important;min-width:1px!important;opacity:0!important;outline:none!important;padding:0!important" referrerpolicy="no-referrer-when-downgrade">` : '';
  return `${provided}${rule}${body}${pixel}`;
}

function figure(m: PageModel, cls = 'lead-art'): string {
  if (!m.figure) return '';
  const f = m.figure;
  return `<figure class="${cls}"><img src="${f.src}" alt="${esc(f.alt)}" width="1200" height="800"><figcaption>${esc(f.caption)} <span class="photo-credit">${esc(f.credit)}</span></figcaption></figure>`;
}

function sidebar(m: PageModel): string {
  if (!m.sidebar) return '';
  return `<aside class="story-box"><h4>${T[m.site.l].related}</h4><p class="box-head"><a href="/${m.num + 11}/">${esc(m.sidebar.title)}</a></p><p class="box-by">${esc(m.sidebar.byline)}</p></aside>`;
}

function teasers(m: PageModel, readMore: boolean, wrap: 'div' | 'li' = 'div'): string {
  return m.teasers.map((t) => {
    const snippet = `${esc(t.snippet)}${t.credit ? ` <span class="teaser-credit">${esc(t.credit)}</span>` : ''}${readMore ? ` <a class="more" href="${t.href}">${T[m.site.l].read}</a>` : ''}`;
    return wrap === 'li' ? `<li><a href="${t.href}">${esc(t.title)}</a><p>${snippet}</p></li>` : `<div class="teaser"><h4><a href="${t.href}">${esc(t.title)}</a></h4><p>${snippet}</p></div>`;
  }).join('\n');
}

function comments(m: PageModel): string {
  if (!m.comments.length) return '';
  return `<ol class="comment-list">${m.comments.map((c, i) => `<li class="comment" id="comment-${m.num}${i}"><div class="comment-author">${esc(c.user)}</div><div class="comment-body"><p>${esc(c.text)}</p></div></li>`).join('')}</ol>`;
}

const share = (m: PageModel): string => {
  const u = encodeURIComponent(m.url);
  return `<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=${u}">Facebook</a> <a href="https://twitter.com/intent/tweet?url=${u}">X</a> <a href="mailto:?subject=${encodeURIComponent(m.title)}&amp;body=${u}">Email</a> <a href="javascript:window.print()">Print</a></div>`;
};

const footerLine = (m: PageModel): string => `© ${year(m)} ${esc(m.site.name)}. ${T[m.site.l].rights}`;
const notes = (m: PageModel): string => m.footerNotes.map((n) => `<p class="legal-note">${esc(n)}</p>`).join('');
const navList = (m: PageModel): string => m.site.nav.map((n) => `<li><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}/">${esc(n)}</a></li>`).join('');
const bylineLines = (m: PageModel, tag: string, cls: string[] = []): string =>
  m.bylineLines.map((l, i) => `<${tag}${cls[i] ? ` class="${cls[i]}"` : ''}>${esc(l)}</${tag}>`).join('\n');
const dateLine = (m: PageModel, text: string): string => (m.bylineCarriesDate ? '' : `<time datetime="${m.iso}">${esc(text)}</time>`);

const ARCAMAX_SITE: Site = { host: 'www.arcamax.com', name: 'ArcaMax', lang: 'en', l: 'en', nav: ['News', 'Politics', 'Entertainment', 'Comics', 'Puzzles', 'Health & Spirit', 'Home & Leisure', 'Sports'] };
const arcUrl = (_s: Site, _slug: string, num: number, _ymd: [string, string, string], section: string): string => {
  const path = section === 'Opinion' ? 'politics/fromthenewspaper' : section === 'Business' ? 'business/businessnews' : section === 'Health' ? 'healthandspirit/health/healthnews' : 'currentnews/newsheadlines';
  return `https://www.arcamax.com/${path}/s-${3400000 + num * 37}`;
};
/** ArcaMax prints no "By" and puts the date after " on ". */
const arcByline = (m: PageModel): string[] => {
  if (m.bylineCarriesDate) return m.bylineLines;
  const first = m.bylineLines[0]!.replace(/^By /, '');
  return [`${first} on ${m.shortDate}`, ...m.bylineLines.slice(1)];
};
const disqus = (m: PageModel): string => `<div id="disqus_thread"></div>
<script>var disqus_config=function(){this.page.url="${m.url}";this.page.identifier="s-${m.num}";};(function(){var d=document,s=d.createElement('script');s.src='https://arcamax.disqus.com/embed.js';(d.head||d.body).appendChild(s);})();</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
<a href="http://disqus.com" class="dsq-brlink">blog comments powered by <span class="logo-disqus">Disqus</span></a>`;
const arcFooter = (m: PageModel): string => `<a href="/about">About</a> | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a> | <a href="/contact">Contact</a><br>Copyright ${year(m)} ArcaMax Publishing, Inc. All rights reserved.${notes(m)}`;
const adsense = (slot: number): string => `<ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-4830918726652711" data-ad-slot="${slot}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>`;

const arcamaxTable: Layout = {
  id: 'arcamax-table', sites: [ARCAMAX_SITE], syndicated: true, originals: false,
  forms: ['arcamax-on', 'on-next', 'names-and', 'tns-place', 'tns-slash', 'plain', 'agency-only'],
  url: arcUrl,
  render: (m) => `<!DOCTYPE html>
<html lang="en">
${head(m, { canonical: false, jsonld: false, css: ['/css/legacy.css?v=3'], extra: '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>\n' })}
<body bgcolor="#ffffff">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td id="top"><a href="/"><img src="/images/arcamax-logo.gif" alt="ArcaMax" width="190" height="48"></a></td>
<td><div id="nav" role="navigation">${m.site.nav.map((n) => `<a href="/${n.toLowerCase().replace(/[^a-z]+/g, '')}">${esc(n)}</a>`).join(' | ')}</div></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="col1" valign="top" width="160"><div class="lnk"><a href="/currentnews">Current News</a><br><a href="/politics/opeds">Op Eds</a><br><a href="/politics/fromtheleft">From the Left</a><br><a href="/politics/fromtheright">From the Right</a></div></td>
<td id="col2" valign="top">
<table width="100%"><tr><td><div class="crumbs"><a href="/${m.category.toLowerCase()}">/${esc(m.category)}</a> <a href="/">/ArcaMax</a></div>
<h2>${esc(m.title)}</h2>
${arcByline(m).map((l) => `<p>${esc(l)}</p>`).join('\n')}
<p>Published in <a href="/newsandfeatures">${esc(m.section ?? '')}</a></p>
</td></tr>
<tr><td>${figure(m)}</td></tr>
<tr><td><div class="txt">
${paras(m)}
${creditHtml(m)}
</div></td></tr></table>
${sidebar(m)}
<div class="sharing">${share(m)}</div>
<h3>${T.en.comments}</h3>
${disqus(m)}
${comments(m)}
<table width="100%"><tr><td><b>${T.en.more}</b></td></tr><tr><td>${teasers(m, true)}</td></tr></table>
</td>
<td id="col3" valign="top" width="300">${adsense(5518207731)}<div class="pop"><b>Popular Stories</b><br><a href="/currentnews/newsheadlines/s-1">Today's top stories</a></div></td>
</tr></table>
<table width="100%"><tr><td id="foot" align="center" role="contentinfo">${arcFooter(m)}</td></tr></table>
</body>
</html>`,
};

const arcamaxDiv: Layout = {
  id: 'arcamax-div', sites: [ARCAMAX_SITE], syndicated: true, originals: false,
  forms: ['arcamax-on', 'on-next', 'names-and', 'tns-place', 'tns-slash', 'plain', 'agency-only'],
  url: arcUrl,
  render: (m) => `<!DOCTYPE html>
<html lang="en">
${head(m, { canonical: false, jsonld: false, css: ['/css/arcamax.min.css?v=24.2'] })}
<body class="news">
<div id="hdr"><div class="logo"><a href="/"><img src="/images/arcamax-logo-2x.png" alt="ArcaMax"></a></div>
<nav id="menu"><ul>${navList(m)}</ul></nav></div>
<div id="wrap"><div id="col2">
<div class="crumbs"><a href="/${m.category.toLowerCase()}">/${esc(m.category)}</a><br><a href="/">/ArcaMax</a></div>
<div class="hl"><h1>${esc(m.title)}</h1></div>
<div class="info">${arcByline(m).map((l) => `<span>${esc(l)}</span>`).join('<br>')}</div>
<div class="pubin">Published in <a href="/newsandfeatures">${esc(m.section ?? '')}</a></div>
${share(m)}
${figure(m)}
<div class="txt">
${paras(m, 4)}
${creditHtml(m)}
</div>
${sidebar(m)}
<div class="cmts"><h3>${T.en.comments}</h3>${disqus(m)}${comments(m)}</div>
<div class="more"><h3>${T.en.more}</h3>${teasers(m, true)}</div>
</div>
<div id="col3">${adsense(7731204455)}</div></div>
<footer id="ftr">${arcFooter(m)}</footer>
</body>
</html>`,
};

const arcamaxSemantic: Layout = {
  id: 'arcamax-semantic', sites: [ARCAMAX_SITE], syndicated: true, originals: false,
  forms: ['arcamax-on', 'on-next', 'names-and', 'tns-place', 'tns-slash', 'plain', 'agency-only'],
  url: arcUrl,
  render: (m) => `<!DOCTYPE html>
<html lang="en">
${head(m, { canonical: false, jsonld: false, css: ['/css/arcamax.min.css?v=24.11.2', '/css/news.min.css?v=24.11.2'] })}
<body class="news story">
<header class="site-header"><a class="logo" href="/"><img src="/images/arcamax-logo-2x.png" alt="ArcaMax" width="190" height="48"></a>
<nav class="main-nav" aria-label="Sections"><ul>${navList(m)}</ul></nav></header>
<div class="page"><main id="content">
<article class="story">
<header class="fn-content-header"><h2><span>${esc(m.category)}</span></h2><div class="crumbs"><a href="/${m.category.toLowerCase()}/">/${esc(m.category)}</a><br><a href="/">/ArcaMax</a></div></header>
<h1 class="story-title">${esc(m.title)}</h1>
<div class="story-info">${arcByline(m).map((l) => `<span>${esc(l)}</span>`).join(' ')}</div>
<div class="pub-in">Published in <a href="/newsandfeatures/">${esc(m.section ?? '')}</a></div>
${share(m)}
${figure(m)}
<div class="story-body">
${paras(m)}
${creditHtml(m)}
</div>
</article>
${sidebar(m)}
<section class="comments" id="comments"><h3>${T.en.comments}</h3>${disqus(m)}${comments(m)}</section>
<section class="more-stories"><h3>${T.en.more}</h3>${teasers(m, true)}</section>
</main>
<aside class="rail"><div class="ad-rail">${adsense(7731204456)}</div></aside></div>
<footer class="site-footer">${arcFooter(m)}</footer>
</body>
</html>`,
};

const wordpress: Layout = {
  id: 'wordpress', syndicated: true, originals: true, forms: null,
  sites: [
    { host: 'www.theledger.com', name: 'The Ledger', lang: 'en-US', l: 'en', nav: ['News', 'Sports', 'Business', 'Opinion', 'Obituaries', 'e-Edition'] },
    { host: 'www.courrierdulac.ca', name: 'Le Courrier du Lac', lang: 'fr-CA', l: 'fr', nav: ['Actualités', 'Société', 'Économie', 'Sports', 'Culture'] },
  ],
  url: (s, slug, _n, [y, mo, d]) => `https://${s.host}/${y}/${mo}/${d}/${slug}/`,
  render: (m) => `<!doctype html>
<html lang="${m.site.lang}">
${head(m, { css: [`https://${m.site.host}/wp-content/themes/newspack-theme/style.css?ver=2.4.1`, `https://${m.site.host}/wp-includes/css/dist/block-library/style.min.css`] })}
<body class="post-template-default single single-post postid-${m.num} single-format-standard">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://${m.site.host}/" class="custom-logo-link"><img src="https://${m.site.host}/wp-content/uploads/logo.png" alt="${esc(m.site.name)}"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">${navList(m)}</ul></nav>
<div id="div-gpt-ad-leaderboard" class="dfp-ad"></div></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${m.num}" class="post-${m.num} post type-post status-publish">
<header class="entry-header"><span class="cat-links"><a href="/category/${(m.section ?? 'news').toLowerCase()}/">${esc(m.section ?? 'News')}</a></span>
<h1 class="entry-title">${esc(m.title)}</h1>
<div class="entry-meta">${bylineLines(m, 'span', ['author vcard', 'author-org'])} <span class="posted-on">${dateLine(m, m.stamp)}</span></div></header>
${share(m)}
${figure(m, 'post-thumbnail')}
<div class="entry-content">
${paras(m)}
${creditHtml(m)}
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/local/">local</a></span></footer>
</article>
${sidebar(m)}
<div class="newsletter"><h3>${T[m.site.l].newsletter}</h3><form action="/subscribe" method="post"><input type="email" name="email" aria-label="Email"><button>OK</button></form></div>
<section class="jp-relatedposts"><h3>${T[m.site.l].related}</h3>${teasers(m, false)}</section>
<div id="comments" class="comments-area"><h2 class="comments-title">${T[m.site.l].comments}</h2>${comments(m)}</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">${T[m.site.l].popular}</h2><ul><li><a href="/news/">News</a></li></ul></section><div id="div-gpt-ad-sidebar" class="dfp-ad"></div></aside></div>
<footer id="colophon" class="site-footer"><nav class="footer-navigation"><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul></nav>
<div class="site-info">${footerLine(m)}${notes(m)}</div></footer>
<script src="https://${m.site.host}/wp-content/themes/newspack-theme/js/menu.js"></script>
</body>
</html>`,
};

const blox: Layout = {
  id: 'blox', syndicated: true, originals: true, forms: null,
  sites: [
    { host: 'www.cedarvalleytimes.com', name: 'Cedar Valley Times', lang: 'en-US', l: 'en', nav: ['News', 'Local', 'Sports', 'Obituaries', 'Opinion', 'Classifieds'] },
    { host: 'www.lavozdelvalle.com', name: 'La Voz del Valle', lang: 'es', l: 'es', nav: ['Noticias', 'Comunidad', 'Deportes', 'Educación', 'Opinión'] },
  ],
  url: (s, _slug, n) => `https://${s.host}/news/local/article_${uuid(n)}.html`,
  render: (m) => `<!DOCTYPE html>
<html lang="${m.site.lang}">
${head(m, { css: ['https://bloximages.chicago2.vip.townnews.com/static/css/blox.min.css', `https://${m.site.host}/shared-content/art/site.css`] })}
<body class="asset-article">
<div id="site-top-nav-container"><nav id="site-top-nav" class="navbar" aria-label="Main"><ul class="nav navbar-nav">${navList(m)}</ul></nav></div>
<div id="site-header"><a href="/" class="logo"><img src="https://bloximages.townnews.com/${m.site.host}/logo.png" alt="${esc(m.site.name)}"></a></div>
<div id="tncms-region-global-container-top" class="tncms-region"><div class="tnt-ads" id="tncms-block-${m.num}"></div></div>
<div id="main-page-container"><div class="row"><div class="col-md-8">
<article class="tnt-asset-type-article" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header"><div class="asset-section"><a href="/news/local/">${esc(m.section ?? 'Local')}</a></div>
<h1 class="headline"><span class="tnt-headline">${esc(m.title)}</span></h1>
<ul class="list-inline"><li class="asset-byline">${bylineLines(m, 'span', ['tnt-byline', 'tnt-byline-org'])}</li><li>${dateLine(m, m.shortDate)}</li></ul></header>
${share(m)}
${figure(m, 'photo')}
<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body">
${paras(m)}
${creditHtml(m)}
</div></div>
</article>
${sidebar(m)}
<div class="asset-comments"><h3>${T[m.site.l].comments}</h3>${comments(m)}</div>
<div class="tnt-related"><h3>${T[m.site.l].more}</h3><ul>${teasers(m, false, 'li')}</ul></div>
</div><div class="col-md-4"><div class="tnt-ads"><div id="div-gpt-ad-rail-${m.num}"></div></div></div></div></div>
<footer id="site-footer-container"><div class="footer-links"><a href="/site/about.html">About Us</a> <a href="/site/privacy.html">Privacy</a> <a href="/site/terms.html">Terms</a></div>
<div class="copyright">${footerLine(m)} Powered by BLOX Content Management System from TownNews.com.${notes(m)}</div></footer>
<script src="https://bloximages.townnews.com/static/js/blox.min.js"></script>
</body>
</html>`,
};

const arcxp: Layout = {
  id: 'arcxp', syndicated: true, originals: true, forms: null,
  sites: [
    { host: 'www.baltimoresun.com', name: 'The Baltimore Sun', lang: 'en', l: 'en', nav: ['News', 'Sports', 'Business', 'Opinion', 'Things To Do', 'Obituaries'] },
    { host: 'www.rheintal-bote.de', name: 'Rheintal-Bote', lang: 'de-DE', l: 'de', nav: ['Region', 'Politik', 'Wirtschaft', 'Sport', 'Kultur'] },
  ],
  url: (s, slug, n, [y, mo, d]) => `https://${s.host}/${y}/${mo}/${d}/${slug}-${(n * 104729).toString(36)}/`,
  render: (m) => `<!DOCTYPE html>
<html lang="${m.site.lang}">
${head(m, { css: [`https://${m.site.host}/pf/resources/styles/default.css?d=812`], extra: `<script id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="${m.site.host.split('.')[1]}";</script>\n` })}
<body>
<div id="fusion-app" class="layout-section">
<header class="b-header"><a class="b-logo" href="/"><img src="https://${m.site.host}/pf/resources/images/logo.svg" alt="${esc(m.site.name)}"></a>
<nav class="b-header-nav" aria-label="Sections Menu"><ul>${navList(m)}</ul></nav></header>
<div class="b-ad" id="arcad-top-${m.num}"></div>
<main class="b-main">
<article class="b-article">
<div class="b-overline"><a href="/news/">${esc(m.section ?? 'News')}</a></div>
<h1 class="b-headline">${esc(m.title)}</h1>
<div class="b-byline">${bylineLines(m, 'div')}</div>
<div class="b-date">${dateLine(m, m.stamp)}</div>
${share(m)}
${figure(m, 'b-lead-art')}
<div class="b-article-body">
${m.paragraphs.map((p, i) => `<p class="c-paragraph">${esc(p)}</p>${i === 2 ? `<div class="arcad" id="arcad-inline-${m.num}"></div>` : ''}`).join('\n')}
${creditHtml(m).replace(/<p>/g, '<p class="c-paragraph">')}
</div>
</article>
${sidebar(m)}
<section class="b-top-table-list"><h2>${T[m.site.l].more}</h2>${teasers(m, false)}</section>
<section class="b-comments"><h2>${T[m.site.l].comments}</h2>${comments(m)}</section>
</main>
<footer class="b-footer"><nav aria-label="Footer"><a href="/about/">About</a> <a href="/privacy-policy/">Privacy</a> <a href="/terms/">Terms</a></nav><p>${footerLine(m)}</p>${notes(m)}</footer>
</div>
<script src="https://${m.site.host}/pf/dist/engine/react.js?d=812" defer></script>
</body>
</html>`,
};

const portal: Layout = {
  id: 'portal', syndicated: true, originals: true, forms: ['provider-label', 'plain'],
  sites: [{ host: 'news.yahoo.com', name: 'Yahoo News', lang: 'en-US', l: 'en', nav: ['News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Shopping'] }],
  url: (s, slug, n) => `https://${s.host}/${slug}-${(93512345 + n * 31).toString()}.html`,
  render: (m) => `<!DOCTYPE html>
<html lang="${m.site.lang}" class="yahoo">
${head(m, { css: ['https://s.yimg.com/cv/apiv2/default/caas.min.css'] })}
<body>
<header id="ybar"><a id="ybar-logo" href="https://www.yahoo.com/"><img src="https://s.yimg.com/rz/p/yahoo_news_logo.png" alt="Yahoo News"></a>
<nav id="ybar-navigation" aria-label="Yahoo"><ul>${navList(m)}</ul></nav><a class="signin" href="/login">Sign in</a></header>
<div id="div-gpt-ad-top" class="ad ad-top"></div>
<div class="layout"><main id="Main" role="main"><div class="caas-container">
<article class="caas-body-wrapper">
<header class="caas-title-wrapper"><h1 data-test-locator="headline">${esc(m.title)}</h1></header>
<div class="caas-attr"><div class="caas-attr-meta">${m.provider ? `<span class="caas-attr-provider"><a class="caas-attr-provider-logo" href="${m.provider.href}" aria-label="${esc(m.provider.name)}"><img src="https://s.yimg.com/cv/provider/${m.num}.png" alt="${esc(m.provider.name)}"></a> <span class="provider-name">${esc(m.provider.name)}</span></span>` : ''}
<div class="caas-attr-item-author">${bylineLines(m, 'span', ['caas-author-byline-collapse'])}</div>
<div class="caas-attr-time-style">${dateLine(m, `${m.shortDate}, ${m.time}`)} · 4 min read</div></div></div>
${share(m)}
${figure(m, 'caas-figure')}
<div class="caas-body">
${paras(m, 99)}
${creditHtml(m)}
</div>
</article>
${sidebar(m)}
<div class="caas-readmore"><h3>${T.en.more}</h3><ul>${teasers(m, false, 'li')}</ul></div>
<div class="caas-comments"><h3>${T.en.comments}</h3>${comments(m)}</div>
</div></main>
<aside class="rail"><section class="most-read"><h2>Trending</h2><ol><li><a href="/topic/weather/">Weather</a></li><li><a href="/topic/markets/">Markets</a></li></ol></section><div id="div-gpt-ad-rail" class="ad ad-rail"></div></aside></div>
<footer class="site-footer"><nav><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></nav><p class="legal">© ${year(m)} Yahoo. ${T.en.rights}</p>${notes(m)}</footer>
<script src="https://s.yimg.com/aaq/caas/bundle.js" defer></script>
</body>
</html>`,
};

const amp: Layout = {
  id: 'amp', syndicated: true, originals: true, forms: null,
  sites: [{ host: 'www.riverbendherald.com', name: 'The Riverbend Herald', lang: 'en', l: 'en', nav: ['News', 'Sports', 'Business', 'Opinion', 'Weather'] }],
  url: (s, slug, n) => `https://${s.host}/amp/news/${slug}-${n}`,
  render: (m) => `<!doctype html>
<html ⚡ lang="${m.site.lang}">
${head(m, { canonical: m.url.replace('/amp/', '/'), css: [], extra: `<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-custom>body{font-family:Georgia,serif}.byline{color:#555}</style>
<style amp-boilerplate>body{visibility:hidden}</style>
` }).replace(/<script async src="https:\/\/www\.googletagmanager[^\n]*\n<script>window\.dataLayer[^\n]*\n/, '')}
<body>
<header class="amp-header"><a href="/"><amp-img src="https://${m.site.host}/logo.png" width="200" height="40" alt="${esc(m.site.name)}"></amp-img></a>
<nav class="amp-menu" aria-label="Menu"><ul>${navList(m)}</ul></nav></header>
<article class="amp-article">
<h1>${esc(m.title)}</h1>
<div class="byline">${bylineLines(m, 'span')} ${dateLine(m, m.longDate)}</div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>
${m.figure ? figure(m).replace(/<img ([^>]*)>/, '<amp-img $1 layout="responsive"></amp-img>') : ''}
<div class="article-body">
${m.paragraphs.map((p, i) => `<p>${esc(p)}</p>${i === 2 ? '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_article"></amp-ad>' : ''}`).join('\n')}
${creditHtml(m)}
</div>
</article>
${sidebar(m)}
<section class="amp-related"><h3>${T.en.more}</h3>${teasers(m, false)}</section>
<section class="amp-comments"><h3>${T.en.comments}</h3>${comments(m)}</section>
<footer class="amp-footer"><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a><p>${footerLine(m)}</p>${notes(m)}</footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-RIVER"}}</script></amp-analytics>
</body>
</html>`,
};

const print: Layout = {
  id: 'print', syndicated: true, originals: true, forms: null,
  sites: [{ host: 'www.northfieldnewstribune.com', name: 'Northfield News-Tribune', lang: 'en-US', l: 'en', nav: ['Back to article', 'Print this page', 'Home'] }],
  url: (s, slug, n) => `https://${s.host}/news/${slug}/article_${n}.html?mode=print`,
  render: (m) => `<!DOCTYPE html>
<html lang="${m.site.lang}">
${head(m, { jsonld: false, css: [`https://${m.site.host}/css/print.css`], extra: '<meta name="robots" content="noindex">\n' })}
<body class="print-view" onload="window.print()">
<nav class="print-tools" aria-label="Print tools"><ul>${navList(m)}</ul></nav>
<div class="print-masthead"><img src="https://${m.site.host}/print-logo.png" alt="${esc(m.site.name)}"></div>
<div class="print-article">
<h1>${esc(m.title)}</h1>
<div class="print-byline">${bylineLines(m, 'div')}</div>
<div class="print-date">${dateLine(m, m.longDate)}</div>
${figure(m)}
<div class="print-body">
${paras(m, 99)}
${creditHtml(m)}
</div>
</div>
${sidebar(m)}
<div class="print-more"><h3>${T.en.more}</h3><ul>${teasers(m, false, 'li')}</ul></div>
${m.comments.length ? `<div class="print-comments"><h3>${T.en.comments}</h3>${comments(m)}</div>` : ''}
<footer class="print-footer"><p>${footerLine(m)}</p><p>URL: ${m.url}</p>${notes(m)}</footer>
</body>
</html>`,
};

const science: Layout = {
  id: 'science', syndicated: true, originals: true, forms: ['by-comma', 'plain', 'names-and'],
  sites: [{ host: 'phys.org', name: 'Phys.org', lang: 'en', l: 'en', nav: ['Nanotechnology', 'Physics', 'Earth', 'Astronomy & Space', 'Chemistry', 'Biology', 'Other Sciences'] }],
  url: (s, slug, n, [y, mo]) => `https://${s.host}/news/${y}-${mo}-${slug}-${n}.html`,
  render: (m) => `<!DOCTYPE html>
<html lang="en">
${head(m, { css: ['https://phys.b-cdn.net/css/style.min.css?v=5'] })}
<body>
<header class="header"><a href="/" class="logo"><img src="https://phys.b-cdn.net/img/physorg-logo.svg" alt="Phys.org"></a>
<nav class="nav-main" aria-label="Topics"><ul>${navList(m)}</ul></nav></header>
<main class="container"><div class="row"><div class="col-lg-8">
<article class="news-article">
<div class="article__info"><p class="article__info-item">${dateLine(m, m.longDate)}</p></div>
<h1 class="text-extra-large">${esc(m.title)}</h1>
<p class="article-byline">${esc(m.bylineLines.map((l) => l.replace(/^By /, 'by ')).join(' '))}</p>
${share(m)}
${figure(m, 'article-img')}
<div class="article-main">
${paras(m)}
${creditHtml(m)}
<div class="article-main__more"><p><strong>Citation</strong>: ${esc(m.title)} (${year(m)}, ${m.longDate.replace(/, \d{4}$/, '')}) retrieved 2 December ${year(m)} from ${m.url}</p>
<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</p></div>
</div>
</article>
${sidebar(m)}
<section class="related"><h3>Explore further</h3>${teasers(m, false)}</section>
<section class="comments"><h3>${T.en.comments}</h3>${comments(m)}</section>
</div><div class="col-lg-4"><div id="div-gpt-ad-phys-rail"></div></div></div></main>
<footer class="footer"><p>© Phys.org 2003 - ${year(m)} powered by Science X Network</p>${notes(m)}</footer>
</body>
</html>`,
};

const newsletter: Layout = {
  id: 'newsletter', syndicated: true, originals: true, forms: ['by-comma', 'plain', 'names-and'],
  sites: [{ host: 'lakeshoredispatch.substack.com', name: 'The Lakeshore Dispatch', lang: 'en', l: 'en', nav: ['Home', 'Archive', 'About', 'Subscribe'] }],
  url: (s, slug, n) => `https://${s.host}/p/${slug}-${n}`,
  render: (m) => `<!DOCTYPE html>
<html lang="en">
${head(m, { css: ['https://substackcdn.com/bundle/theme/main.css'] })}
<body class="post-page">
<div class="topbar"><a class="navbar-title" href="/">${esc(m.site.name)}</a><nav class="navbar-buttons" aria-label="Publication"><ul>${navList(m)}</ul></nav></div>
<main class="main"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">${esc(m.title)}</h1><h3 class="subtitle">${esc(m.description)}</h3>
<div class="post-meta">${bylineLines(m, 'div', ['profile-hover-card-target'])}<div class="post-date">${dateLine(m, m.shortDate)}</div></div></div>
${share(m)}
${figure(m, 'captioned-image-container')}
<div class="available-content"><div class="body markup" dir="auto">
${paras(m, 99)}
${creditHtml(m)}
</div></div>
<div class="subscription-widget"><p>Thanks for reading! Subscribe for free to receive new posts.</p><form action="/api/v1/free"><input type="email" name="email" aria-label="Email"><button>Subscribe</button></form></div>
</article>
${sidebar(m)}
<section class="post-footer-recommendations"><h3>Recent posts</h3>${teasers(m, false)}</section>
<section class="comments-section"><h3>Discussion</h3>${comments(m)}</section></main>
<footer class="footer"><p>${footerLine(m)}</p><p>Substack is the home for great culture</p>${notes(m)}</footer>
<script src="https://substackcdn.com/bundle/static/js/main.js" defer></script>
</body>
</html>`,
};

const national: Layout = {
  id: 'national', syndicated: false, originals: true, forms: ['by-comma', 'ap-caps', 'agency-only', 'plain', 'names-and'],
  sites: [
    { host: 'www.cnn.com', name: 'CNN', lang: 'en', l: 'en', nav: ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Sports'] },
    { host: 'apnews.com', name: 'The Associated Press', lang: 'en', l: 'en', nav: ['World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science'] },
  ],
  url: (s, slug, n, [y, mo, d]) => (s.host === 'www.cnn.com' ? `https://${s.host}/${y}/${mo}/${d}/business/${slug}/index.html` : `https://${s.host}/article/${slug}-${(n * 2654435761 >>> 0).toString(16)}`),
  render: (m) => `<!DOCTYPE html>
<html lang="en" data-layout-uri="article">
${head(m, { css: [`https://${m.site.host}/static/css/article.css?v=4`] })}
<body class="layout--article">
<header class="header"><a class="brand-logo" href="/"><img src="https://${m.site.host}/static/logo.svg" alt="${esc(m.site.name)}"></a>
<nav class="header__nav" aria-label="Main"><ul>${navList(m)}</ul></nav></header>
<div class="ad-slot-header" id="div-gpt-ad-header-${m.num}"></div>
<main class="article__main">
<div class="headline"><h1 class="headline__text">${esc(m.title)}</h1>
<div class="byline">${bylineLines(m, 'div', ['byline__names'])}</div>
<div class="timestamp">${dateLine(m, `Published ${m.time}, ${m.longDate}`)}</div></div>
${share(m)}
${figure(m, 'image__lede')}
<div class="article__content">
${m.paragraphs.map((p) => `<p class="paragraph">${esc(p)}</p>`).join('\n')}
${creditHtml(m)}
</div>
${sidebar(m)}
<section class="related-content"><h2>${T.en.more}</h2>${teasers(m, false)}</section>
<section class="comments"><h2>${T.en.comments}</h2>${comments(m)}</section>
</main>
<footer class="footer"><nav aria-label="Footer"><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a></nav><p>${m.site.host === 'apnews.com' ? `Copyright ${year(m)} The Associated Press. All Rights Reserved.` : `© ${year(m)} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.`}</p>${notes(m)}</footer>
</body>
</html>`,
};

export const LAYOUTS: Layout[] = [arcamaxTable, arcamaxDiv, arcamaxSemantic, wordpress, blox, arcxp, portal, amp, print, science, newsletter, national];

/** A deterministic UUID-looking id (BLOX article URLs). */
export function uuid(n: number): string {
  let h = (n * 2654435761) >>> 0;
  let s = '';
  for (let i = 0; i < 32; i++) {
    h = (h ^ (h << 13)) >>> 0; h = (h ^ (h >>> 17)) >>> 0; h = (h ^ (h << 5)) >>> 0;
    s += (h & 15).toString(16);
  }
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}
