import { describe, expect, it } from 'vitest';
import { outletOfTail, parseByline, signOffAuthors, splitOutsideParens } from '../../src/core/byline.ts';
import { isBylineDateLine, isDateLine } from '../../src/core/trailer.ts';

describe('parseByline', () => {
  it.each([
    [
      'Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News on Nov 17, 2024',
      { byline: 'Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News', authors: ['Alberto Nardelli', 'Jenny Leonard', 'Alex Wickham'], outlet: 'Bloomberg News', date: '2024-11-17' },
    ],
    [
      // ArcaMax, date filled in elsewhere on the page: the trailing "on" is dropped.
      'Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News on',
      { byline: 'Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News', authors: ['Alberto Nardelli', 'Jenny Leonard', 'Alex Wickham'], outlet: 'Bloomberg News', date: null },
    ],
    [
      'By Patrick Howell O’Neill, Bloomberg News',
      { byline: 'Patrick Howell O’Neill, Bloomberg News', authors: ['Patrick Howell O’Neill'], outlet: 'Bloomberg News', date: null },
    ],
    ['Kevin Crowley | Bloomberg News', { authors: ['Kevin Crowley'], outlet: 'Bloomberg News', date: null }],
    [
      'Melissa Montalvo, The Fresno Bee (Fresno, Calif.) on Mar 3, 2025',
      { byline: 'Melissa Montalvo, The Fresno Bee (Fresno, Calif.)', authors: ['Melissa Montalvo'], outlet: 'The Fresno Bee (Fresno, Calif.)', date: '2025-03-03' },
    ],
    ['By Laura Curtis and Augusta Saraiva, Bloomberg News', { authors: ['Laura Curtis', 'Augusta Saraiva'], outlet: 'Bloomberg News' }],
    ['Susan Estrich on Jun 12, 2025', { byline: 'Susan Estrich', authors: ['Susan Estrich'], outlet: null, date: '2025-06-12' }],
    ['By Jake Griffin', { byline: 'Jake Griffin', authors: ['Jake Griffin'], outlet: null }],
    ['Joe Cash and Ethan Wang', { authors: ['Joe Cash', 'Ethan Wang'], outlet: null }],
    ['By CHRISTOPHER WEBER Associated Press', { authors: ['Christopher Weber'], outlet: 'Associated Press' }],
    ['By Christopher Weber, The Associated Press', { authors: ['Christopher Weber'], outlet: 'The Associated Press' }],
    ['Tyrades! by Danny Tyree', { authors: ['Danny Tyree'], outlet: null }],
    // A role after a name the gazetteer does not know (many papers are a "Daily Herald") names no outlet.
    ['By Jake Griffin, Daily Herald Staff Writer', { authors: ['Jake Griffin'], outlet: null }],
    ['By Jake Griffin, Los Angeles Times Staff Writer', { authors: ['Jake Griffin'], outlet: 'Los Angeles Times' }],
    ['Sarah Jane Tribble, KFF Health News on Apr 2, 2025', { authors: ['Sarah Jane Tribble'], outlet: 'KFF Health News', date: '2025-04-02' }],
    ['Gerard de la Cruz, The Philadelphia Inquirer', { authors: ['Gerard de la Cruz'], outlet: 'The Philadelphia Inquirer' }],
    ['Associated Press', { authors: [], outlet: 'Associated Press' }],
    // Other languages: the prefix goes, lists join with y / et / und.
    ['Por Ana Gómez, El Nuevo Herald', { byline: 'Ana Gómez, El Nuevo Herald', authors: ['Ana Gómez'], outlet: 'El Nuevo Herald' }],
    ['Por Ana Gómez y Luis Pérez, La Opinión', { authors: ['Ana Gómez', 'Luis Pérez'], outlet: 'La Opinión' }],
    ['Par Claire Dufresne et Julien Marchand, Le Monde', { authors: ['Claire Dufresne', 'Julien Marchand'], outlet: 'Le Monde' }],
    ['Von Jonas Becker und Anja Lorenz', { authors: ['Jonas Becker', 'Anja Lorenz'], outlet: null }],
    ['Von Miller, The Denver Post', { authors: ['Von Miller'], outlet: 'The Denver Post' }],
    ['Ana Gómez, El Nuevo Herald el 17 de noviembre de 2024', { authors: ['Ana Gómez'], date: '2024-11-17' }],
    ['Claire Dufresne, Le Monde le 3 mars 2025', { authors: ['Claire Dufresne'], date: '2025-03-03' }],
    // Separators.
    ['Kevin Crowley / Bloomberg News', { authors: ['Kevin Crowley'], outlet: 'Bloomberg News' }],
    ['Joe Cash (Reuters)', { authors: ['Joe Cash'], outlet: 'Reuters' }],
    ['Grace Pruitt (The Riverbend Herald)', { authors: ['Grace Pruitt'], outlet: 'The Riverbend Herald' }],
    ['Jane Roe | Bloomberg News November 13, 2023 at 11:55 a.m.', { byline: 'Jane Roe | Bloomberg News', date: '2023-11-13' }],
    // Qualifiers that are not the outlet's name.
    ['Melissa Montalvo, The Fresno Bee (Fresno, Calif.) (TNS)', { authors: ['Melissa Montalvo'], outlet: 'The Fresno Bee (Fresno, Calif.)' }],
    ['Laurence Darmiento, Los Angeles Times/Tribune News Service', { authors: ['Laurence Darmiento'], outlet: 'Los Angeles Times' }],
    // AP capitals: authors in name case, the byline verbatim.
    ['By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press', { byline: 'LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press', authors: ['Lisa Mascaro', 'Mary Clare Jalonick', 'Eric Tucker'], outlet: 'Associated Press' }],
    // Roles, desks and photo credits name no outlet.
    ['By Jane Doe, Staff Writer', { authors: ['Jane Doe'], outlet: null }],
    ['By Jane Doe, Ledger business reporter', { authors: ['Jane Doe'], outlet: null }],
    ['By Jane Doe, Senior Writer, Bloomberg News', { authors: ['Jane Doe'], outlet: 'Bloomberg News' }],
    ['Por Ana Gómez, corresponsal', { authors: ['Ana Gómez'], outlet: null }],
    ['Par Claire Dufresne, envoyée spéciale', { authors: ['Claire Dufresne'], outlet: null }],
    ['By Jane Doe, Special to the County Ledger', { authors: ['Jane Doe'], outlet: null }],
    ['By Jane Doe, Special to The Washington Post', { authors: ['Jane Doe'], outlet: 'The Washington Post' }],
    ['By Jane Doe and John Roe, Associated Press', { authors: ['Jane Doe', 'John Roe'], outlet: 'Associated Press' }],
    ['By Jane Doe, Metro desk', { authors: ['Jane Doe'], outlet: null }],
    ['By Jane Doe, Herald wire services', { authors: ['Jane Doe'], outlet: null }],
    ['Jane Doe, NJ Advance Media for NJ.com', { authors: ['Jane Doe'], outlet: 'NJ.com' }],
    ['By Howard Haddad, Phys.org', { authors: ['Howard Haddad'], outlet: 'Phys.org' }],
    ['Anja Lorenz, Rheintal-Bote', { authors: ['Anja Lorenz'], outlet: null }],
    ['PTI, Washington', { authors: [], outlet: 'PTI' }],
    ['By Jane Doe | jane.doe@theledger.com', { authors: ['Jane Doe'], outlet: null }],
    // A given name that is an outlet's word (found by the property test with seed 679174995).
    ['Sun Lee, Bloomberg News on Nov 17, 2024', { authors: ['Sun Lee'], outlet: 'Bloomberg News', date: '2024-11-17' }],
    ['Star Jones and Sun Aaa, Bloomberg News on', { authors: ['Star Jones', 'Sun Aaa'], outlet: 'Bloomberg News' }],
    // A weekday before the date: the outlet was "Chicago Tribune on Mon".
    ['Marisol Okafor, Chicago Tribune on Mon, Jan 8, 2024', { authors: ['Marisol Okafor'], outlet: 'Chicago Tribune', date: '2024-01-08' }],
    ['Marisol Okafor, Chicago Tribune on Monday, January 8, 2024', { authors: ['Marisol Okafor'], outlet: 'Chicago Tribune', date: '2024-01-08' }],
    ['Ann Lee, The Baltimore Sun (TNS) on Sun, Jan 7, 2024', { authors: ['Ann Lee'], outlet: 'The Baltimore Sun', date: '2024-01-07' }],
    ['Ana Ruiz, Los Angeles Times el lunes 8 de enero de 2024', { authors: ['Ana Ruiz'], outlet: 'Los Angeles Times', date: '2024-01-08' }],
    // Degrees after names, and the serial comma.
    ['Miriam Castellano, M.D., and Peter Hwang, M.D. on Mar 10, 2026', { byline: 'Miriam Castellano, M.D., and Peter Hwang, M.D.', authors: ['Miriam Castellano', 'Peter Hwang'], outlet: null, date: '2026-03-10' }],
    ['By Jane Doe, Ph.D., Los Angeles Times', { authors: ['Jane Doe'], outlet: 'Los Angeles Times' }],
    ['Ann Lee, Bo Kim, and Peter Hwang, Los Angeles Times', { authors: ['Ann Lee', 'Bo Kim', 'Peter Hwang'], outlet: 'Los Angeles Times' }],
    // …but a paper's "Sun" before a date is the paper's.
    ['Ann Lee, The Baltimore Sun, Jan 8, 2024', { authors: ['Ann Lee'], outlet: 'The Baltimore Sun', date: '2024-01-08' }],
  ])('%s', (text, expected) => {
    expect(parseByline(text)).toMatchObject(expected);
  });

  it.each([
    'The U.S. is approaching a final decision to lift some restrictions on Ukraine’s use of western-made weapons.',
    'Published in News & Features',
    'Nov 17, 2024',
    'Comments',
    'Read more',
    'Share this story on Facebook',
    '12 comments',
    'Leonhard Foeger / Reuters file',
    'All, Books, Kit Reviews, News',
    'About Privacy Terms | Contact',
    'Breaking News Emails',
    '',
  ])('rejects %j', (text) => {
    expect(parseByline(text)).toBeNull();
  });
});

describe('outletOfTail', () => {
  it.each([
    // A role after a known outlet names that outlet, without the role.
    ['BuzzFeed News Reporter', 'BuzzFeed News'],
    ['Chicago Tribune Reporter', 'Chicago Tribune'],
    // "Los" opens a city's name here, not an outlet's title ("The Reporter").
    ['Los Angeles Times Reporter', 'Los Angeles Times'],
    ['The Hollywood Reporter', 'The Hollywood Reporter'],
    // A paper and its city in parentheses keeps its shape.
    ['The Fresno Bee (Fresno, Calif.)', 'The Fresno Bee (Fresno, Calif.)'],
    // A role after words the gazetteer does not know: the host's own staff write that way.
    ['Ledger Staff Reporter', null],
    ['Staff Reporter', null],
    // One word and a note in parentheses (a name and its language) has no outlet's shape.
    ['Aotearoa (Māori)', null],
    ['Kyiv (Ukrainian)', null],
  ])('reads %j as %j', (tail, outlet) => {
    expect(outletOfTail(tail)).toBe(outlet);
  });
});

describe('splitOutsideParens', () => {
  it('keeps commas inside parentheses', () => {
    expect(splitOutsideParens('A, The Fresno Bee (Fresno, Calif.)')).toEqual(['A', 'The Fresno Bee (Fresno, Calif.)']);
  });
});

describe('isDateLine', () => {
  it.each(['July 10, 2024 at 5:12 pm', 'Updated: 3/14/2025 9:30 PM', 'Posted Nov. 17, 2024', 'Thu, Apr 3, 2025, 5:35 AM EDT', '2024-11-17', 'October 08, 2024 09:41 ET (13:41 GMT)'])('%s is a date line', (t) => {
    expect(isDateLine(t)).toBe(true);
  });
  it.each(['The vote was on July 10, 2024.', 'Published in News & Features', 'At 5:12 pm the fire grew', 'Comments'])('%s is not', (t) => {
    expect(isDateLine(t)).toBe(false);
  });
});

describe('isBylineDateLine', () => {
  it.each(['The Associated Press Published Monday, November 18, 2019 8:22AM EST', 'By Jane Roe, Bloomberg News | Nov. 17, 2024'])('%s is a byline with its date', (t) => {
    expect(isBylineDateLine(t)).toBe(true);
  });
  it.each(['The agency said on Monday, November 18, 2019 that it would act.', 'July 10, 2024 at 5:12 pm is when the fire began and crews arrived', 'Jane Roe'])('%s is not', (t) => {
    expect(isBylineDateLine(t)).toBe(false);
  });
});

describe('signOffAuthors', () => {
  it.each([
    ['(Reporting by Will Dunham; Editing by Tom Brown)', ['Will Dunham']],
    ['(Reporting by Kane Wu in Hong Kong; additional reporting by Andrew Galbraith in Shanghai; Editing by Jacqueline Wong)', ['Kane Wu']],
    ['(Reporting by Joe Cash and Ethan Wang in Beijing; Editing by Tom Hogue)', ['Joe Cash', 'Ethan Wang']],
    ['The board will meet again in March.', []],
    ['(Reporting by staff; Editing by the desk)', []],
  ])('%s', (text, authors) => {
    expect(signOffAuthors(text)).toEqual(authors);
  });
});
