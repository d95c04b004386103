import type { CslItem } from "@citation-js/core";
import type { PublicationValues } from "@/lib/publications/schema";
import { cslToInput } from "./map";
import { cslCristinIds } from "./csl-fields";
import { parseRecord } from "./parse";
import { FORMAT_LABELS, detectFormat, splitBibtex, splitRis, type ImportFormat } from "./split";
import { validateInput } from "./validate";

// A whole BibTeX or RIS text read record by record, without the database: each record is
// either publication values ready to save or a plain Norwegian reason why not.

export const MAX_RECORDS = 500;

export type ReadRecord =
  | {
      number: number;
      ok: true;
      values: PublicationValues;
      warnings: string[];
      /** Cristin person ids that came with the names (from NVA), by name key: see cslCristinIds. */
      cristinIds?: Record<string, string>;
    }
  | { number: number; ok: false; title: string | null; firstLine: string; message: string };

export type ReadResult = { ok: true; format: ImportFormat; records: ReadRecord[] } | { ok: false; message: string };

function chunksOf(text: string, format: ImportFormat): { chunks: string[]; strings: string[] } {
  if (format === "ris") return { chunks: splitRis(text), strings: [] };
  const { entries, strings } = splitBibtex(text);
  return { chunks: entries, strings };
}

/** One CSL item (from a file or a lookup) as a record: values ready to save, or why not. */
export function recordFromItem(
  number: number,
  item: CslItem,
  firstLine: string,
  warnings: string[] = [],
  label = "Post",
): ReadRecord {
  const mapped = cslToInput(item);
  const { input } = mapped;
  if (!input.title) return { number, ok: false, title: null, firstLine, message: `${label} ${number}: mangler tittel` };
  const validated = validateInput(input);
  return validated.ok
    ? {
        number,
        ok: true,
        values: validated.values,
        warnings: [...warnings, ...mapped.warnings, ...validated.warnings],
        cristinIds: cslCristinIds(item),
      }
    : { number, ok: false, title: String(input.title), firstLine, message: `${label} ${number}: ${validated.message}` };
}

export function readImport(text: string, chosen: ImportFormat | "auto"): ReadResult {
  const format = chosen === "auto" ? detectFormat(text) : chosen;
  if (!format)
    return {
      ok: false,
      message:
        "Fant verken BibTeX eller RIS i teksten. En BibTeX-post begynner med @article{ eller lignende, en RIS-post med TY  -.",
    };
  const { chunks, strings } = chunksOf(text, format);
  if (chunks.length === 0) return { ok: false, message: `Fant ingen ${FORMAT_LABELS[format]}-poster i teksten.` };
  const records: ReadRecord[] = [];
  for (const chunk of chunks) {
    // Shown for a record without a readable title, so that the editor can find it in the text.
    const firstLine = (chunk.split("\n")[0] ?? "").trim().slice(0, 100);
    const parsed = parseRecord(chunk, format, strings);
    if (!parsed.ok) {
      records.push({
        number: records.length + 1,
        ok: false,
        title: null,
        firstLine,
        message: `Post ${records.length + 1}: ${parsed.message}`,
      });
      continue;
    }
    for (const item of parsed.items) records.push(recordFromItem(records.length + 1, item, firstLine));
  }
  if (records.length > MAX_RECORDS)
    return { ok: false, message: `Teksten har ${records.length} poster. Importer høyst ${MAX_RECORDS} om gangen.` };
  return { ok: true, format, records };
}
