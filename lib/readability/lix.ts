// LIX, the Scandinavian readability index (Carl-Hugo Björnsson, «Läsbarhet», 1968):
//   LIX = words / sentences + 100 × long words / words,
// where a long word has more than six letters. Browser-safe: the editor form shows it live, and
// the server renders the same numbers into the page, so they are there without JavaScript too.

export type LixResult = {
  words: number;
  sentences: number;
  longWords: number;
  /** Rounded to a whole number, as LIX is usually given; null for a text without words. */
  score: number | null;
};

/** A word: letters and digits, with inner hyphens or apostrophes («NIBR-notat», «o'Neill»). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
/**
 * A sentence ends at . ! ? or : (Björnsson counts colons), with any closing quotes or brackets,
 * when a space and no lower-case letter follows, or the block ends. So «bl.a. om» and
 * «f.eks. når» end no sentence, and «2013:107» neither.
 */
const SENTENCE_END = /[.!?:]+[»”"')\]]*(?=\s+[^\s\p{Ll}]|\s*$)/gu;

/**
 * The LIX of a text given as blocks: paragraphs, list items, key points. Each block is split
 * into lines, and a line that ends without a full stop (a key point, a heading) still ends its
 * sentence.
 */
export function lix(blocks: string | readonly string[]): LixResult {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  const lines = (typeof blocks === "string" ? [blocks] : blocks).flatMap((block) => block.split(/\r?\n/));
  for (const line of lines) {
    const found = line.match(WORD) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    longWords += found.filter((word) => (word.match(LETTER)?.length ?? 0) > 6).length;
    const ends = line.match(SENTENCE_END)?.length ?? 0;
    const endsOpen = !/[.!?:][»”"')\]]*\s*$/u.test(line);
    sentences += ends + (endsOpen ? 1 : 0);
  }
  const score = words === 0 ? null : Math.round(words / sentences + (100 * longWords) / words);
  return { words, sentences, longWords, score };
}

/** The aim for «Kort fortalt»: under 40, easy to read. */
export const LIX_TARGET = 40;

export type LixBand = { label: string; easy: boolean };

/**
 * The usual LIX bands (Björnsson; lix.se): under 30 very easy (children's books), 30–39 easy
 * (fiction, popular magazines), 40–49 medium (ordinary newspaper text), 50–59 difficult
 * (official texts), 60 and above very difficult (bureaucratic and legal prose).
 */
export function lixBand(score: number): LixBand {
  if (score < 30) return { label: "Svært lett å lese", easy: true };
  if (score < LIX_TARGET) return { label: "Lett å lese", easy: true };
  if (score < 50) return { label: "Middels vanskelig", easy: false };
  if (score < 60) return { label: "Vanskelig å lese", easy: false };
  return { label: "Svært vanskelig å lese", easy: false };
}
