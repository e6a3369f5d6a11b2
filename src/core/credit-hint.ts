/**
 * The cheap test of whether a text may hold a credit line, before any parsing: shared by the
 * credit-line parser (credit-line.ts) and the on-load pre-check (precheck.ts), which must not pull
 * in the syndicate table or the outlet gazetteer.
 */
import { foldSpace } from './text.ts';

/**
 * The copyright mark in every spelling seen: ©, (c), Copyright, and the word with the sign
 * ("Copyright © 2019", "Copyright (c) 2019", "© Copyright 2019", and "Copyright @ 2019" where a
 * sign was typed as "@"; never "@" alone, which is an address). A regular-expression source, for
 * the syndicate table's patterns (syndicates.ts) and the one below.
 */
export const COPYRIGHT_MARK = String.raw`(?:(?:©|\(c\))\s*copyright\b|copyright\s*(?:©|\(c\)|@)|©|\(c\)|copyright\b)`;
/** A mark and a year opening a credit, to read the holder after them ("Copyright © 2019 Press TV" → "Press TV"). */
export const MARK_AND_YEAR = new RegExp(`^${COPYRIGHT_MARK}\\s*\\d{0,4}\\s*`, 'i');

/** A credit line is short: longer blocks are prose that happens to contain the words. */
const MAX_CREDIT_LENGTH = 600;
/** Cheap pre-filter so most blocks never reach the table's regexes ("c.2024": the New York Times News Service's mark). */
const CREDIT_HINT = /distributed by|distribuido por|distribué par|copyright|©|\(c\)|\bc\.\s?\d{4}|creators|originally appeared|originally published|first (?:published|appeared)|associated press|thomson reuters|kff health news|kffhealthnews|khn\.org|permission of mct|syndigate|republished|reprinted|with permission|states newsroom|tribune news service|\/tns\b|kaiser health news/i;
/**
 * How a piece of a credit line split over several blocks or lines begins. Only such pieces are
 * joined: a story's last paragraph never becomes part of the credit that follows it.
 */
const CREDIT_PIECE = /^(?:©|\(c\)|copyright\b|\d{4}\s|visit(?:e|ez)?\b|distributed by|distribuido por|distribué par|all rights reserved|todos los derechos|tous droits|this (?:article|story|column) (?:originally|was|is)\b|to find out more about|(?:via|provided by) syndigate)/i;

/** True when the text may hold a credit line (cheap; for pre-filtering blocks). */
export function mayBeCreditLine(text: string): boolean {
  return text.length <= MAX_CREDIT_LENGTH && CREDIT_HINT.test(text);
}

/**
 * The first character every CREDIT_PIECE starts with, after white space: tested first, because
 * the walks ask about every text node on the page and folding each one's spaces is what costs.
 */
const PIECE_START = /^[\s\u200b\ufeff]*[©(\dcvdatpCVDATP]/;

/** True when `text` may be one piece of a credit line printed over several blocks or lines. */
export function isCreditPiece(text: string): boolean {
  return text.length <= MAX_CREDIT_LENGTH && PIECE_START.test(text) && CREDIT_PIECE.test(foldSpace(text));
}
