/**
 * Why each of Readability's test pages scores under 0.9 F1 against their expected.html, one line
 * per page, read from the page and both texts (bench/readability-pages.csv has the numbers).
 * "Junk" means text Readability keeps and we remove on purpose; a lost or cut-off article is a bug
 * and says so. The report flags any page under 0.9 that has no line here.
 */
export const READABILITY_CAUSES: Readonly<Record<string, string>> = {};
