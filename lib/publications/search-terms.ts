// The search text as terms, the text of the tsquery built from them, and highlighted text.
// User input never reaches to_tsquery as it is: terms are runs of letters and digits (æ, ø, å
// included), so that no operator, quote or backslash can pass, and the result is bound as a
// parameter.

const WORD = /[\p{L}\p{N}]+/gu;
const ONLY_WORD = /^[\p{L}\p{N}]+$/u;
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

export type Term = {
  text: string;
  /** Known words that are spelt like this term, for a term that no work contains. */
  alternatives: string[];
  prefix: boolean;
};

/** The distinct words of the search text, lower-case, in Unicode's composed form; single letters are left out. */
export function searchWords(q: string | undefined): string[] {
  const words = (q?.normalize("NFC").toLocaleLowerCase("nb").match(WORD) ?? []).filter((word) => word.length > 1);
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

const CONTROL = /\p{Cc}/gu;

/** The search text split at white space; control characters (NUL, which PostgreSQL refuses in text) split too. */
export function searchTokens(q: string | undefined): string[] {
  return (q?.normalize("NFC").replace(CONTROL, " ").split(/\s+/) ?? []).filter(Boolean);
}

export function searchTerms(words: string[], alternatives: Map<string, string[]> = new Map()): Term[] {
  return words.map((text, index) => ({
    text,
    alternatives: (alternatives.get(text) ?? []).filter((word) => word !== text && ONLY_WORD.test(word)),
    // The last word also finds words that start with it: search as you type.
    prefix: index === words.length - 1,
  }));
}

/** "('selvhjelpsgrupe' | 'selvhjelpsgrupper') & 'gota':*": every term, or one of its alternatives. */
export function tsqueryText(terms: Term[]): string {
  return terms
    .map((term) => {
      const options = [`'${term.text}'${term.prefix ? ":*" : ""}`, ...term.alternatives.map((word) => `'${word}'`)];
      return options.length > 1 ? `(${options.join(" | ")})` : options[0];
    })
    .join(" & ");
}

// ts_headline marks matches with these private-use characters; they are removed from the text first.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export type Segment = { text: string; match: boolean };

/** Text with marked matches as segments, to render with <mark> (never as HTML). */
export function highlightSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const [index, part] of text.split(MARK_START).entries()) {
    const [inside, after] = index === 0 ? [undefined, part] : splitOnce(part, MARK_END);
    if (inside) segments.push({ text: inside, match: true });
    if (after) segments.push({ text: after.replaceAll(MARK_END, ""), match: false });
  }
  return segments;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
