/**
 * The clean view's read-aloud player: the "Read aloud" button opens it and starts reading; the
 * player has previous/next paragraph, play/pause, stop, rate and a voice list (the article's
 * language first). The paragraph being read gets `data-speaking` and is kept in view. Single-key
 * shortcuts (P, S, B, N, <, >, V; listed in the player) can be turned off there.
 *
 * speechSynthesis is first touched when the reader opens the player, not at load: Chrome starts
 * its speech service (and lists voices) lazily, and the real-browser tests install their scripted
 * stand-in after the page has loaded (Firefox runs no preload script in moz-extension pages).
 */
import { byId } from '../shared/ui.ts';
import { changeSettings, currentSettings, onSettingsChange } from './controls.ts';
import { blockText, chooseVoice, orderVoices, ReadAloud, readingBlocks, waitForVoices, webSpeechEngine, type ReadAloudSnapshot, type SpeechEngine, type VoiceInfo } from './read-aloud.ts';
import { RATES } from './settings.ts';
import { speechChunks } from './speech-chunks.ts';

/** How long to wait for the system to list its voices before saying there are none. */
const VOICES_TIMEOUT_MS = 2_000;

interface Player {
  reader: ReadAloud;
  blocks: Element[];
}

let player: Player | null = null;
let opening: Promise<Player | null> | null = null;
/** The article's language (`<html lang>` of the page it came from). */
let articleLang: string | null = null;

function say(message: string): void {
  byId('ra-message').textContent = message;
}

function setEnabled(enabled: boolean): void {
  for (const id of ['ra-prev', 'ra-play', 'ra-stop', 'ra-next', 'ra-rate', 'ra-voice']) byId<HTMLButtonElement | HTMLSelectElement>(id).disabled = !enabled;
}

/** Keeps the paragraph in view below the sticky toolbar, scrolling only when it is not fully visible. */
function keepInView(block: Element): void {
  const top = byId('controls').getBoundingClientRect().bottom;
  const r = block.getBoundingClientRect();
  if (r.top >= top && r.bottom <= window.innerHeight) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: r.top - top - 16, behavior: smooth ? 'smooth' : 'auto' });
}

function showState(s: ReadAloudSnapshot, blocks: Element[]): void {
  document.querySelector('[data-speaking]')?.removeAttribute('data-speaking');
  const block = s.paragraph === null ? null : blocks[s.paragraph];
  if (block) {
    block.setAttribute('data-speaking', '');
    keepInView(block);
  }
  const play = byId('ra-play');
  play.textContent = s.state === 'playing' ? 'Pause' : s.state === 'paused' ? 'Resume' : 'Play';
  byId('ra-position').textContent = s.paragraph === null ? '' : `Paragraph ${s.paragraph + 1} of ${s.paragraphs}`;
  document.body.dataset.readAloud = s.state;
}

/** "English" for "en" in the reader's language; null when the page's lang is missing or malformed. */
function displayLanguage(lang: string | null): string | null {
  if (!lang) return null;
  try {
    return new Intl.DisplayNames([navigator.language || 'en'], { type: 'language' }).of(lang) ?? null;
  } catch {
    return null; // a page's lang="en_US" or "english" is no BCP 47 tag
  }
}

function fillVoices(voices: VoiceInfo[], lang: string | null, chosen: VoiceInfo | null): void {
  const select = byId<HTMLSelectElement>('ra-voice');
  select.replaceChildren();
  const { article, others } = orderVoices(voices, lang);
  const languageName = displayLanguage(lang);
  for (const [label, group] of [[languageName ? `${languageName} (the article’s language)` : 'The article’s language', article], ['Other languages', others]] as const) {
    if (!group.length) continue;
    const optgroup = document.createElement('optgroup');
    optgroup.label = label;
    for (const v of group) {
      const option = document.createElement('option');
      option.value = v.voiceURI;
      option.textContent = `${v.name} (${v.lang})`;
      optgroup.append(option);
    }
    select.append(optgroup);
  }
  if (chosen) select.value = chosen.voiceURI;
}

/** Makes the player for the article on the page, or says why it cannot read. */
async function openPlayer(engine: SpeechEngine | null, lang: string | null): Promise<Player | null> {
  if (!engine) {
    say('This browser has no speech synthesis, so the article cannot be read aloud.');
    return null;
  }
  say('Looking for voices…');
  const voices = await waitForVoices(engine, VOICES_TIMEOUT_MS);
  if (!voices.length) {
    say('No voice is installed for reading aloud. On Linux, install speech-dispatcher and a voice (for example espeak-ng), then restart the browser.');
    return null;
  }
  say('');
  const settings = currentSettings();
  const chosen = chooseVoice(voices, lang, settings.voice);
  fillVoices(voices, lang, chosen);
  const blocks = readingBlocks(byId('title'), byId('body'));
  const chunks = speechChunks(blocks.map(blockText).join('\n\n'), { lang });
  const reader: ReadAloud = new ReadAloud(engine, chunks, {
    lang,
    rate: settings.rate,
    voice: chosen?.voiceURI ?? null,
    onChange: (s) => showState(s, blocks),
    onError: say,
  });
  setEnabled(true);
  engine.onVoicesChanged(() => {
    const now = engine.voices();
    if (now.length) fillVoices(now, lang, chooseVoice(now, lang, byId<HTMLSelectElement>('ra-voice').value || null));
  });
  return { reader, blocks };
}

/** Opens the player (first time: finds the voices) and starts reading. */
async function start(): Promise<void> {
  const listen = byId('listen');
  listen.setAttribute('aria-expanded', 'true');
  byId('player').hidden = false;
  opening ??= openPlayer(webSpeechEngine(window), articleLang);
  player = await opening;
  if (!player) opening = null; // no voices (yet): the next press looks again
  if (player && player.reader.snapshot().state !== 'playing') player.reader.play();
}

function closePlayer(): void {
  player?.reader.stop();
  byId('player').hidden = true;
  byId('listen').setAttribute('aria-expanded', 'false');
}

/** The single-key shortcuts: key → what it does. Only P acts while the player is closed (it opens it). */
function shortcut(key: string): (() => void) | null {
  const p = byId('player').hidden ? null : player;
  const rateStep = (dir: 1 | -1) => () => {
    const i = RATES.indexOf(currentSettings().rate as (typeof RATES)[number]);
    const rate = RATES[Math.min(RATES.length - 1, Math.max(0, i + dir))]!;
    void changeSettings({ rate });
  };
  switch (key) {
    case 'p':
    case 'P':
      return () => (p ? p.reader.toggle() : void start());
    case 's':
    case 'S':
      return p ? () => p.reader.stop() : null;
    case 'n':
    case 'N':
      return p ? () => p.reader.next() : null;
    case 'b':
    case 'B':
      return p ? () => p.reader.previous() : null;
    case '>':
      return p ? rateStep(1) : null;
    case '<':
      return p ? rateStep(-1) : null;
    case 'v':
    case 'V':
      return p ? () => byId('ra-voice').focus() : null;
    default:
      return null;
  }
}

function onKey(e: KeyboardEvent): void {
  if (!currentSettings().keys || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.isComposing) return;
  const t = e.target as HTMLElement | null;
  if (t?.closest('input, select, textarea, [contenteditable]:not([contenteditable="false"])')) return;
  const action = shortcut(e.key);
  if (!action) return;
  e.preventDefault();
  action();
}

/** Wires the player for the rendered article (lang: the article's language). */
export function wireReadAloud(lang: string | null): void {
  articleLang = lang;
  const listen = byId<HTMLButtonElement>('listen');
  listen.addEventListener('click', () => {
    if (listen.getAttribute('aria-expanded') === 'true') closePlayer();
    else void start();
  });
  listen.disabled = false;
  listen.hidden = false;
  byId('ra-play').addEventListener('click', () => player?.reader.toggle());
  byId('ra-stop').addEventListener('click', () => player?.reader.stop());
  byId('ra-next').addEventListener('click', () => player?.reader.next());
  byId('ra-prev').addEventListener('click', () => player?.reader.previous());
  const rate = byId<HTMLSelectElement>('ra-rate');
  rate.addEventListener('change', () => void changeSettings({ rate: Number(rate.value) }));
  const voice = byId<HTMLSelectElement>('ra-voice');
  voice.addEventListener('change', () => {
    player?.reader.setVoice(voice.value || null);
    void changeSettings({ voice: voice.value || null });
  });
  const keys = byId<HTMLInputElement>('ra-keys');
  keys.addEventListener('change', () => void changeSettings({ keys: keys.checked }));
  let lastRate = currentSettings().rate;
  const follow = (s: ReturnType<typeof currentSettings>): void => {
    rate.value = String(s.rate);
    keys.checked = s.keys;
    if (s.rate !== lastRate) player?.reader.setRate(s.rate);
    lastRate = s.rate;
  };
  onSettingsChange(follow);
  follow(currentSettings());
  document.addEventListener('keydown', onKey);
  // No voice may go on reading a page that is closed or left (Chrome's would).
  window.addEventListener('pagehide', () => player?.reader.dispose());
}
