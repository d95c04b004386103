import { toCslItem } from "./csl";
import { cite, LANG, STYLE } from "./engine";
import type { CitableWork } from "./work";

// "Slik siterer du": an APA 7 reference with Norwegian conventions, formatted by Citation.js.

/** A piece of a reference; italic pieces are titles of standalone works and journals. */
export type CitationPart = { text: string; italic: boolean };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The reference as parts, read from the engine's HTML so that the page renders italics as
 * React elements rather than injecting HTML. Only <i> carries meaning; other tags are dropped.
 */
export function apaReference(work: CitableWork): CitationPart[] {
  const html = cite(toCslItem(work)).format("bibliography", { format: "html", template: STYLE, lang: LANG });
  const entry = html.match(/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/)?.[1] ?? "";
  const parts: CitationPart[] = [];
  let italic = false;
  for (const token of entry.split(/(<\/?i>)/)) {
    if (token === "<i>" || token === "</i>") italic = token === "<i>";
    else if (token) parts.push({ text: decodeEntities(token.replace(/<[^>]*>/g, "")), italic });
  }
  return parts;
}

/** The reference as plain text, for copying. */
export function apaReferenceText(work: CitableWork): string {
  return cite(toCslItem(work)).format("bibliography", { format: "text", template: STYLE, lang: LANG }).trim();
}
