/**
 * Read aloud's player logic against a scripted speech engine: the order of utterances, pause and
 * resume, skipping, rate and voice changes, errors, and that a cancelled utterance's late events
 * never move the position (Chrome reports "interrupted", Firefox an end).
 */
import { describe, expect, it } from 'vitest';
import { chooseVoice, orderVoices, ReadAloud, waitForVoices, type ReadAloudSnapshot, type SpeechEngine, type UtteranceEvents, type VoiceInfo } from '../../src/reader/read-aloud.ts';
import { speechChunks } from '../../src/reader/speech-chunks.ts';

interface Spoken {
  text: string;
  rate: number;
  voice: string | null;
  events: UtteranceEvents;
}

/** An engine that records what it is asked and lets the test finish utterances. */
function scriptedEngine(voices: VoiceInfo[] = [], cancelReports: 'error' | 'end' | 'nothing' = 'error') {
  const spoken: Spoken[] = [];
  const log: string[] = [];
  let current: Spoken | null = null;
  const voiceListeners: (() => void)[] = [];
  const engine: SpeechEngine = {
    voices: () => voices,
    onVoicesChanged: (l) => voiceListeners.push(l),
    speak(text, { rate, voice }, events) {
      current = { text, rate, voice, events };
      spoken.push(current);
      log.push(`speak ${text}`);
    },
    cancel() {
      log.push('cancel');
      const c = current;
      current = null;
      // As browsers do: the cancelled utterance still reports, synchronously here.
      if (c && cancelReports === 'error') c.events.onError('interrupted');
      if (c && cancelReports === 'end') c.events.onEnd();
    },
  };
  return {
    engine,
    spoken,
    log,
    texts: () => spoken.map((s) => s.text),
    finish() {
      const c = current;
      current = null;
      c?.events.onEnd();
    },
    fail(error: string) {
      const c = current;
      current = null;
      c?.events.onError(error);
    },
    setVoices(v: VoiceInfo[]) {
      voices = v;
      for (const l of voiceListeners) l();
    },
  };
}

const TEXT = 'Title here.\n\nFirst one. First two.\n\nSecond one.\n\nThird one. Third two. Third three.';
const CHUNKS = speechChunks(TEXT);

function setup(cancelReports: 'error' | 'end' | 'nothing' = 'error') {
  const e = scriptedEngine([], cancelReports);
  const states: ReadAloudSnapshot[] = [];
  const errors: string[] = [];
  const reader = new ReadAloud(e.engine, CHUNKS, { lang: 'en', rate: 1, voice: null, onChange: (s) => states.push(s), onError: (m) => errors.push(m) });
  return { ...e, reader, states, errors, last: () => states.at(-1)! };
}

describe('ReadAloud', () => {
  it('speaks every sentence in order, one utterance at a time, and stops at the end', () => {
    const t = setup();
    t.reader.play();
    expect(t.texts()).toEqual(['Title here.']);
    expect(t.last()).toMatchObject({ state: 'playing', paragraph: 0, paragraphs: 4 });
    for (let i = 0; i < CHUNKS.length; i++) t.finish();
    expect(t.texts()).toEqual(CHUNKS.map((c) => c.text));
    expect(t.last()).toMatchObject({ state: 'stopped', paragraph: null, chunk: 0 });
    expect(t.states.filter((s) => s.state === 'playing').map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 3, 3, 3]);
  });

  for (const cancelReports of ['error', 'end', 'nothing'] as const) {
    it(`pauses and resumes with the interrupted sentence (a cancel reports: ${cancelReports})`, () => {
      const t = setup(cancelReports);
      t.reader.play();
      t.finish();
      t.finish(); // now on "First two."
      t.reader.pause();
      expect(t.last()).toMatchObject({ state: 'paused', paragraph: 1 });
      expect(t.log.at(-1)).toBe('cancel');
      t.finish(); // nothing is playing: no effect
      t.reader.play();
      expect(t.texts()).toEqual(['Title here.', 'First one.', 'First two.', 'First two.']);
      t.finish();
      expect(t.texts().at(-1)).toBe('Second one.');
      expect(t.errors).toEqual([]);
    });
  }

  it('skips to the next and previous paragraph while playing', () => {
    const t = setup();
    t.reader.play();
    t.reader.next();
    expect(t.texts()).toEqual(['Title here.', 'First one.']);
    t.reader.next();
    t.reader.next();
    expect(t.texts().at(-1)).toBe('Third one.');
    t.finish();
    expect(t.texts().at(-1)).toBe('Third two.');
    t.reader.previous();
    expect(t.texts().at(-1)).toBe('Second one.');
    expect(t.last()).toMatchObject({ state: 'playing', paragraph: 2 });
    t.reader.previous();
    t.reader.previous();
    t.reader.previous(); // already in the first paragraph: its start
    expect(t.texts().slice(-3)).toEqual(['First one.', 'Title here.', 'Title here.']);
    expect(t.errors).toEqual([]);
  });

  it('next from the last paragraph stops; skipping while stopped or paused moves without speaking', () => {
    const t = setup();
    t.reader.next();
    expect(t.last()).toMatchObject({ state: 'paused', paragraph: 0 });
    t.reader.next();
    t.reader.next();
    expect(t.spoken).toEqual([]);
    expect(t.last()).toMatchObject({ state: 'paused', paragraph: 2 });
    t.reader.play();
    expect(t.texts()).toEqual(['Second one.']);
    t.reader.next();
    t.reader.next();
    expect(t.last()).toMatchObject({ state: 'stopped', paragraph: null });
  });

  it('stop cancels and goes back to the start', () => {
    const t = setup();
    t.reader.play();
    t.finish();
    t.reader.stop();
    expect(t.log.at(-1)).toBe('cancel');
    expect(t.last()).toMatchObject({ state: 'stopped', paragraph: null, chunk: 0 });
    t.reader.play();
    expect(t.texts().at(-1)).toBe('Title here.');
  });

  it('a new rate or voice restarts the sentence being read with it', () => {
    const t = setup();
    t.reader.play();
    t.reader.setRate(1.5);
    t.reader.setVoice('urn:de');
    expect(t.spoken.map((s) => [s.text, s.rate, s.voice])).toEqual([
      ['Title here.', 1, null],
      ['Title here.', 1.5, null],
      ['Title here.', 1.5, 'urn:de'],
    ]);
    t.reader.pause();
    t.reader.setRate(2); // paused: nothing is spoken until play
    expect(t.spoken.length).toBe(3);
    t.reader.play();
    expect(t.spoken.at(-1)!.rate).toBe(2);
  });

  it('an engine error pauses and says why; play goes on from the failed sentence', () => {
    const t = setup();
    t.reader.play();
    t.finish();
    t.fail('synthesis-failed');
    expect(t.last()).toMatchObject({ state: 'paused', paragraph: 1 });
    expect(t.errors).toEqual([expect.stringContaining('synthesis-failed')]);
    t.reader.play();
    expect(t.texts().at(-1)).toBe('First one.');
  });

  it('dispose (the page unloads) cancels speech and ignores what comes after', () => {
    const t = setup('end');
    t.reader.play();
    t.reader.dispose();
    expect(t.log).toEqual(['speak Title here.', 'cancel']);
    t.finish();
    expect(t.spoken.length).toBe(1);
  });

  it('an empty article plays nothing', () => {
    const e = scriptedEngine();
    const reader = new ReadAloud(e.engine, [], { lang: null, rate: 1, voice: null, onChange: () => {}, onError: () => {} });
    reader.play();
    reader.next();
    expect(e.spoken).toEqual([]);
  });
});

const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({ name, lang, voiceURI: `urn:${name}`, default: false, localService: true, ...extra });
const VOICES = [
  voice('Anna', 'de-DE'),
  voice('Zoe', 'en-US'),
  voice('Alex', 'en-US', { localService: false }),
  voice('Brian', 'en-GB'),
  voice('Default', 'fr-FR', { default: true }),
  voice('Hala', 'ar-SA'),
];

describe('voices', () => {
  it('lists the article’s language first: its region, then local voices, then by name', () => {
    const { article, others } = orderVoices(VOICES, 'en-GB');
    expect(article.map((v) => v.name)).toEqual(['Brian', 'Zoe', 'Alex']);
    expect(others.map((v) => v.name)).toEqual(['Hala', 'Anna', 'Default']);
    expect(orderVoices(VOICES, 'ar').article.map((v) => v.name)).toEqual(['Hala']);
    expect(orderVoices(VOICES, null).article).toEqual([]);
  });

  it('reads with the saved voice if it speaks the article’s language, else the best one for it', () => {
    expect(chooseVoice(VOICES, 'en', null)?.name).toBe('Brian');
    expect(chooseVoice(VOICES, 'en-US', null)?.name).toBe('Zoe');
    expect(chooseVoice(VOICES, 'en', 'urn:Alex')?.name).toBe('Alex');
    expect(chooseVoice(VOICES, 'en', 'urn:Anna')?.name).toBe('Brian'); // German voice, English article
    expect(chooseVoice(VOICES, 'ja', 'urn:Anna')?.name).toBe('Anna'); // no Japanese voice: the reader's choice
    expect(chooseVoice(VOICES, 'ja', null)?.name).toBe('Default');
    expect(chooseVoice([], 'en', null)).toBeNull();
  });

  it('waits for the voices the system lists later, and gives up with none', async () => {
    const e = scriptedEngine();
    const later = waitForVoices(e.engine, 1_000);
    setTimeout(() => e.setVoices([voice('Late', 'en-US')]), 10);
    expect((await later).map((v) => v.name)).toEqual(['Late']);
    const none = scriptedEngine();
    const started = Date.now();
    expect(await waitForVoices(none.engine, 50)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
