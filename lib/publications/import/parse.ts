import { plugins, type CslItem } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { FORMAT_LABELS, type ImportFormat } from "./split";

// One record of BibTeX or RIS as CSL-JSON items, read by Citation.js.

const FORCE_TYPE: Record<ImportFormat, string> = { bibtex: "@bibtex/text", ris: "@ris/file" };

// Citation.js reads {\o} and {\r a} but not the common \aa and \AA for å and Å.
const LATEX_A_RING = /\{\\(aa|AA)\}|\\(aa|AA)(?:\{\}|\s|(?![A-Za-z]))/g;

export function withLatexLetters(bibtex: string): string {
  return bibtex.replace(LATEX_A_RING, (_match, braced?: string, bare?: string) =>
    (braced ?? bare) === "AA" ? "Å" : "å",
  );
}

// Citation.js leaves out BibTeX's language fields; the work's language matters for `lang`.
const BIBTEX_LANGUAGE = /\b(?:langid|language)\s*=\s*[{"]\s*([^}"]+?)\s*[}"]/i;

export type ParsedRecord = { ok: true; items: CslItem[] } | { ok: false; message: string };

function isEmptyItem(item: CslItem): boolean {
  return Object.keys(item).filter((key) => key !== "id" && key !== "citation-key").length === 0;
}

/** The CSL items of one record; a plain message when Citation.js cannot read it. */
export function parseRecord(record: string, format: ImportFormat, bibtexStrings: string[] = []): ParsedRecord {
  const unreadable = { ok: false as const, message: `kunne ikke leses som ${FORMAT_LABELS[format]}` };
  const text = format === "bibtex" ? withLatexLetters([...bibtexStrings, record].join("\n")) : record;
  let items: CslItem[];
  try {
    items = plugins.input.chain(text, { forceType: FORCE_TYPE[format], generateGraph: false });
  } catch {
    // Citation.js explains in English with a parser trace; the editor gets the short version.
    return unreadable;
  }
  const read = items.filter((item) => !isEmptyItem(item));
  if (read.length === 0) return unreadable;
  const language = format === "bibtex" ? BIBTEX_LANGUAGE.exec(record)?.[1] : undefined;
  if (language && read.length === 1 && read[0] && !read[0].language) read[0].language = language;
  return { ok: true, items: read };
}
