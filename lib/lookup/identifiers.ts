// One line of the «DOI, ISBN eller NVA-lenke» field read as the identifier it is, in any common
// form: a bare DOI, doi:, https://doi.org/… or dx.doi.org; an ISBN-10 or -13 with or without
// hyphens (checksum checked); an NVA id, a nva.sikt.no registration address or an API address.
// Browser-safe and without the network.

export type Identifier =
  | { kind: "doi"; doi: string }
  | { kind: "isbn"; isbn: string }
  | { kind: "nva"; id: string }
  | { kind: "invalid"; message: string };

/** At most this many lines per submission: each may take a few requests to outside services. */
export const MAX_IDENTIFIER_LINES = 25;

const DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_PREFIX = /^(?:doi:\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)/i;
// NVA's identifiers: 12 hex digits and a UUID ("018b857b77b7-697ebc73-…"); older ones a UUID.
const NVA_ID = /^(?:[0-9a-f]{12}-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A registration's page (nva.sikt.no/registration/…) or its API address (api.nva.unit.no/publication/…).
const NVA_ADDRESS = /^(?:https?:\/\/)?(?:nva\.sikt\.no\/registration|api\.nva\.unit\.no\/publication)\/([^/?#\s]+)/i;
const ISBN_PREFIX = /^isbn(?:-1[03])?:?\s*/i;
// Digits with hyphens or spaces between them, and an X last for an ISBN-10.
const ISBN_LIKE = /^[0-9][0-9 -]*[0-9Xx]$/;

function isbn10Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = digits[i]!;
    const value = c === "X" || c === "x" ? 10 : Number(c);
    if (value === 10 && i !== 9) return false;
    sum += value * (10 - i);
  }
  return sum % 11 === 0;
}

function isbn13Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** The ISBN-13 of a valid ISBN-10 (978 prefix, new check digit). */
export function isbn13Of(isbn10: string): string {
  const stem = `978${isbn10.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(stem[i]) * (i % 2 === 0 ? 1 : 3);
  return `${stem}${(10 - (sum % 10)) % 10}`;
}

function readIsbn(text: string): Identifier | null {
  const bare = text.replace(ISBN_PREFIX, "");
  const hadPrefix = bare !== text;
  if (!ISBN_LIKE.test(bare))
    return hadPrefix ? { kind: "invalid", message: `«${text}» er ikke et gyldig ISBN.` } : null;
  const digits = bare.replace(/[ -]/g, "");
  const invalid = { kind: "invalid" as const, message: `«${text}» er ikke et gyldig ISBN.` };
  if (digits.length === 10) return isbn10Valid(digits) ? { kind: "isbn", isbn: isbn13Of(digits) } : invalid;
  if (digits.length === 13 && /^\d{13}$/.test(digits))
    return /^97[89]/.test(digits) && isbn13Valid(digits) ? { kind: "isbn", isbn: digits } : invalid;
  return hadPrefix || digits.length === 9 || digits.length === 12 || digits.length === 11 ? invalid : null;
}

function readDoi(text: string): Identifier | null {
  const bare = text.replace(DOI_PREFIX, "");
  let doi = bare;
  try {
    // A DOI copied from an address may be percent-encoded ("10.1177%2F1403494811425603").
    if (bare !== text) doi = decodeURIComponent(bare);
  } catch {
    return { kind: "invalid", message: `«${text}» er ikke en gyldig DOI.` };
  }
  if (DOI.test(doi)) return { kind: "doi", doi };
  return bare !== text ? { kind: "invalid", message: `«${text}» er ikke en gyldig DOI.` } : null;
}

function readNva(text: string): Identifier | null {
  const address = NVA_ADDRESS.exec(text);
  if (address) {
    const id = address[1] ?? "";
    return NVA_ID.test(id)
      ? { kind: "nva", id: id.toLowerCase() }
      : { kind: "invalid", message: `«${text}» er ikke en gyldig NVA-lenke.` };
  }
  return NVA_ID.test(text) ? { kind: "nva", id: text.toLowerCase() } : null;
}

/** One line as an identifier, or a Norwegian reason why it is none. */
export function parseIdentifier(line: string): Identifier {
  const text = line.trim();
  return (
    readNva(text) ??
    readDoi(text) ??
    readIsbn(text) ?? {
      kind: "invalid",
      message: `Kjenner ikke igjen «${text}» som DOI, ISBN eller NVA-lenke.`,
    }
  );
}

/** The non-empty lines of the field, trimmed; a line is shown back to the editor as typed. */
export function identifierLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
