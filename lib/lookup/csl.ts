import type { CslItem } from "@citation-js/core";

// What every lookup hands to the import: one CSL-JSON item (the form the BibTeX and RIS import
// reads too), with its fields as single strings where the import expects them.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A string, or the first string of a list (Crossref gives ISSN, and sometimes titles, as lists). */
export function single(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(single).find((v) => v !== undefined);
  return undefined;
}

/** JATS or HTML markup in an abstract ("<jats:p>…</jats:p>") as plain text. */
export function plainAbstract(value: unknown): string | undefined {
  const text = single(value);
  if (!text) return undefined;
  return (
    text
      .replace(/<jats:title>[^<]*<\/jats:title>/gi, "")
      .replace(/<\/(?:jats:)?p>/gi, "\n\n")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/[ \t]+/g, " ")
      .replace(/\n{3,}/g, "\n\n")
      .trim() || undefined
  );
}

/** "Bjørg Aglen" as CSL's given and family; a name of one word is a family name. */
export function splitName(full: string): { given?: string; family: string } | null {
  const name = full.trim().replace(/\s+/g, " ");
  if (!name) return null;
  if (name.includes(",")) {
    const [family = "", given = ""] = name.split(",", 2).map((part) => part.trim());
    return given ? { given, family } : { family };
  }
  const at = name.lastIndexOf(" ");
  return at < 0 ? { family: name } : { given: name.slice(0, at), family: name.slice(at + 1) };
}

/** A CSL item with only the fields that have a value. */
export function cslItem(id: string, type: string, fields: Record<string, unknown>): CslItem {
  const item: CslItem = { id, type };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    item[key] = value;
  }
  return item;
}
