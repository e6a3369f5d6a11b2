/**
 * The words that give a name an outlet's shape rather than a person's ("Fresno Bee", "Daily
 * Herald"): read by the byline parser (byline.ts) and by the on-load pre-check (precheck.ts),
 * which must not load the parser's gazetteer.
 */

/** Words that give a name an outlet's shape rather than a person's. */
export const OUTLET_WORD =
  /\b(?:News|Times|Post|Press|Tribune|Journal|Bee|Herald|Pilot|Conversation|Reuters|Bloomberg|Inquirer|Globe|Chronicle|Gazette|Star|Sun|Courant|Register|Observer|Dispatch|Daily|Magazine|Review|Record|Examiner|Enquirer|Telegraph|Guardian|Independent|Agency|Service|Media|Network|Radio|TV|Report|Monitor|Weekly|Wire|Today|Statesman|Republic|Dealer|Union|Leader|Citizen|Ledger|Bulletin|Mercury|Courier|Oklahoman|Advocate|Newsday|Politico|Axios|Stateline|Syndicate|Writers Group|Associated|Noticias|Diario|Nuevo|Opinión|Opinion|Presse|Zeitung|Agencia|Periódico|Semanario|Tiempo|Mundo|País|Nación|Prensa|Siglo|Correo|Voz|Raza|Sentinel|Beacon|Eagle|Banner|Messenger|Free Press|Gazeta|Sol|Post-Dispatch|Patch|Hill)\b/;
