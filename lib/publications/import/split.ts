// Finding the records in a pasted or uploaded BibTeX or RIS text, so that each is parsed on
// its own and one broken record cannot spoil the others.

export type ImportFormat = "bibtex" | "ris";

export const FORMAT_LABELS: Record<ImportFormat, string> = { bibtex: "BibTeX", ris: "RIS" };

const RIS_START = /^\s*TY {1,2}- ?/;
const RIS_END = /^\s*ER {1,2}-/;
// An entry starts with "@type{" or "@type(" at the start of a line. Splitting at line starts
// rather than by counting braces keeps a record with a missing "}" from swallowing the rest.
const BIBTEX_START = /^[ \t]*@\s*([A-Za-z]+)\s*[{(]/gm;

/** BibTeX or RIS, from the text itself; null when it looks like neither. */
export function detectFormat(text: string): ImportFormat | null {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  if (firstLine.trim().startsWith("@")) return "bibtex";
  if (text.split(/\r?\n/).some((line) => RIS_START.test(line))) return "ris";
  return new RegExp(BIBTEX_START.source, "m").test(text) ? "bibtex" : null;
}

export type BibtexChunks = { strings: string[]; entries: string[] };

/** The entries of a BibTeX text, and its @string definitions (which every entry may use). */
export function splitBibtex(text: string): BibtexChunks {
  const starts = [...text.matchAll(BIBTEX_START)].map((match) => ({
    at: match.index,
    kind: (match[1] ?? "").toLowerCase(),
  }));
  const chunks: BibtexChunks = { strings: [], entries: [] };
  starts.forEach(({ at, kind }, i) => {
    const chunk = text.slice(at, starts[i + 1]?.at ?? text.length).trim();
    if (kind === "string") chunks.strings.push(chunk);
    else if (kind !== "comment" && kind !== "preamble") chunks.entries.push(chunk);
  });
  return chunks;
}

/** The records of a RIS text: from each "TY  -" line to its "ER  -" line (or the next "TY"). */
export function splitRis(text: string): string[] {
  const records: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (RIS_START.test(line)) {
      if (current) records.push(current.join("\n"));
      current = [line.trim()];
    } else if (current) {
      current.push(line);
      if (RIS_END.test(line)) {
        records.push(current.join("\n"));
        current = null;
      }
    }
  }
  if (current) records.push(current.join("\n"));
  return records;
}
