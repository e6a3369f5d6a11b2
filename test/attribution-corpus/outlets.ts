/**
 * The generator's OWN table of originating outlets (it must not import the product's gazetteer).
 * Names and sites follow the binding list in canonical-outlets.md; the `local` entries are invented
 * small papers that are in no gazetteer, to test the "outlet shape" rule: their expected publisher is the
 * printed name minus qualifiers ("(Harlan, Ky.)", "(TNS)", "/Tribune News Service"), their site the one
 * printed in the credit line, or null.
 */
export interface Outlet {
  id: string;
  /** Expected `publisher`: the canonical display name. */
  publisher: string;
  /** Canonical site (bare host); null for an invented paper whose credit prints none. */
  site: string | null;
  /** The name as printed in a byline, with its place when the paper prints one. */
  bylineName: string;
  /** The credit-line holder as printed after the year. */
  holder: string;
  /** How the TCA credit names the site: `at` "Visit at latimes.com.", `bare` "Visit bloomberg.com.",
   *  `name-at` "Visit The Fresno Bee (Fresno, Calif.) at www.fresnobee.com", or none. */
  visit: 'at' | 'bare' | 'name-at' | null;
  /** The site exactly as the credit prints it (when `visit` is set). */
  printedSite: string | null;
  kind: 'paper' | 'wire' | 'partner' | 'local';
  /** The credit adds ", All Rights Reserved" after the holder (CQ-Roll Call's form). */
  rights?: boolean;
  /** The agency label a wire prints in its dateline: "WASHINGTON (AP) —". */
  datelineTag?: string;
  /** What an agency-only byline prints. */
  agencyByline?: string;
}

const paper = (id: string, publisher: string, site: string, holder: string, visit: Outlet['visit'], printedSite: string | null, bylineName = holder): Outlet =>
  ({ id, publisher, site, bylineName, holder, visit, printedSite, kind: 'paper' });

export const OUTLETS: Outlet[] = [
  paper('latimes', 'Los Angeles Times', 'latimes.com', 'Los Angeles Times', 'at', 'latimes.com'),
  paper('chicagotribune', 'Chicago Tribune', 'chicagotribune.com', 'Chicago Tribune', 'at', 'www.chicagotribune.com'),
  paper('baltsun', 'The Baltimore Sun', 'baltimoresun.com', 'The Baltimore Sun', 'name-at', 'www.baltimoresun.com'),
  paper('orlando', 'Orlando Sentinel', 'orlandosentinel.com', 'Orlando Sentinel', 'at', 'www.orlandosentinel.com'),
  paper('sunsentinel', 'South Florida Sun Sentinel', 'sun-sentinel.com', 'South Florida Sun Sentinel', 'at', 'www.sun-sentinel.com'),
  paper('pilot', 'The Virginian-Pilot', 'pilotonline.com', 'The Virginian-Pilot (Norfolk, Va.)', 'name-at', 'pilotonline.com'),
  paper('fresnobee', 'The Fresno Bee', 'fresnobee.com', 'The Fresno Bee (Fresno, Calif.)', 'name-at', 'www.fresnobee.com'),
  paper('sacbee', 'The Sacramento Bee', 'sacbee.com', 'The Sacramento Bee', 'name-at', 'www.sacbee.com'),
  paper('miamiherald', 'Miami Herald', 'miamiherald.com', 'Miami Herald', 'at', 'www.miamiherald.com'),
  paper('kcstar', 'The Kansas City Star', 'kansascity.com', 'The Kansas City Star', 'name-at', 'www.kansascity.com'),
  paper('charlotte', 'The Charlotte Observer', 'charlotteobserver.com', 'The Charlotte Observer', 'name-at', 'www.charlotteobserver.com'),
  paper('startelegram', 'Fort Worth Star-Telegram', 'star-telegram.com', 'Fort Worth Star-Telegram', 'at', 'www.star-telegram.com'),
  paper('tampabay', 'Tampa Bay Times', 'tampabay.com', 'Tampa Bay Times', 'at', 'tampabay.com'),
  paper('dallas', 'The Dallas Morning News', 'dallasnews.com', 'The Dallas Morning News', 'at', 'www.dallasnews.com'),
  paper('startribune', 'Star Tribune', 'startribune.com', 'Star Tribune (Minneapolis)', 'at', 'startribune.com'),
  paper('seattletimes', 'The Seattle Times', 'seattletimes.com', 'The Seattle Times', 'at', 'seattletimes.com'),
  paper('bostonherald', 'Boston Herald', 'bostonherald.com', 'Boston Herald', 'at', 'www.bostonherald.com'),
  paper('mercury', 'The Mercury News', 'mercurynews.com', 'The Mercury News', 'at', 'www.mercurynews.com'),
  paper('denverpost', 'The Denver Post', 'denverpost.com', 'The Denver Post', 'at', 'www.denverpost.com'),
  paper('inquirer', 'The Philadelphia Inquirer', 'inquirer.com', 'The Philadelphia Inquirer', 'at', 'www.inquirer.com'),
  paper('ajc', 'The Atlanta Journal-Constitution', 'ajc.com', 'The Atlanta Journal-Constitution (Atlanta, Ga.)', null, null),
  paper('houston', 'Houston Chronicle', 'houstonchronicle.com', 'Houston Chronicle', 'at', 'www.houstonchronicle.com'),
  paper('newsday', 'Newsday', 'newsday.com', 'Newsday', 'at', 'www.newsday.com'),
  paper('elnuevo', 'El Nuevo Herald', 'elnuevoherald.com', 'El Nuevo Herald', 'bare', 'elnuevoherald.com'),
  paper('lemonde', 'Le Monde', 'lemonde.fr', 'Le Monde', 'bare', 'lemonde.fr'),
  { id: 'bloomberg', publisher: 'Bloomberg News', site: 'bloomberg.com', bylineName: 'Bloomberg News', holder: 'Bloomberg L.P.', visit: 'bare', printedSite: 'bloomberg.com', kind: 'partner', datelineTag: '(Bloomberg) --', agencyByline: 'Bloomberg' },
  { id: 'kff', publisher: 'KFF Health News', site: 'kffhealthnews.org', bylineName: 'KFF Health News', holder: 'KFF Health News', visit: null, printedSite: null, kind: 'partner' },
  { id: 'cqrollcall', publisher: 'CQ-Roll Call', site: 'rollcall.com', bylineName: 'CQ-Roll Call', holder: 'CQ-Roll Call, Inc.', visit: null, printedSite: null, kind: 'partner', rights: true },
  // Invented papers (not in any gazetteer): the publisher is the printed name minus its qualifiers.
  { id: 'millbrook', publisher: 'The Millbrook Courier', site: 'millbrookcourier.com', bylineName: 'The Millbrook Courier', holder: 'The Millbrook Courier', visit: 'name-at', printedSite: 'millbrookcourier.com', kind: 'local' },
  { id: 'harlan', publisher: 'The Harlan Valley Gazette', site: 'www.harlanvalleygazette.com', bylineName: 'The Harlan Valley Gazette (Harlan, Ky.)', holder: 'The Harlan Valley Gazette (Harlan, Ky.)', visit: 'name-at', printedSite: 'www.harlanvalleygazette.com', kind: 'local' },
  { id: 'orchard', publisher: 'Orchard County Tribune', site: null, bylineName: 'Orchard County Tribune (Wenatchee, Wash.)', holder: 'Orchard County Tribune (Wenatchee, Wash.)', visit: null, printedSite: null, kind: 'local' },
  { id: 'prairie', publisher: 'Prairie Sun-Herald', site: 'prairiesunherald.com', bylineName: 'Prairie Sun-Herald', holder: 'Prairie Sun-Herald', visit: 'at', printedSite: 'prairiesunherald.com', kind: 'local' },
  // A Gulf paper the gazetteer knows, and an invented one, for SyndiGate's redistribution.
  { id: 'gulfnews', publisher: 'Gulf News', site: 'gulfnews.com', bylineName: 'Gulf News', holder: 'Gulf News', visit: null, printedSite: null, kind: 'partner' },
  { id: 'levantstar', publisher: 'The Levant Daily Star', site: null, bylineName: 'The Levant Daily Star', holder: 'The Levant Daily Star', visit: null, printedSite: null, kind: 'local' },
  // Wires and news services.
  { id: 'ap', publisher: 'The Associated Press', site: 'apnews.com', bylineName: 'The Associated Press', holder: 'The Associated Press', visit: null, printedSite: null, kind: 'wire', datelineTag: '(AP) —', agencyByline: 'Associated Press' },
  { id: 'reuters', publisher: 'Reuters', site: 'reuters.com', bylineName: 'Reuters', holder: 'Thomson Reuters', visit: null, printedSite: null, kind: 'wire', datelineTag: '(Reuters) -', agencyByline: 'Reuters' },
  { id: 'afp', publisher: 'Agence France-Presse', site: 'afp.com', bylineName: 'AFP', holder: 'AFP', visit: null, printedSite: null, kind: 'wire', datelineTag: '(AFP) —', agencyByline: 'AFP' },
  { id: 'dpa', publisher: 'dpa', site: 'dpa.com', bylineName: 'dpa', holder: 'Deutsche Presse-Agentur GmbH (Hamburg, Germany)', visit: null, printedSite: null, kind: 'wire', datelineTag: '(dpa) -', agencyByline: 'dpa' },
  { id: 'efe', publisher: 'EFE', site: 'efe.com', bylineName: 'EFE', holder: 'Agencia EFE', visit: null, printedSite: null, kind: 'wire', datelineTag: '(EFE) —', agencyByline: 'EFE' },
  { id: 'nyt', publisher: 'The New York Times', site: 'nytimes.com', bylineName: 'The New York Times', holder: 'The New York Times Company', visit: null, printedSite: null, kind: 'partner' },
  { id: 'conversation', publisher: 'The Conversation', site: 'theconversation.com', bylineName: 'The Conversation', holder: 'The Conversation', visit: null, printedSite: null, kind: 'partner' },
  // Syndicates (the publisher of a column whose byline names no outlet).
  { id: 'creators', publisher: 'Creators Syndicate', site: 'creators.com', bylineName: 'Creators Syndicate', holder: 'CREATORS.COM', visit: null, printedSite: null, kind: 'partner' },
  { id: 'king', publisher: 'King Features Syndicate', site: 'kingfeatures.com', bylineName: 'King Features Syndicate', holder: 'King Features Synd., Inc.', visit: null, printedSite: null, kind: 'partner' },
  { id: 'amu', publisher: 'Andrews McMeel Syndication', site: 'andrewsmcmeel.com', bylineName: 'Andrews McMeel Syndication', holder: 'Andrews McMeel Syndication', visit: null, printedSite: null, kind: 'partner' },
  { id: 'wpwg', publisher: 'Washington Post Writers Group', site: 'washingtonpost.com', bylineName: 'Washington Post Writers Group', holder: 'Washington Post Writers Group', visit: null, printedSite: null, kind: 'partner' },
];

export const outlet = (id: string): Outlet => {
  const o = OUTLETS.find((x) => x.id === id);
  if (!o) throw new Error(`unknown outlet ${id}`);
  return o;
};

/** Papers (and partners) whose stories move on the TCA wire. */
export const TCA_SOURCES = ['latimes', 'chicagotribune', 'baltsun', 'orlando', 'sunsentinel', 'pilot', 'fresnobee', 'sacbee', 'miamiherald',
  'kcstar', 'charlotte', 'startelegram', 'tampabay', 'dallas', 'startribune', 'seattletimes', 'bostonherald', 'mercury', 'denverpost',
  'inquirer', 'ajc', 'houston', 'newsday', 'bloomberg', 'kff', 'cqrollcall', 'millbrook', 'harlan', 'orchard', 'prairie'];

/** The place qualifier a byline may carry, for the `(TNS)` form: "The Fresno Bee (Fresno, Calif.)". */
export const withPlace = (o: Outlet): string => (/\(/.test(o.bylineName) ? o.bylineName : o.holder.includes('(') ? o.holder : o.bylineName);
