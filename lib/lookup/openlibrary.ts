import type { CslItem } from "@citation-js/core";
import { cslItem, isRecord, single, splitName } from "./csl";
import { isbn13Of } from "./identifiers";

// Open Library's Books API (`/api/books?bibkeys=ISBN:…&format=json&jscmd=data`) answers an
// object keyed by the bibkey, or {} when it has no such book.

export function openLibraryAddress(base: string, isbn: string): string {
  return `${base.replace(/\/+$/, "")}/api/books?bibkeys=ISBN:${isbn}&format=json&jscmd=data`;
}

const names = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.flatMap((entry) => (isRecord(entry) && single(entry.name) ? [single(entry.name)!] : []))
    : [];

export type OpenLibraryRead = { found: false } | { found: true; item: CslItem; otherEdition: boolean } | null;

/** The book as a CSL item; { found: false } for {}; null for an answer that is not the format. */
export function cslFromOpenLibrary(body: unknown, isbn: string): OpenLibraryRead {
  if (!isRecord(body)) return null;
  const book = body[`ISBN:${isbn}`];
  if (book === undefined && Object.keys(body).length === 0) return { found: false };
  if (!isRecord(book) || !single(book.title)) return null;
  const identifiers = isRecord(book.identifiers) ? book.identifiers : {};
  const isbns = [identifiers.isbn_13, identifiers.isbn_10].flatMap((list) =>
    Array.isArray(list) ? list.map((v) => String(v).replace(/[ -]/g, "")) : [],
  );
  const year = /\b(\d{4})\b/.exec(single(book.publish_date) ?? "")?.[1];
  const item = cslItem(isbn, "book", {
    title: [single(book.title), single(book.subtitle)].filter(Boolean).join(": "),
    author: names(book.authors).flatMap((name) => splitName(name) ?? []),
    publisher: names(book.publishers)[0],
    "publisher-place": names(book.publish_places)[0],
    issued: year ? { "date-parts": [[Number(year)]] } : undefined,
    "number-of-pages": single(book.number_of_pages),
    ISBN: isbn,
  });
  // Asked for one edition's ISBN, Open Library may answer with another's record.
  const otherEdition = isbns.length > 0 && !isbns.some((v) => (v.length === 10 ? isbn13Of(v) : v) === isbn);
  return { found: true, item, otherEdition };
}
