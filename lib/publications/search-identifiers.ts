// DOIs, ISBNs, ISSNs and handles in the search text, in the normal form of "searchIds":
//   doi:10.1177/1403494811425603  bare, "doi:…", "info:doi/…", "https://doi.org/…", "http://dx.doi.org/…", "doi.org/…"
//   hdl:10037/1727                "hdl:…", "https://hdl.handle.net/…", or bare
//   isbn:978820264657             ISBN-13 without its check digit, from ISBN-13 or ISBN-10 (the same book
//                                 is 978 + the ISBN-10's first nine digits), with or without hyphens
//   issn:14034948                 "1403-4948" or "14034948"
// The database function search_identifiers (migration *_publication_search_identifiers) applies the
// same rules to a work's fields and links when it fills "searchIds"; search-identifiers.integration.test.ts
// checks that both give the same normal form for every way of writing one.
import { MAX_TERMS, searchTokens } from "./search-terms";

const MAX_IDENTIFIER_LENGTH = 200;
// Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash and minus: what a pasted ISBN may hold.
const DASH = "[-\u2010\u2011\u2012\u2013\u2212]";
const DASHES = new RegExp(DASH, "g");
const LEADING = /^[(<[«"“‘']+/;
const TRAILING = /[.,;>\]»"”’']+$/;

const DOI = /^(?:doi:|info:doi\/|(?:https?:\/\/)?(?:(?:dx|www)\.)?doi\.org\/)?(10\.\d+(?:\.\d+)*\/\S+)$/i;
const HANDLE = /^(hdl:|(?:https?:\/\/)?hdl\.handle\.net\/)?(\d+(?:\.\d+)*\/\S+)$/i;
const LABEL = /^(doi|isbn|e?-?issn|hdl|handle):?$/i;
const ISSN = new RegExp(`^\\d{4}${DASH}?\\d{3}[\\dX]$`, "i");

/** One identifier; `ambiguous` when the token may as well be words or a number ("01/2011", "14034948"). */
export type Identifier = { id: string; ambiguous: boolean };

/** The token without the quotes, brackets and punctuation around it: "(ISBN 978-82-02-64657-8)." */
export function cleanToken(token: string): string {
  const trimmed = token.replace(TRAILING, "").replace(LEADING, "");
  const unbalanced = trimmed.endsWith(")") && trimmed.split(")").length > trimmed.split("(").length;
  return unbalanced ? trimmed.slice(0, -1).replace(TRAILING, "") : trimmed;
}

/** The identifier a token of the search text names, if any. */
export function identifierOf(token: string): Identifier | null {
  const cleaned = cleanToken(token);
  const decoded = cleaned.replace(/%2F/gi, "/");
  const doi = DOI.exec(decoded);
  if (doi) return { id: `doi:${doi[1]!.toLowerCase()}`, ambiguous: false };
  const handle = HANDLE.exec(decoded);
  if (handle) return { id: `hdl:${handle[2]!.toLowerCase()}`, ambiguous: !handle[1] };

  const number = cleaned.replace(/^(isbn|issn):?/i, "");
  const prefixed = number.length < cleaned.length;
  const digits = number.replace(DASHES, "").toUpperCase();
  // A bare ISBN-10 or ISSN may be any number; with hyphens or its prefix it is one.
  const ambiguous = !prefixed && digits.length === number.length;
  if (/^97[89]\d{10}$/.test(digits)) return { id: `isbn:${digits.slice(0, 12)}`, ambiguous: false };
  if (/^\d{9}[\dX]$/.test(digits)) return { id: `isbn:978${digits.slice(0, 9)}`, ambiguous };
  if (ISSN.test(number)) return { id: `issn:${digits}`, ambiguous };
  return null;
}

/**
 * The identifiers in the search text, and the text left for the word search: without the tokens
 * that are identifiers (their pieces, "10", "1177", "https", are no words to search for), but with
 * the ambiguous ones, which then find a work by its identifier or by their words ("01/2011", the
 * number of a report in a series, is also shaped like a handle).
 */
export function identifiersIn(q: string | undefined): { identifiers: string[]; rest: string | undefined } {
  if (q === undefined) return { identifiers: [], rest: q };
  const tokens = searchTokens(q);
  const found = tokens
    .filter((token) => token.length <= MAX_IDENTIFIER_LENGTH)
    .map((token) => ({ token, identifier: identifierOf(token) }))
    .filter((entry) => entry.identifier !== null)
    .slice(0, MAX_TERMS);
  const named = new Set(found.filter((entry) => !entry.identifier!.ambiguous).map((entry) => entry.token));
  // "ISBN 978-…", "DOI: 10.…": the label of an identifier is no word to search for either.
  const isLabel = (token: string) => found.length > 0 && LABEL.test(cleanToken(token));
  return {
    identifiers: [...new Set(found.map((entry) => entry.identifier!.id))].sort(),
    rest: tokens.filter((token) => !named.has(token) && !isLabel(token)).join(" "),
  };
}
