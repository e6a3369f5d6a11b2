/** The read-aloud chunker: sentences, paragraph indexes, the 220-character limit, abbreviations, quotes, other scripts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_LENGTH, speechChunks, splitSentences } from '../../src/reader/speech-chunks.ts';
import { FIXTURES_DIR } from '../helpers/fixtures.ts';

const texts = (text: string, lang?: string) => speechChunks(text, { lang }).map((c) => c.text);

describe('sentences and paragraphs', () => {
  it('speaks sentence by sentence and keeps each paragraph\'s index', () => {
    const text = 'The first sentence. The second one!\n\nIs this the third? Yes.\n\nLast.';
    expect(speechChunks(text)).toEqual([
      { text: 'The first sentence.', paragraph: 0 },
      { text: 'The second one!', paragraph: 0 },
      { text: 'Is this the third?', paragraph: 1 },
      { text: 'Yes.', paragraph: 1 },
      { text: 'Last.', paragraph: 2 },
    ]);
  });

  it('folds line breaks inside a paragraph and drops a list bullet; keeps the index across an empty paragraph', () => {
    expect(speechChunks('- one item\n\n\n\n- two\nitems')).toEqual([
      { text: 'one item', paragraph: 0 },
      { text: 'two items', paragraph: 2 },
    ]);
  });

  it('a numbered list item does not end at its number', () => {
    expect(texts('1. Preheat the oven. Then wait.')).toEqual(['1. Preheat the oven.', 'Then wait.']);
  });

  it('empty text gives no chunks', () => {
    expect(speechChunks('')).toEqual([]);
    expect(speechChunks('  \n\n  ')).toEqual([]);
  });
});

describe('abbreviations and numbers', () => {
  it('titles before names', () => {
    expect(texts('Mr. Smith met Mrs. Jones and Dr. Lee. They talked.')).toEqual([
      'Mr. Smith met Mrs. Jones and Dr. Lee.',
      'They talked.',
    ]);
    expect(texts('Sen. Alex Padilla and Gov. Gavin Newsom spoke. Rep. Kim left.')).toEqual([
      'Sen. Alex Padilla and Gov. Gavin Newsom spoke.',
      'Rep. Kim left.',
    ]);
  });

  it('U.S. inside a sentence and at its end', () => {
    expect(texts('The U.S. economy grew. Officials in the U.S. The rest declined.')).toEqual([
      'The U.S. economy grew.',
      'Officials in the U.S.',
      'The rest declined.',
    ]);
    expect(texts('U.S. President Joe Biden spoke.')).toEqual(['U.S. President Joe Biden spoke.']);
  });

  it('months and states before a date or a name, and at the end of a sentence', () => {
    expect(texts('On Jan. 5 the fire reached Ventura, Calif. Residents fled.')).toEqual([
      'On Jan. 5 the fire reached Ventura, Calif.',
      'Residents fled.',
    ]);
    expect(texts('He lives in Fresno, Calif. He farms.')).toEqual(['He lives in Fresno, Calif.', 'He farms.']);
    // Inside a sentence AP puts a comma after the state; a title may follow it.
    expect(texts('Fresno, Calif., Mayor Jerry Dyer spoke.')).toEqual(['Fresno, Calif., Mayor Jerry Dyer spoke.']);
    expect(texts('Calif. Gov. Gavin Newsom signed it. Wash. Sen. Patty Murray did not.')).toEqual([
      'Calif. Gov. Gavin Newsom signed it.',
      'Wash. Sen. Patty Murray did not.',
    ]);
    expect(texts('Prices rose in Jan. The rest of the year was calm.')).toEqual([
      'Prices rose in Jan.',
      'The rest of the year was calm.',
    ]);
  });

  it('a dateline after a state abbreviation is not a sentence end', () => {
    expect(texts('FRESNO, Calif. — Farmers gathered. NORFOLK, Va. - They waited.')).toEqual([
      'FRESNO, Calif. — Farmers gathered.',
      'NORFOLK, Va. - They waited.',
    ]);
  });

  it('a.m. and p.m.', () => {
    expect(texts('It starts at 10 a.m. Monday and ends at 4 p.m. The doors open early.')).toEqual([
      'It starts at 10 a.m. Monday and ends at 4 p.m.',
      'The doors open early.',
    ]);
  });

  it('e.g., i.e., No. 1, St., vs., Inc.', () => {
    expect(texts('Some fruits, e.g. Apples, are red. Others, i.e. Bananas, are not.')).toEqual([
      'Some fruits, e.g. Apples, are red.',
      'Others, i.e. Bananas, are not.',
    ]);
    expect(texts('The No. 1 team won. St. Louis lost to Dallas vs. Boston fans.')).toEqual([
      'The No. 1 team won.',
      'St. Louis lost to Dallas vs. Boston fans.',
    ]);
    expect(texts('He said no. Nobody listened.')).toEqual(['He said no.', 'Nobody listened.']);
    expect(texts('She works for Acme Inc. The company grew.')).toEqual(['She works for Acme Inc.', 'The company grew.']);
  });

  it('decimals, prices, addresses and web sites are not ends', () => {
    expect(texts('Growth was 3.5 percent, or $2.75 billion. See bloomberg.com for more.')).toEqual([
      'Growth was 3.5 percent, or $2.75 billion.',
      'See bloomberg.com for more.',
    ]);
  });

  it('initials', () => {
    expect(texts('J. R. R. Tolkien wrote it. George R. R. Martin did not.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'George R. R. Martin did not.',
    ]);
    expect(texts('Written by J. A. Smith. A sequel followed.')).toEqual(['Written by J. A. Smith.', 'A sequel followed.']);
    expect(texts('They chose Plan B. The rest is history.')).toEqual(['They chose Plan B.', 'The rest is history.']);
  });

  it('ellipses', () => {
    expect(texts('Wait... what happened? He paused… Then he left. And then...')).toEqual([
      'Wait... what happened?',
      'He paused…',
      'Then he left.',
      'And then...',
    ]);
  });
});

describe('quotes and brackets', () => {
  it('a closing quote after the period stays with its sentence', () => {
    expect(texts('"He left." She said it twice.')).toEqual(['"He left."', 'She said it twice.']);
    expect(texts('“Missiles will speak for themselves.” The strikes began.')).toEqual([
      '“Missiles will speak for themselves.”',
      'The strikes began.',
    ]);
  });

  it('a question inside a quote followed by a lowercase word is one sentence', () => {
    expect(texts('"Why?" she asked. "Because," he said.')).toEqual(['"Why?" she asked.', '"Because," he said.']);
  });

  it('closing brackets', () => {
    expect(texts('(He left early.) She stayed. [Editor\'s note: updated.] More follows.')).toEqual([
      '(He left early.)',
      'She stayed.',
      "[Editor's note: updated.]",
      'More follows.',
    ]);
  });

  it('a sentence may start with an opening quote after an abbreviation', () => {
    expect(texts('He moved to the U.S. "It was hard," he said.')).toEqual(['He moved to the U.S.', '"It was hard," he said.']);
  });
});

describe('other languages', () => {
  it('Spanish ¿? and ¡!', () => {
    expect(texts('¿Dónde estás? ¡Ven aquí! El Sr. García llegó a las 3. Todo bien.', 'es')).toEqual([
      '¿Dónde estás?',
      '¡Ven aquí!',
      'El Sr. García llegó a las 3.',
      'Todo bien.',
    ]);
  });

  it('French « » (spaced) and the space before ? and !', () => {
    expect(texts('« Bonjour. » Il est parti. Vraiment ? Oui ! M. Dupont a ri.', 'fr')).toEqual([
      '« Bonjour. »',
      'Il est parti.',
      'Vraiment ?',
      'Oui !',
      'M. Dupont a ri.',
    ]);
    // A narrow no-break space before » as French typesetting prints it (speech folds it to a space).
    expect(splitSentences('« Non.\u202f» Elle part.', 'fr')).toEqual(['« Non.\u202f»', 'Elle part.']);
    expect(texts('« Non.\u202f» Elle part.', 'fr')).toEqual(['« Non. »', 'Elle part.']);
  });

  it('German abbreviations, „quotes“ and ordinal numbers', () => {
    expect(texts('Am 3. Oktober kam Dr. Müller, z. B. mit Nr. 5. Er blieb lange. „Gut.“ Das war es.', 'de-DE')).toEqual([
      'Am 3. Oktober kam Dr. Müller, z. B. mit Nr. 5.',
      'Er blieb lange.',
      '„Gut.“',
      'Das war es.',
    ]);
    // In English the same number ends the sentence.
    expect(texts('The score was 3. Oktober is a month.', 'en')).toEqual(['The score was 3.', 'Oktober is a month.']);
  });

  it('CJK full stops without spaces, and closing brackets', () => {
    expect(texts('今日は晴れです。明日は雨ですか？「行こう。」彼は言った！', 'ja')).toEqual([
      '今日は晴れです。',
      '明日は雨ですか？',
      '「行こう。」',
      '彼は言った！',
    ]);
    expect(texts('他来了。我们走吧！', 'zh')).toEqual(['他来了。', '我们走吧！']);
  });

  it('Arabic question mark', () => {
    expect(texts('هل ستمطر اليوم؟ نعم، ستمطر.', 'ar')).toEqual(['هل ستمطر اليوم؟', 'نعم، ستمطر.']);
  });
});

describe('long sentences', () => {
  it('splits at commas and semicolons, each chunk within the limit', () => {
    const clause = (n: number) => `clause number ${n} has several plain words in it that take up some room`;
    const sentence = `${[1, 2, 3, 4].map(clause).join(', ')}; ${clause(5)}, ${clause(6)}.`;
    expect(sentence.length).toBeGreaterThan(400);
    const chunks = texts(sentence);
    expect(chunks).toEqual([
      `${clause(1)}, ${clause(2)}, ${clause(3)},`,
      `${clause(4)}; ${clause(5)}, ${clause(6)}.`,
    ]);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
  });

  it('falls back to spaces when there is no clause mark, and keeps every word', () => {
    const words = Array.from({ length: 90 }, (_, i) => `word${i}`);
    const chunks = speechChunks(`${words.join(' ')}.`, { maxLength: 100 });
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(100);
      expect(c.paragraph).toBe(0);
    }
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join(' ')).toBe(`${words.join(' ')}.`);
  });

  it('splits into even pieces, leaving no short orphan at the end', () => {
    const sentence =
      'As the war in Ukraine heads into its third full winter, the U.S. and its allies have grown extremely concerned about ' +
      'Pyongyang’s decision to deploy its forces in combat and assessments by some Group of 20 nations suggest North Korea ' +
      'could eventually send as many as 100,000 troops to Russia.';
    expect(texts(sentence)).toEqual([
      'As the war in Ukraine heads into its third full winter, the U.S. and its allies have grown extremely concerned about Pyongyang’s decision to deploy',
      'its forces in combat and assessments by some Group of 20 nations suggest North Korea could eventually send as many as 100,000 troops to Russia.',
    ]);
  });

  it('does not break right after a first short clause', () => {
    const sentence = `Yes, ${'this goes on and on without any other mark '.repeat(6).trim()}.`;
    const [first] = texts(sentence);
    expect(first?.startsWith('Yes, this goes')).toBe(true);
  });

  it('cuts CJK text at its commas, else hard at the limit, without splitting a surrogate pair', () => {
    const cjk = `${'这是一个很长的句子'.repeat(20)}，${'还有更多的内容'.repeat(10)}。`;
    const chunks = texts(cjk, 'zh');
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    expect(chunks.join('')).toBe(cjk);
    expect(chunks[0]?.endsWith('，')).toBe(true);
    const emoji = '😀'.repeat(150); // 300 UTF-16 units, no space
    const parts = texts(emoji);
    expect(parts.join('')).toBe(emoji);
    for (const p of parts) expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  });
});

describe('the seed article', () => {
  const text = readFileSync(join(FIXTURES_DIR, 'arcamax--bloomberg-ukraine-strikes', 'expected.txt'), 'utf8').trimEnd();
  const paragraphs = text.split('\n\n');
  const chunks = speechChunks(text, { lang: 'en' });

  it('covers every paragraph, in order, every chunk within the limit', () => {
    const indexes = [...new Set(chunks.map((c) => c.paragraph))];
    expect(indexes).toEqual(paragraphs.map((_, i) => i));
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    // Nothing lost: the chunks of a paragraph put back together give the paragraph.
    paragraphs.forEach((p, i) => {
      const joined = chunks.filter((c) => c.paragraph === i).map((c) => c.text).join(' ');
      expect(joined).toBe(p.replace(/\s+/g, ' ').trim());
    });
  });
});

describe('splitSentences', () => {
  it('is exported for a single paragraph', () => {
    expect(splitSentences('One. Two.')).toEqual(['One.', 'Two.']);
  });
});

describe('more abbreviations, quotes and scripts (as read aloud meets them in news copy)', () => {
  const cases: [string, string | undefined, string[]][] = [
    ['Prof. Smith arrived at 9 a.m. Monday. She left.', undefined, ['Prof. Smith arrived at 9 a.m. Monday.', 'She left.']],
    ['The Rev. Martin Luther King Jr. spoke. Crowds cheered.', undefined, ['The Rev. Martin Luther King Jr. spoke.', 'Crowds cheered.']],
    ['Shares of Apple Inc. rose 2%. The Nasdaq fell.', undefined, ['Shares of Apple Inc. rose 2%.', 'The Nasdaq fell.']],
    ['The U.K. and the E.U. agreed. Talks resume in Jan. next year.', undefined, ['The U.K. and the E.U. agreed.', 'Talks resume in Jan. next year.']],
    ['He earned a Ph.D. from M.I.T. He then moved.', undefined, ['He earned a Ph.D. from M.I.T.', 'He then moved.']],
    ['He said, "It\'s over." Then he left.', undefined, ['He said, "It\'s over."', 'Then he left.']],
    ["She asked: 'Why now?' Nobody answered.", undefined, ["She asked: 'Why now?'", 'Nobody answered.']],
    ['(This is an aside.) The main point follows.', undefined, ['(This is an aside.)', 'The main point follows.']],
    ['Wait... What happened? Nobody knows!?', undefined, ['Wait...', 'What happened?', 'Nobody knows!?']],
    ['«C\'est fini», a-t-il dit. Puis il est parti.', 'fr', ['«C\'est fini», a-t-il dit.', 'Puis il est parti.']],
    ['„Das ist gut“, sagte er. Dann ging er.', 'de', ['„Das ist gut“, sagte er.', 'Dann ging er.']],
    ['Er kam am 3. Oktober 2024 an. Das war spät.', 'de', ['Er kam am 3. Oktober 2024 an.', 'Das war spät.']],
    ['El Sr. García llegó. ¿Quién sabe? ¡Nadie!', 'es', ['El Sr. García llegó.', '¿Quién sabe?', '¡Nadie!']],
    ['Как дела? Всё хорошо. Спасибо!', 'ru', ['Как дела?', 'Всё хорошо.', 'Спасибо!']],
    ['यह एक वाक्य है। यह दूसरा है।', 'hi', ['यह एक वाक्य है।', 'यह दूसरा है।']],
    ['قال المتحدث إن الوضع مستقر. وأضاف أن الأمطار ستستمر؟ نعم.', 'ar', ['قال المتحدث إن الوضع مستقر.', 'وأضاف أن الأمطار ستستمر؟', 'نعم.']],
    ['今日は晴れです。明日は雨でしょう。', 'ja', ['今日は晴れです。', '明日は雨でしょう。']],
  ];
  for (const [text, lang, sentences] of cases) {
    it(`${lang ?? 'en'}: ${text.slice(0, 40)}`, () => {
      expect(splitSentences(text, lang)).toEqual(sentences);
    });
  }
});
