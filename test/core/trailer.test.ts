/**
 * The trailer split on Readability-shaped bodies: what closes a story (a wire's end mark, its
 * time stamp, the credit line) leaves the body; the story's own lines stay, wherever a
 * credit-like line sits.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { splitTrailer } from '../../src/core/trailer.ts';

const STORY = [
  'Copper prices climbed to their highest level in three months on Tuesday as traders bet on more stimulus from Beijing.',
  'Three-month copper on the London Metal Exchange rose 1.8% to $10,012 a metric ton in morning trading.',
  'China consumes about half the world’s refined copper, and investors have been watching for signs of demand.',
  'Inventories in Shanghai warehouses fell for a fifth straight week, another sign that buyers were returning.',
  'Aluminum, zinc and nickel also rose in London, while gold slipped as the dollar strengthened.',
];
const CREDIT = 'Copyright (c) 2024 Dow Jones & Company, Inc.';

function body(html: string): Element {
  return new JSDOM(`<div id="readability-page-1" class="page"><div>${html}</div></div>`).window.document.getElementById('readability-page-1')!;
}
const paragraphs = (el: Element): string[] => Array.from(el.querySelectorAll('p')).map((p) => p.textContent ?? '');

describe('splitTrailer', () => {
  it('reads an old table layout’s header and trailer lines split by <br> beside the story’s paragraphs', () => {
    // The headline, byline and date are inline runs in the story's container, before a run that
    // holds the paragraphs; after the credit, a comments label is a run too.
    const el = body(
      '<span><b>Copper rallies on China hopes</b></span><br><img src="/spacer.gif" alt=""><br><span><b>By Jane Doe</b><br><i>Dow Jones Newswires</i></span><br>' +
        '<span>Published: March 17, 2009 9:41 AM EDT</span><br>' +
        `<span>${STORY.map((t) => `<p>${t}</p>`).join('')}<p>${CREDIT}</p></span><br><span><b>Reader Comments (2)</b></span><br>` +
        '<table><tr><td>pemcoguy wrote on 3/17/2009: Good advice.</td></tr></table>',
    );
    splitTrailer(el, { title: 'Copper rallies on China hopes', bylineText: 'By Jane Doe', creditPieces: [CREDIT], providerText: 'Dow Jones Newswires' });
    expect(paragraphs(el)).toEqual(STORY);
    expect(el.textContent).not.toMatch(/Copper rallies|Jane Doe|Published|Reader Comments|pemcoguy/);
  });

  it('reads the byline and section lines under a headline in the same cell', () => {
    const el = body(`<div><table><tbody><tr><td><h3>Copper rallies on China hopes</h3><span>Jane Doe on Oct 21, 2025</span><br><span>Published in Markets</span></td></tr><tr><td>${STORY.map((t) => `<p>${t}</p>`).join('')}</td></tr></tbody></table></div>`);
    const found = splitTrailer(el, { title: 'Copper rallies on China hopes', bylineText: 'Jane Doe on Oct 21, 2025', creditPieces: [], providerText: null });
    expect(el.textContent).not.toMatch(/Jane Doe|Published in/);
    expect(found.section).toBe('Markets');
    expect(paragraphs(el)).toEqual(STORY);
  });

  it('removes Lusa’s desk initials before its credit', () => {
    const lusa = '© 2025 Lusa - Agência de Notícias de Portugal, S.A.';
    const el = body([...STORY, 'JMR // JMR', lusa].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [lusa], providerText: null });
    expect(paragraphs(el)).toEqual(STORY);
  });

  it('removes the site’s name alone on a line at the top, not a story line that opens with it', () => {
    const lead = 'Vistaline News has learned that copper stocks in Shanghai fell for a fifth straight week.';
    const el = body(['Vistaline News', lead, ...STORY].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [], providerText: null, siteName: 'Vistaline News' });
    expect(paragraphs(el)).toEqual([lead, ...STORY]);
  });

  it('leaves lines at the top alone when one is a paragraph of the story, not a header line', () => {
    const el = body(`<span>Short opening line.</span><br><span>${STORY[0]} ${STORY[1]}</span><br>${STORY.slice(2).map((t) => `<p>${t}</p>`).join('')}`);
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [], providerText: null });
    expect(paragraphs(el)).toEqual(STORY.slice(2));
    expect(el.textContent).toContain('Short opening line.');
  });

  it('cuts a credit run on after a <br> at the end of the story’s last paragraph, and keeps the paragraph', () => {
    const last = STORY[STORY.length - 1]!;
    const el = body(STORY.slice(0, -1).map((t) => `<p>${t}</p>`).join('') + `<p>${last}<br><small>${CREDIT}</small></p><p>Share this story</p>`);
    const found = splitTrailer(el, { title: null, bylineText: null, creditPieces: [], providerText: null });
    expect(paragraphs(el)).toEqual(STORY);
    expect(found.credit?.copyright).toBe(CREDIT);
    // A second line that is no credit stays.
    const kept = body(STORY.slice(0, -1).map((t) => `<p>${t}</p>`).join('') + `<p>${last}<br>Aluminum also rose.</p>`);
    splitTrailer(kept, { title: null, bylineText: null, creditPieces: [], providerText: null });
    expect(kept.textContent).toContain('Aluminum also rose.');
  });

  it('reads a closing line that is no block: an inline run after the story’s paragraphs', () => {
    const el = body(`<span>${STORY.map((t) => `<p>${t}</p>`).join('')}</span><br><span><b>Reader Comments (2)</b></span><br><img src="/spacer.gif" alt="">`);
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [], providerText: null });
    expect(paragraphs(el)).toEqual(STORY);
    expect(el.textContent).not.toContain('Reader Comments');
  });

  it('removes a wire’s end mark and time stamp before the credit, with empty ad boxes and teasers around', () => {
    const el = body(
      STORY.map((t, i) => `<p>${t}</p>${i === 2 ? '<div class="ad"><div></div></div><div class="ad"><div></div></div>' : ''}`).join('') +
        `<p>(END) Dow Jones Newswires</p><p>October 08, 2024 09:41 ET (13:41 GMT)</p><p>${CREDIT}</p>` +
        '<ul><li>Oil Falls as Supply Worries Ease</li><li>Gold Slips as Dollar Strengthens</li><li>Wheat Futures Jump</li><li>Stocks Drift</li></ul>',
    );
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [CREDIT], providerText: null });
    expect(paragraphs(el)).toEqual(STORY);
    expect(el.textContent).not.toMatch(/Oil Falls|Dow Jones/);
  });

  it('keeps a date line and "Related" inside the story, after its header and before its last lines', () => {
    const more = ['Analysts said the rally could fade if the package disappoints.', 'Copper has gained 14% this year.', 'Traders will watch Chinese data next week.', 'The dollar index rose 0.3%.'];
    const lines = [...STORY.slice(0, 4), 'March 3, 2024', 'Related', STORY[4]!, ...more];
    const el = body(lines.map((t) => `<p>${t}</p>`).join('') + `<p>${CREDIT}</p>`);
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [CREDIT], providerText: null });
    expect(paragraphs(el)).toEqual(lines);
  });

  it('removes the site’s own rights notice and a reading time from the story’s edges, keeping a sentence about copyright', () => {
    const notice = 'Copyright 2024 Beacon Broadcasting Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.';
    const mention = 'The judge said the report may not be published without the board’s permission until the appeal is heard.';
    const el = body(['Tue, Mar 19, 2024, 12:12 AM 4 min read', ...STORY, mention, notice].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [], providerText: null });
    expect(paragraphs(el)).toEqual([...STORY, mention]);
    const afp = "Toutes les informations reproduites dans cette rubrique (dépêches, photos, logos) sont protégées par des droits de propriété intellectuelle détenus par l'AFP. Par conséquent, aucune de ces informations ne peut être reproduite, modifiée, rediffusée, traduite, exploitée commercialement ou réutilisée de quelque manière que ce soit sans l'accord préalable écrit de l'AFP.";
    const terms = 'This content may not be reproduced or redistributed in any form without the prior written permission of the publisher.';
    for (const line of [afp, terms]) {
      const e = body([...STORY, line].map((t) => `<p>${t}</p>`).join(''));
      splitTrailer(e, { title: null, bylineText: null, creditPieces: [], providerText: null });
      expect(paragraphs(e), line).toEqual(STORY);
    }
  });

  it('removes the provider label opening the header’s line of details, not a story line that starts with its name', () => {
    const el = body(['Source: The Denver Post · Kyle Brannigan · Mar 5, 2024', ...STORY].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [], providerText: 'Source: The Denver Post' });
    expect(paragraphs(el)).toEqual(STORY);
    const lead = 'Reuters reported on Tuesday that copper stocks in Shanghai fell for a fifth straight week.';
    const el2 = body([lead, ...STORY].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el2, { title: null, bylineText: null, creditPieces: [], providerText: 'Reuters' });
    expect(paragraphs(el2)).toEqual([lead, ...STORY]);
  });

  it('removes French and Spanish date stamps at the top, not a lead that opens with a date', () => {
    const lead = 'Le 14 février 2024, le maire de Grenoble a annoncé la fermeture de deux remontées mécaniques faute de neige.';
    const el = body(['AFP publié le 14 février 2024 à 11h47', 'Actualizado el 3 de marzo de 2024 a las 10:15', lead, ...STORY].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [], providerText: null });
    expect(paragraphs(el)).toEqual([lead, ...STORY]);
  });

  it('removes the byline’s names when the scan’s byline element also held the date', () => {
    const el = body(['Hannah Whitcombe and Deshawn Pruitt', ...STORY].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el, { title: null, bylineText: 'Hannah Whitcombe and Deshawn Pruitt Tue, Mar 19, 2024, 12:12 AM 4 min read', creditPieces: [], providerText: null });
    expect(paragraphs(el)).toEqual(STORY);
  });

  it('never takes a credit line at the top for the story’s end', () => {
    const top = 'This article originally appeared in The New York Times.';
    const el = body([top, ...STORY].map((t) => `<p>${t}</p>`).join(''));
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [top], providerText: null });
    expect(paragraphs(el)).toEqual(STORY);
  });

  it('removes the containers its removals emptied, and keeps a wrapper of an image or of any text', () => {
    const el = body(
      `<p>${STORY[0]}</p>` +
        // An ad's nested boxes, and beside them a span of spaces and zero-width spaces.
        '<div class="ad"><div></div><section><div></div></section><span> \u200b </span></div>' +
        `<p>${STORY[1]}</p>` +
        '<div class="photo"><span><picture><img src="copper.jpg" alt=""></picture></span></div>' +
        `<p>${STORY[2]}</p><div class="note"><span><b>Note:</b></span></div><p>${STORY[3]}</p><p>${STORY[4]}</p>` +
        // The credit line in wrappers of its own: they go with it.
        `<section class="credit"><div><p>${CREDIT}</p></div></section>`,
    );
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [CREDIT], providerText: null });
    expect(paragraphs(el)).toEqual(STORY);
    expect(el.querySelector('.ad, section')).toBeNull();
    expect(el.querySelector('.photo span img')).not.toBeNull();
    expect(el.querySelector('.note span b')?.textContent).toBe('Note:');
  });

  it('removes a heading left last over nothing, and keeps one over a photo or the story', () => {
    const el = body(
      `<h2>The numbers</h2>${STORY.map((t) => `<p>${t}</p>`).join('')}<h3>Photos</h3><figure><img src="smelter.jpg" alt=""></figure>` +
        `<h3>About this story</h3><section class="credit"><p>${CREDIT}</p></section>`,
    );
    splitTrailer(el, { title: null, bylineText: null, creditPieces: [CREDIT], providerText: null });
    expect(Array.from(el.querySelectorAll('h2, h3')).map((h) => h.textContent)).toEqual(['The numbers', 'Photos']);
    expect(paragraphs(el)).toEqual(STORY);
  });
});
