// Comparison keys for the import: names, titles and DOIs as typed in different sources.
// Æ, ø and å are letters of their own here (Ørnes is not Ornes), so nothing is folded.

import { withoutDoiPrefix } from "@/lib/content/forms/form-fields";

/** NFC, lower case, trimmed, inner whitespace collapsed. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("nb").trim().replace(/\s+/g, " ");
}

/** One key per person name: "ørnes|åse". */
export function nameKey(name: { givenName: string | null; familyName: string }): string {
  return `${normaliseText(name.familyName)}|${normaliseText(name.givenName ?? "")}`;
}

/** Title and subtitle as words only, so that "Tittel: undertittel" and "Tittel – Undertittel" match. */
export function titleKey(title: string, subtitle?: string | null): string {
  return normaliseText([title, subtitle].filter(Boolean).join(" "))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "https://doi.org/10.1177/ABC" and "doi:10.1177/abc" are the same DOI. */
export function doiKey(doi: string): string {
  return withoutDoiPrefix(doi).toLowerCase();
}
