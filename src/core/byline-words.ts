/**
 * The words of bylines: "By" in several languages, the joins in a list of names, the particles of
 * people's names, the words that give a name an outlet's shape ("Fresno Bee", "Daily Herald").
 * Read by the byline parser (byline.ts) and by the on-load pre-check (precheck.ts), which must not
 * load the parser's gazetteer.
 */

/** Words that give a name an outlet's shape rather than a person's. */
export const OUTLET_WORD =
  /\b(?:News|Times|Post|Press|Tribune|Journal|Bee|Herald|Pilot|Conversation|Reuters|Bloomberg|Inquirer|Globe|Chronicle|Gazette|Star|Sun|Courant|Register|Observer|Dispatch|Daily|Magazine|Review|Record|Examiner|Enquirer|Telegraph|Guardian|Independent|Agency|Service|Media|Network|Radio|TV|Report|Monitor|Weekly|Wire|Today|Statesman|Republic|Dealer|Union|Leader|Citizen|Ledger|Bulletin|Mercury|Courier|Oklahoman|Advocate|Newsday|Politico|Axios|Stateline|Syndicate|Writers Group|Associated|Noticias|Diario|Nuevo|Opinión|Opinion|Presse|Zeitung|Agencia|Periódico|Semanario|Tiempo|Mundo|País|Nación|Prensa|Siglo|Correo|Voz|Raza|Sentinel|Beacon|Eagle|Banner|Messenger|Free Press|Gazeta|Sol|Post-Dispatch|Patch|Hill)\b/;

export const PERSON_PARTICLE = /^(?:de|del|della|di|da|dos|das|du|van|von|der|den|ter|al|el|bin|ibn|la|le|st\.?|y|e|jr\.?|sr\.?|ii|iii|iv|mc|o’|o')$/i;
/** The longest byline read as one. */
export const MAX_BYLINE = 220;
/** "By" in the languages of the bylines we have seen. Tried, then dropped if what follows is no byline ("Von Miller"). */
export const BY_PREFIX = /^(?:by|por|par|von|di|door|av|af|przez|от|بقلم|מאת)[:\s]\s*/i;
/** Joins in a list of names: commas, and, y, e, et, und, en, og, och, &. */
export const NAME_JOIN = /\s*,\s*|\s+(?:and|y|e|et|und|en|og|och)\s+|\s*&\s*/;
