/**
 * A publisher's name as the result shows it: the gazetteer's canonical name when it knows the
 * outlet ("Bloomberg L.P." and "Bloomberg" are "Bloomberg News"), else the printed name without
 * what is not part of it: agency qualifiers ("(TNS)", "/Tribune News Service"), a place in
 * parentheses ("(Fresno, Calif.)") and corporate suffixes ("L.P.", "LLC", "Inc.").
 */
import { findOutlet, stripOutletQualifiers } from './outlets.ts';

const CORPORATE_SUFFIX = /,?\s+(?:L\.?P\.?|LLC\.?|Inc\.?|Co\.|Corp\.?|Ltd\.?|GmbH|S\.A\.?)$/i;

export function publisherName(printed: string): string;
export function publisherName(printed: string | null): string | null;
export function publisherName(printed: string | null): string | null {
  if (!printed) return null;
  const known = findOutlet(printed);
  if (known) return known.name;
  const s = stripOutletQualifiers(printed).replace(CORPORATE_SUFFIX, '').trim();
  return findOutlet(s)?.name ?? (s || null);
}
