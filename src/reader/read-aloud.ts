/**
 * Read aloud: plays a list of speech chunks (speech-chunks.ts) one utterance at a time through a
 * speech engine, with play, pause, stop, previous/next paragraph, rate and voice. No browser
 * global is used but by webSpeechEngine: the engine is injected (webSpeechEngine wraps the Web
 * Speech API; the unit tests pass a scripted one), readingBlocks is given its elements, and the
 * page learns what to highlight from `onChange`.
 *
 * Why one sentence per utterance: Chrome's voices stop after about 15 s of one utterance, and a
 * sentence is also the unit to highlight, skip and resume.
 *
 * Why pause is cancel-and-repeat: `speechSynthesis.pause()` is unreliable (Chrome on Android and
 * some Linux voices ignore it, and Chrome drops an utterance paused for more than ~15 s). So pause
 * cancels, and play starts the interrupted sentence again, which is short. Every utterance carries
 * a token: the end or error a cancelled utterance still reports (Chrome: error "interrupted",
 * Firefox: end) is ignored, so it can never advance the position.
 */
import type { SpeechChunk } from './speech-chunks.ts';

export interface VoiceInfo {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

export interface UtteranceEvents {
  onEnd(): void;
  /** `error` is SpeechSynthesisErrorEvent.error ("interrupted", "synthesis-failed", …). */
  onError(error: string): void;
}

/** What read aloud needs of a speech synthesizer. */
export interface SpeechEngine {
  /** The voices now; may be empty until the system has listed them (see waitForVoices). */
  voices(): VoiceInfo[];
  /** Calls `listener` when the voice list changes. */
  onVoicesChanged(listener: () => void): void;
  /** Speaks one utterance. Exactly one of the events follows, unless `cancel` comes first (then either may, or none). */
  speak(text: string, options: { lang: string | null; rate: number; voice: string | null }, events: UtteranceEvents): void;
  /** Stops the current utterance and drops any queued one. */
  cancel(): void;
}

export type ReadAloudState = 'stopped' | 'playing' | 'paused';

export interface ReadAloudSnapshot {
  state: ReadAloudState;
  /** The index of the chunk being read (or to read next). */
  chunk: number;
  /** Its paragraph, or null when stopped (nothing to highlight). */
  paragraph: number | null;
  /** How many paragraphs there are (the highest paragraph index + 1). */
  paragraphs: number;
}

export interface ReadAloudOptions {
  /** The article's language (utterance.lang): the engine picks a voice for it when none is chosen. */
  lang: string | null;
  rate: number;
  /** A voiceURI, or null. */
  voice: string | null;
  onChange(snapshot: ReadAloudSnapshot): void;
  /** The engine failed (not a cancel): a sentence for the reader. */
  onError(message: string): void;
}

/** Errors that only say the utterance was cancelled. */
const CANCELLED = new Set(['interrupted', 'canceled', 'cancelled']);

export class ReadAloud {
  private state: ReadAloudState = 'stopped';
  private index = 0;
  /** Bumped whenever the current utterance is abandoned, so its late events are ignored. */
  private token = 0;
  private readonly lastParagraph: number;

  constructor(
    private readonly engine: SpeechEngine,
    private readonly chunks: readonly SpeechChunk[],
    private readonly options: ReadAloudOptions,
  ) {
    this.lastParagraph = chunks.length ? chunks[chunks.length - 1]!.paragraph : -1;
  }

  snapshot(): ReadAloudSnapshot {
    const chunk = this.chunks[this.index];
    return { state: this.state, chunk: this.index, paragraph: this.state === 'stopped' || !chunk ? null : chunk.paragraph, paragraphs: this.lastParagraph + 1 };
  }

  /** Starts, or resumes from the sentence that was interrupted. */
  play(): void {
    if (!this.chunks.length || this.state === 'playing') return;
    this.state = 'playing';
    this.speakCurrent();
    this.changed();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.silence();
    this.state = 'paused';
    this.changed();
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.play();
  }

  /** Stops and goes back to the start. */
  stop(): void {
    if (this.state === 'playing') this.silence();
    this.state = 'stopped';
    this.index = 0;
    this.changed();
  }

  /** The next paragraph's first sentence; from the last paragraph, the end (stop). */
  next(): void {
    const from = this.state === 'stopped' ? -1 : (this.chunks[this.index]?.paragraph ?? -1);
    const target = this.chunks.findIndex((c) => c.paragraph > from);
    if (target < 0) return this.stop();
    this.moveTo(target);
  }

  /**
   * The previous paragraph's first sentence; within the first paragraph, its start. (Not "the
   * start of this paragraph first" as a music player does: a paragraph is skipped back to by
   * pressing once, which is what a reader who missed it wants.)
   */
  previous(): void {
    const current = this.chunks[this.index]?.paragraph ?? 0;
    const before = this.chunks.filter((c) => c.paragraph < current).at(-1)?.paragraph ?? current;
    this.moveTo(Math.max(0, this.chunks.findIndex((c) => c.paragraph === before)));
  }

  /** A new speed: the sentence being read starts again at it. */
  setRate(rate: number): void {
    this.options.rate = rate;
    this.restartIfPlaying();
  }

  setVoice(voice: string | null): void {
    this.options.voice = voice;
    this.restartIfPlaying();
  }

  /** The page is going away: no voice may outlive it. */
  dispose(): void {
    this.token++;
    this.engine.cancel();
    this.state = 'stopped';
  }

  private moveTo(index: number): void {
    const playing = this.state === 'playing';
    if (playing) this.silence();
    this.index = index;
    // Skipping while stopped shows where reading would start: a paused position.
    if (!playing) this.state = 'paused';
    else this.speakCurrent();
    this.changed();
  }

  private restartIfPlaying(): void {
    if (this.state !== 'playing') return;
    this.silence();
    this.speakCurrent();
  }

  private silence(): void {
    this.token++;
    this.engine.cancel();
  }

  private speakCurrent(): void {
    const chunk = this.chunks[this.index];
    if (!chunk) return;
    const token = ++this.token;
    this.engine.speak(chunk.text, { lang: this.options.lang, rate: this.options.rate, voice: this.options.voice }, {
      onEnd: () => {
        if (token !== this.token) return;
        this.index++;
        if (this.index >= this.chunks.length) {
          this.state = 'stopped';
          this.index = 0;
        } else {
          this.speakCurrent();
        }
        this.changed();
      },
      onError: (error) => {
        if (token !== this.token || CANCELLED.has(error)) return;
        this.token++;
        this.state = 'paused';
        this.changed();
        this.options.onError(speechErrorMessage(error));
      },
    });
  }

  private changed(): void {
    this.options.onChange(this.snapshot());
  }
}

/** A sentence for a SpeechSynthesisErrorEvent.error code. */
export function speechErrorMessage(error: string): string {
  switch (error) {
    case 'synthesis-unavailable':
    case 'audio-hardware':
      return 'The system’s speech service is not available, so nothing can be read aloud.';
    case 'language-unavailable':
    case 'voice-unavailable':
      return 'That voice is not available. Choose another voice and press Play.';
    case 'not-allowed':
      return 'The browser did not allow speech here. Press Play to try again.';
    default:
      return `Reading aloud stopped (${error || 'speech failed'}). Press Play to go on.`;
  }
}

// ---------------------------------------------------------------------------------------------
// What is read

/** Blocks read aloud, in reading order: innermost ones only (a quote's paragraphs, not the quote too). */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, figcaption, dt, dd, th, td';

/**
 * The article's readable blocks: its title, then the body's innermost text blocks that have text.
 * Chunk i's `paragraph` indexes this list when the chunks are made from `blocks.map(blockText)`
 * joined by blank lines, which is how the page finds the element to highlight.
 */
export function readingBlocks(title: Element, body: Element): Element[] {
  const inner = Array.from(body.querySelectorAll(BLOCKS)).filter((b) => !b.querySelector(BLOCKS));
  return [title, ...inner].filter((b) => blockText(b) !== '');
}

/** A block's text on one line (so it stays one paragraph for the chunker). */
export const blockText = (b: Element): string => (b.textContent ?? '').replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// Voices

/** The primary language subtag, lower case ("en-GB" → "en"). */
const primary = (lang: string | null | undefined): string => (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The voices split into the article's language first and the others. In the first group a voice of
 * the same region (en-GB for en-GB) comes first, then the system's default, then local voices,
 * then by name; the others are sorted by language, then name.
 */
export function orderVoices(voices: readonly VoiceInfo[], lang: string | null): { article: VoiceInfo[]; others: VoiceInfo[] } {
  const want = primary(lang);
  const exact = (lang ?? '').toLowerCase().replace('_', '-');
  const rank = (v: VoiceInfo): number => (v.lang.toLowerCase().replace('_', '-') === exact ? 0 : 4) + (v.default ? 0 : 2) + (v.localService ? 0 : 1);
  const article = voices.filter((v) => want && primary(v.lang) === want).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const others = voices.filter((v) => !article.includes(v)).sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name));
  return { article, others };
}

/**
 * The voice to read with: the saved one if it speaks the article's language (or the article's
 * language has no voice), else the best voice for that language, else the system default.
 */
export function chooseVoice(voices: readonly VoiceInfo[], lang: string | null, saved: string | null): VoiceInfo | null {
  const { article, others } = orderVoices(voices, lang);
  const savedVoice = saved ? voices.find((v) => v.voiceURI === saved) : undefined;
  if (savedVoice && (article.includes(savedVoice) || !article.length)) return savedVoice;
  return article[0] ?? others.find((v) => v.default) ?? others[0] ?? null;
}

/** The voices once the system has listed them (Chrome lists them asynchronously), or [] after `timeoutMs`. */
export function waitForVoices(engine: SpeechEngine, timeoutMs: number): Promise<VoiceInfo[]> {
  const now = engine.voices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve(engine.voices());
    };
    engine.onVoicesChanged(() => {
      if (engine.voices().length) finish();
    });
    setTimeout(finish, timeoutMs);
  });
}

// ---------------------------------------------------------------------------------------------
// The Web Speech API

/** The window's speech synthesizer as a SpeechEngine, or null when the browser has none. */
export function webSpeechEngine(win: Window & typeof globalThis): SpeechEngine | null {
  const synth = win.speechSynthesis as SpeechSynthesis | undefined;
  const Utterance = win.SpeechSynthesisUtterance as typeof SpeechSynthesisUtterance | undefined;
  if (!synth || typeof Utterance !== 'function') return null;
  const toInfo = (v: SpeechSynthesisVoice): VoiceInfo => ({ name: v.name, lang: v.lang, voiceURI: v.voiceURI, default: v.default, localService: v.localService });
  // Chrome can garbage-collect an utterance that nothing references while it is spoken, and then
  // never fires its end event: keep the current one referenced.
  const speaking: { current: SpeechSynthesisUtterance | null } = { current: null };
  return {
    voices: () => synth.getVoices().map(toInfo),
    onVoicesChanged: (listener) => synth.addEventListener('voiceschanged', listener),
    speak(text, { lang, rate, voice }, events) {
      const u = new Utterance(text);
      if (lang) u.lang = lang;
      u.rate = rate;
      const chosen = voice ? synth.getVoices().find((v) => v.voiceURI === voice) : undefined;
      if (chosen) u.voice = chosen;
      u.onend = () => events.onEnd();
      u.onerror = (e: SpeechSynthesisErrorEvent) => events.onError(e.error);
      speaking.current = u;
      synth.speak(u);
    },
    cancel() {
      speaking.current = null;
      synth.cancel();
    },
  };
}
