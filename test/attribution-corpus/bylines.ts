/**
 * Byline forms: how a page prints who wrote the story and for whom, and the expected `byline`
 * (as printed, without a leading By/Por/Par/Von and without the date) and `authors` (people only,
 * normal name case). All names are invented.
 */

export const FIRST = ['Melissa', 'Daniel', 'Priya', 'Marcus', 'Elena', 'Tomás', 'Grace', 'Owen', 'Nadia', 'Caleb', 'Hannah', 'Victor',
  'Lucia', 'Jamal', 'Sofia', 'Gregory', 'Ingrid', 'Rafael', 'Megan', 'Theo', 'Aisha', 'Connor', 'Beatriz', 'Howard', 'Yuki', 'Lorenzo',
  'Fiona', 'Desmond', 'Carmen', 'Patrick', 'Leah', 'Samuel', 'Rosa', 'Emmett', 'Anjali', 'Wesley'];
export const LAST = ['Alvarado', 'Brenner', 'Castellano', 'Dunmore', 'Eckhart', 'Fairbanks', 'Galloway', 'Hollister', 'Iverson', 'Jablonski',
  'Kettering', 'Lindqvist', 'Marchetti', 'Novak', 'Okonkwo', 'Pruitt', 'Quiroga', 'Rasmussen', 'Sandoval', 'Thornbury', 'Underwood',
  'Vance', 'Whitlock', 'Yarborough', 'Zamora', 'Abernathy', 'Beaumont', 'Calloway', 'Delacroix', 'Esposito', 'Fenwick', 'Haddad'];
/** Names for the foreign-language forms (Por/Par/Von). */
export const FOREIGN_NAMES: Record<'es' | 'fr' | 'de', string[]> = {
  es: ['María José Ruiz', 'Andrés Villalobos', 'Lucía Benítez', 'Jorge Cárdenas', 'Paula Echeverría', 'Ramón Ibarra'],
  fr: ['Claire Dufresne', 'Julien Marchand', 'Camille Besnard', 'Antoine Lefèvre', 'Élodie Garnier', 'Mathieu Roussel'],
  de: ['Katrin Hoffmann', 'Jonas Becker', 'Miriam Vogt', 'Stefan Krüger', 'Anja Lorenz', 'Felix Brandt'],
};

export const ROLES = ['Staff Writer', 'Senior Writer', 'Contributing Columnist', 'Correspondent', 'Business Reporter', 'Health Reporter', 'Metro Editor'];

export type FormId = 'by-comma' | 'arcamax-on' | 'on-next' | 'names-and' | 'foreign-list' | 'pipe' | 'slash' | 'paren' | 'por' | 'par' | 'von'
  | 'ap-caps' | 'agency-only' | 'staff-role' | 'name-next-line' | 'tns-place' | 'tns-slash' | 'plain' | 'provider-label';

export const FORMS: FormId[] = ['by-comma', 'arcamax-on', 'on-next', 'names-and', 'foreign-list', 'pipe', 'slash', 'paren', 'por', 'par', 'von',
  'ap-caps', 'agency-only', 'staff-role', 'name-next-line', 'tns-place', 'tns-slash', 'plain', 'provider-label'];

/** How many people a form names. */
export const peopleFor = (form: FormId): number => (form === 'names-and' ? 3 : form === 'foreign-list' ? 2 : form === 'agency-only' ? 0 : 1);

export interface BylineInput {
  form: FormId;
  people: string[];
  /** The outlet as the byline prints it ("Bloomberg News", "The Fresno Bee (Fresno, Calif.)"); null: none. */
  outlet: string | null;
  lang: 'en' | 'es' | 'fr' | 'de';
  /** Trap: a role phrase ("Staff Writer") printed in the byline. */
  role: string | null;
  /** For staff-role: the site's name ("The Ledger business reporter", "Special to The Ledger"). */
  siteName: string;
  variant: number;
  /** Date as the byline prints it when it carries one ("Nov 17, 2024"). */
  shortDate: string;
  /** The agency-only label ("Associated Press"). */
  agency: string | null;
}

export interface BylineOut {
  /** Text of each byline element in order (the layout wraps them); the first may start with By/Por/Par/Von. */
  lines: string[];
  byline: string | null;
  authors: string[];
  /** The byline already carries the date (ArcaMax forms): the layout must not add another. */
  carriesDate: boolean;
}

const andWord = { en: 'and', es: 'y', fr: 'et', de: 'und' } as const;
const byWord = { en: 'By', es: 'Por', fr: 'Par', de: 'Von' } as const;

/** "A", "A and B", "A, B and C" in the page's language. */
export const joinNames = (names: string[], lang: keyof typeof andWord): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${andWord[lang]} ${names.at(-1)}`;

const withOutlet = (names: string, outlet: string | null, role: string | null): string =>
  [names, role, outlet].filter(Boolean).join(', ');

export function renderByline(b: BylineInput): BylineOut {
  const names = joinNames(b.people, b.lang === 'en' ? 'en' : b.lang);
  const core = withOutlet(names, b.outlet, b.role);
  // The page's own language prints the leading word (a French site's "By" is "Par").
  const by = (text: string): BylineOut => ({ lines: [`${byWord[b.lang]} ${text}`], byline: text, authors: b.people, carriesDate: false });
  switch (b.form) {
    case 'by-comma':
    case 'names-and':
      return by(core);
    case 'plain':
      return by(withOutlet(names, null, b.role));
    case 'arcamax-on':
      return { lines: [`${core} on ${b.shortDate}`], byline: core, authors: b.people, carriesDate: true };
    case 'on-next':
      return { lines: [`${core} on`, b.shortDate], byline: core, authors: b.people, carriesDate: true };
    case 'foreign-list':
    case 'por':
    case 'par':
    case 'von': {
      const lang = b.form === 'por' ? 'es' : b.form === 'par' ? 'fr' : b.form === 'von' ? 'de' : b.lang === 'en' ? 'es' : b.lang;
      const text = withOutlet(joinNames(b.people, lang), b.outlet, b.role);
      return { lines: [`${byWord[lang]} ${text}`], byline: text, authors: b.people, carriesDate: false };
    }
    case 'pipe': {
      const text = `${withOutlet(names, null, b.role)} | ${b.outlet}`;
      return { lines: [text], byline: text, authors: b.people, carriesDate: false };
    }
    case 'slash':
      return by(`${withOutlet(names, null, b.role)} / ${b.outlet}`);
    case 'paren':
      return by(`${withOutlet(names, null, b.role)} (${b.outlet})`);
    case 'ap-caps': {
      const text = `${names.toUpperCase()} ${b.agency ?? 'Associated Press'}`;
      return { lines: [`${b.variant % 2 ? 'BY' : 'By'} ${text}`], byline: text, authors: b.people, carriesDate: false };
    }
    case 'agency-only':
      return { lines: [b.agency ?? 'Associated Press'], byline: b.agency ?? 'Associated Press', authors: [], carriesDate: false };
    case 'staff-role': {
      const shapes = [`${names}, Staff Writer`, `${names}, ${b.siteName} business reporter`, `${names}, Special to ${b.siteName}`, `${names}, Senior Staff Writer`];
      return by(shapes[b.variant % shapes.length]!);
    }
    case 'name-next-line':
      return { lines: [`By ${withOutlet(names, null, b.role)}`, b.outlet ?? b.siteName], byline: withOutlet(names, null, b.role), authors: b.people, carriesDate: false };
    case 'tns-place':
      return by(withOutlet(names, `${b.outlet} (TNS)`, b.role));
    case 'tns-slash':
      return by(`${withOutlet(names, null, b.role)}, ${b.outlet}/Tribune News Service`);
    case 'provider-label': {
      const text = withOutlet(names, null, b.role);
      return { lines: [text], byline: text, authors: b.people, carriesDate: false };
    }
  }
}
