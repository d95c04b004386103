// Text for the XML outputs (OAI-PMH, Atom, RSS, the sitemap). XML 1.0 allows only the
// characters #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]: one
// control character or half a surrogate pair in a stored title makes the whole document
// invalid, and harvesters and feed readers then drop all of it. The forms keep such characters
// out (lib/content/forms/text-rules.ts), but rows from before that, or written by SQL, may hold them.
// Each value is cleaned before the XML library escapes it: cleaning the finished document
// instead could join "]]" and ">" into a "]]>" that the library never saw.

// With the u flag a valid surrogate pair is one code point (kept); half of one is not (removed).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 does not allow. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** Every string in plain objects and arrays cleaned by xmlSafe; dates and other values kept. */
export function xmlSafeValues<T>(value: T): T {
  if (typeof value === "string") return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafeValues) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, xmlSafeValues(inner)])) as T;
  }
  return value;
}
