/**
 * Read aloud in the clean view, in a real browser, with a scripted `speechSynthesis` stand-in
 * (these machines have no speech service). Run by chromium.test.ts and firefox.test.ts through
 * suite.ts: the order of the utterances (the seed's sentences, title first), pause and resume,
 * previous/next paragraph, the highlight kept in view, rate, the single-key shortcuts, the
 * message when the system has no voice, and speech cancelled when the page unloads.
 *
 * The stand-in replaces `speechSynthesis` and `SpeechSynthesisUtterance` after the page has loaded
 * and before "Read aloud" is pressed: the clean view first touches them on that press. (A preload
 * script would be neater, but Firefox runs no BiDi preload script in moz-extension pages.) It
 * records every call, speaks nothing by itself, and the test ends each utterance with
 * `__speech.finish()`; a cancel reports "interrupted" a moment later, as Chrome does. The log is
 * also kept in localStorage, so what happened as the page unloaded can be read after it.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { chooseVoice, orderVoices, type VoiceInfo } from '../../src/reader/read-aloud.ts';
import { speechChunks } from '../../src/reader/speech-chunks.ts';
import { navigateToExtensionPage, pollPage, type PageFixture } from './harness.ts';
import { openReader } from './reader-suite.ts';
import type { SuiteContext } from './suite.ts';

export type SpeechLogEntry = { type: 'speak'; text: string; rate: number; voice: string | null; lang: string } | { type: 'cancel' | 'pause' | 'resume' };

const STAND_IN_LOG = 'speech-stand-in-log';

export const TEST_VOICES: VoiceInfo[] = [
  { name: 'Anna', lang: 'de-DE', voiceURI: 'test:anna', default: true, localService: true },
  { name: 'Hala', lang: 'ar-SA', voiceURI: 'test:hala', default: false, localService: true },
  { name: 'Zoe', lang: 'en-US', voiceURI: 'test:zoe', default: false, localService: true },
  { name: 'Brian', lang: 'en-GB', voiceURI: 'test:brian', default: false, localService: false },
];

/** Installs the stand-in in the page (see the file comment). */
export async function installSpeechStandIn(page: Page, voices: VoiceInfo[] = TEST_VOICES): Promise<void> {
  await page.evaluate(
    (voices: VoiceInfo[], logKey: string) => {
      type Handler = ((e: Event) => void) | null;
      const log: unknown[] = [];
      const save = (): void => localStorage.setItem(logKey, JSON.stringify(log));
      class StandInUtterance extends EventTarget {
        text: string;
        lang = '';
        rate = 1;
        voice: VoiceInfo | null = null;
        onend: Handler = null;
        onerror: Handler = null;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      const fire = (u: StandInUtterance, type: 'end' | 'error', error?: string): void => {
        const e = Object.assign(new Event(type), error ? { error } : {});
        u[type === 'end' ? 'onend' : 'onerror']?.(e);
      };
      let current: StandInUtterance | null = null;
      const synth = Object.assign(new EventTarget(), {
        getVoices: () => voices,
        speak(u: StandInUtterance) {
          log.push({ type: 'speak', text: u.text, rate: u.rate, voice: u.voice?.voiceURI ?? null, lang: u.lang });
          save();
          current = u;
        },
        cancel() {
          log.push({ type: 'cancel' });
          save();
          const c = current;
          current = null;
          if (c) setTimeout(() => fire(c, 'error', 'interrupted'), 0);
        },
        pause: () => void log.push({ type: 'pause' }),
        resume: () => void log.push({ type: 'resume' }),
      });
      localStorage.removeItem(logKey);
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true, writable: true });
      (window as unknown as { __speech: unknown }).__speech = {
        log,
        /** Ends the utterance being spoken; returns its text, or null when none is. */
        finish(): string | null {
          const c = current;
          current = null;
          if (c) fire(c, 'end');
          return c?.text ?? null;
        },
      };
    },
    voices,
    STAND_IN_LOG,
  );
}

const speechLog = (page: Page): Promise<SpeechLogEntry[]> => page.evaluate(() => (window as unknown as { __speech: { log: SpeechLogEntry[] } }).__speech.log);
const spoken = async (page: Page): Promise<string[]> => (await speechLog(page)).flatMap((e) => (e.type === 'speak' ? [e.text] : []));
const finish = (page: Page): Promise<string | null> => page.evaluate(() => (window as unknown as { __speech: { finish(): string | null } }).__speech.finish());

async function waitForSpoken(page: Page, count: number, what: string): Promise<string[]> {
  await pollPage(page, (n: number) => (window as unknown as { __speech: { log: { type: string }[] } }).__speech.log.filter((e) => e.type === 'speak').length >= n, count, 5_000, what);
  return spoken(page);
}

/** What the page shows: the highlighted block and whether it is in view below the toolbar. */
function highlight(page: Page): Promise<{ text: string; id: string; inView: boolean; count: number } | null> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('[data-speaking]');
    const el = all[0];
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const top = document.getElementById('controls')!.getBoundingClientRect().bottom;
    return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), id: el.id, inView: r.top >= top - 1 && r.top < window.innerHeight, count: all.length };
  });
}

/** The seed's blocks as read aloud (title, then paragraphs) and the utterances expected for them. */
function expectedSpeech(seed: PageFixture): { blocks: string[]; chunks: { text: string; paragraph: number }[] } {
  const blocks = [seed.expected.title as string, ...(seed.text ?? '').split(/\n{2,}/).map((p) => p.replace(/\s+/g, ' ').trim())];
  return { blocks, chunks: speechChunks(blocks.join('\n\n'), { lang: seed.expected.lang as string }) };
}

async function seedTab(ctx: SuiteContext, name: string): Promise<number> {
  ctx.tabs[name] ??= await ctx.driver.openTab(ctx.fixtures[name]!.url);
  return ctx.tabs[name].tabId;
}

export function defineReadAloudTests(get: () => SuiteContext, seedName: string): void {
  describe('read aloud in the clean view (a scripted speechSynthesis stand-in; the browser’s own once)', () => {
    it('reads the article sentence by sentence, title first, in order, with a voice of its language', async () => {
      const ctx = get();
      const seed = ctx.fixtures[seedName]!;
      const { chunks } = expectedSpeech(seed);
      const { page } = await openReader(ctx, await seedTab(ctx, seedName));
      await installSpeechStandIn(page);
      await page.click('#listen');
      await waitForSpoken(page, 1, 'the first utterance');
      // Every utterance, by ending each one as it starts: exactly the chunker's sentences, in order.
      const ended = await page.evaluate(async () => {
        const s = (window as unknown as { __speech: { finish(): string | null } }).__speech;
        const out: string[] = [];
        for (let text = s.finish(); text !== null; text = s.finish()) out.push(text);
        return out;
      });
      expect(ended).toEqual(chunks.map((c) => c.text));
      expect(chunks.length).toBeGreaterThan(10);
      const log = await speechLog(page);
      const voice = chooseVoice(TEST_VOICES, seed.expected.lang as string, null)!;
      expect(voice.lang).toMatch(/^en/);
      expect(new Set(log.flatMap((e) => (e.type === 'speak' ? [`${e.voice} ${e.rate} ${e.lang}`] : [])))).toEqual(new Set([`${voice.voiceURI} 1 ${seed.expected.lang}`]));
      expect(log.filter((e) => e.type !== 'speak')).toEqual([]); // one utterance at a time: nothing was cancelled
      // At the end: stopped, nothing highlighted, and the voice list puts the article's language first.
      expect(await page.evaluate(() => document.body.dataset.readAloud)).toBe('stopped');
      expect(await highlight(page)).toBeNull();
      const groups = await page.$$eval('#ra-voice optgroup', (gs) => gs.map((g) => [(g as HTMLOptGroupElement).label, Array.from(g.querySelectorAll('option')).map((o) => o.textContent)]));
      expect(groups[0]![1]).toEqual(orderVoices(TEST_VOICES, seed.expected.lang as string).article.map((v) => `${v.name} (${v.lang})`));
      expect(groups[0]![1]).toHaveLength(2);
      expect(await page.$eval('#ra-voice', (s) => (s as HTMLSelectElement).value)).toBe(voice.voiceURI);
      expect(groups[0]![0]).toMatch(/English/);
      expect(groups[1]).toEqual(['Other languages', ['Hala (ar-SA)', 'Anna (de-DE)']]);
      await page.close();
    });

    it('highlights the paragraph being read and keeps it in view; pauses, resumes, skips and stops (buttons and keys)', async () => {
      const ctx = get();
      const seed = ctx.fixtures[seedName]!;
      const { blocks, chunks } = expectedSpeech(seed);
      const { page } = await openReader(ctx, await seedTab(ctx, seedName));
      await page.setViewport({ width: 900, height: 500 });
      await installSpeechStandIn(page);
      await page.click('#listen');
      expect(await waitForSpoken(page, 1, 'the first utterance')).toEqual([chunks[0]!.text]);
      expect(await highlight(page)).toMatchObject({ id: 'title', count: 1 });

      // Through the first paragraphs: the highlight follows each utterance's paragraph.
      for (let i = 1; i <= 3; i++) {
        await finish(page);
        const said = await waitForSpoken(page, i + 1, `utterance ${i + 1}`);
        expect(said.at(-1)).toBe(chunks[i]!.text);
        expect((await highlight(page))?.text).toBe(blocks[chunks[i]!.paragraph]);
      }
      const atPause = chunks[3]!;

      // Pause: the utterance is cancelled and nothing more is said; Resume repeats its sentence.
      await page.click('#ra-play');
      await pollPage(page, () => document.body.dataset.readAloud === 'paused', null, 5_000, 'paused');
      expect((await speechLog(page)).at(-1)).toEqual({ type: 'cancel' });
      expect(await finish(page)).toBeNull();
      await new Promise((r) => setTimeout(r, 300)); // the cancel's late "interrupted" must not move on
      expect((await spoken(page)).length).toBe(4);
      expect(await page.$eval('#ra-play', (b) => b.textContent?.trim())).toMatch(/Resume$/);
      expect((await highlight(page))?.text).toBe(blocks[atPause.paragraph]);
      await page.click('#ra-play');
      expect((await waitForSpoken(page, 5, 'the resumed sentence')).at(-1)).toBe(atPause.text);

      // Next and previous paragraph (buttons).
      const firstOf = (p: number): string => chunks.find((c) => c.paragraph === p)!.text;
      await page.click('#ra-next');
      expect((await waitForSpoken(page, 6, 'the next paragraph')).at(-1)).toBe(firstOf(atPause.paragraph + 1));
      expect((await highlight(page))?.text).toBe(blocks[atPause.paragraph + 1]);
      await page.click('#ra-prev');
      expect((await waitForSpoken(page, 7, 'the previous paragraph')).at(-1)).toBe(firstOf(atPause.paragraph));

      // Keys: N ×4 skips far down the page; the highlighted paragraph is scrolled into view.
      await page.focus('#ra-next');
      for (let i = 0; i < 4; i++) await page.keyboard.press('n');
      const far = atPause.paragraph + 4;
      expect((await waitForSpoken(page, 11, 'four paragraphs on')).at(-1)).toBe(firstOf(far));
      await pollPage(page, () => {
        const el = document.querySelector('[data-speaking]');
        const top = document.getElementById('controls')!.getBoundingClientRect().bottom;
        return !!el && el.getBoundingClientRect().top >= top - 1 && el.getBoundingClientRect().bottom <= window.innerHeight;
      }, null, 5_000, 'the highlighted paragraph to be scrolled into view');
      expect(await highlight(page)).toMatchObject({ text: blocks[far], inView: true, count: 1 });
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await page.keyboard.press('b');
      expect((await waitForSpoken(page, 12, 'B: back one paragraph')).at(-1)).toBe(firstOf(far - 1));

      // Rate: the select, then ">" (faster): the sentence being read starts again at the new rate.
      await page.select('#ra-rate', '1.5');
      await waitForSpoken(page, 13, 'the sentence again at 1.5×');
      await page.focus('#ra-next');
      await page.keyboard.press('>');
      await waitForSpoken(page, 14, 'the sentence again at 1.75×');
      const rates = (await speechLog(page)).flatMap((e) => (e.type === 'speak' ? [e.rate] : [])).slice(-3);
      expect(rates).toEqual([1, 1.5, 1.75]);
      expect(await page.$eval('#ra-rate', (s) => (s as HTMLSelectElement).value)).toBe('1.75');

      // P pauses, P resumes, S stops: nothing highlighted, back at the start.
      await page.keyboard.press('p');
      await pollPage(page, () => document.body.dataset.readAloud === 'paused', null, 5_000, 'P: paused');
      await page.keyboard.press('p');
      await waitForSpoken(page, 15, 'P: resumed');
      await page.keyboard.press('s');
      await pollPage(page, () => document.body.dataset.readAloud === 'stopped', null, 5_000, 'S: stopped');
      expect(await highlight(page)).toBeNull();
      expect((await speechLog(page)).at(-1)).toEqual({ type: 'cancel' });
      await page.click('#ra-play');
      expect((await waitForSpoken(page, 16, 'play after stop')).at(-1)).toBe(chunks[0]!.text);

      // The shortcuts can be turned off (WCAG 2.1.4); the rate is kept for next time.
      await page.click('#ra-play'); // pause
      await page.click('.shortcuts summary');
      await page.click('#ra-keys');
      await page.focus('#ra-next');
      await page.keyboard.press('p');
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(() => document.body.dataset.readAloud)).toBe('paused');
      await page.click('#ra-keys');
      await page.select('#ra-rate', '1');

      // Closed, the player takes no key but P, which opens it and reads from the start.
      await page.click('#listen');
      expect(await page.$eval('#player', (p) => (p as HTMLElement).hidden)).toBe(true);
      const before = (await spoken(page)).length;
      await page.focus('#listen');
      await page.keyboard.press('n');
      await new Promise((r) => setTimeout(r, 300));
      expect([(await spoken(page)).length, await highlight(page)]).toEqual([before, null]);
      await page.keyboard.press('p');
      expect((await waitForSpoken(page, before + 1, 'P: reading again')).at(-1)).toBe(chunks[0]!.text);
      expect(await page.$eval('#listen', (b) => b.getAttribute('aria-expanded'))).toBe('true');
      await page.close();
    });

    it('says clearly that there is no voice, with no dead controls, when the system has none', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, await seedTab(ctx, seedName));
      await installSpeechStandIn(page, []);
      await page.click('#listen');
      await pollPage(page, () => /No voice/.test(document.getElementById('ra-message')!.textContent ?? ''), null, 10_000, 'the no-voice message');
      const view = await page.evaluate(() => ({
        message: document.getElementById('ra-message')!.textContent,
        role: document.getElementById('ra-message')!.getAttribute('role'),
        disabled: ['ra-prev', 'ra-play', 'ra-stop', 'ra-next', 'ra-rate', 'ra-voice'].map((id) => (document.getElementById(id) as HTMLButtonElement).disabled),
      }));
      expect(view.message).toMatch(/No voice is installed.*speech-dispatcher/);
      expect(view.role).toBe('status');
      expect(view.disabled.every(Boolean)).toBe(true);
      expect(await speechLog(page)).toEqual([]);
      await page.close();
    });

    it('with the browser’s own speechSynthesis: reads with its voices, or says that it has none', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, await seedTab(ctx, seedName));
      await page.click('#listen');
      await pollPage(page, () => /No voice|no speech/.test(document.getElementById('ra-message')!.textContent ?? '') || document.querySelectorAll('#ra-voice option').length > 0, null, 10_000, 'voices or the no-voice message');
      const real = await page.evaluate(() => ({
        voices: typeof speechSynthesis === 'undefined' ? null : speechSynthesis.getVoices().length,
        options: document.querySelectorAll('#ra-voice option').length,
        message: document.getElementById('ra-message')!.textContent ?? '',
      }));
      console.log(`[${ctx.driver.session.kind}] the system's speech voices: ${real.voices ?? 'no speechSynthesis'}`);
      if (real.voices === null) expect(real.message).toMatch(/no speech synthesis/);
      else if (real.voices === 0) expect(real.message).toMatch(/No voice is installed/);
      else expect(real.options).toBe(real.voices);
      await page.click('#listen'); // closes the player (and stops a real voice)
      expect(await page.$eval('#player', (p) => (p as HTMLElement).hidden)).toBe(true);
      await page.close();
    });

    it('cancels speech when the page unloads', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, await seedTab(ctx, seedName));
      await installSpeechStandIn(page);
      await page.click('#listen');
      await waitForSpoken(page, 1, 'the first utterance');
      const url = await page.evaluate(() => location.href);
      await page.evaluate(() => {
        document.body.dataset.done = '';
      });
      await navigateToExtensionPage(ctx.driver.session, page, url);
      await pollPage(page, () => document.body.dataset.done === '1', null, 20_000, 'the reloaded clean view');
      const log = await page.evaluate((key: string) => JSON.parse(localStorage.getItem(key) ?? '[]') as SpeechLogEntry[], STAND_IN_LOG);
      expect(log.map((e) => e.type)).toEqual(['speak', 'cancel']);
      await page.close();
    });
  });
}
