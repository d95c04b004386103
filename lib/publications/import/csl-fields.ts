import type { CslItem } from "@citation-js/core";
import type { PublicationType } from "@/lib/generated/prisma/enums";
import { cleanText } from "@/lib/content/forms/text-rules";
import { nameKey, normaliseText } from "./normalise";

// Reading single CSL-JSON fields into the portal's terms: types, languages, names, years.

export type ImportedName = { givenName: string | null; familyName: string };

/**
 * A field's text by the form's text rules (NFC, no control characters), before it is split
 * ("Tittel: undertittel") and matched; line breaks stay for the abstract, and the form's schema
 * turns them into spaces in single-line fields.
 */
const text = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" ? cleanText(String(value), { multiline: true }).trim() : "";

export function cslText(item: CslItem, field: string): string {
  return text(item[field]);
}

const DIRECT_TYPES: Record<string, PublicationType> = {
  "article-journal": "tidsskriftartikkel",
  article: "fagartikkel",
  "article-magazine": "fagartikkel",
  "article-newspaper": "fagartikkel",
  chapter: "bokkapittel",
  book: "bok",
};

/** The publication type for a CSL type (and genre); a warning when it had to be guessed. */
export function publicationType(item: CslItem): { type: PublicationType; warning?: string } {
  const genre = normaliseText(cslText(item, "genre"));
  const direct = DIRECT_TYPES[item.type];
  if (direct) return { type: direct };
  if (item.type === "report")
    return { type: /arbeidsnotat|working paper|notat/.test(genre) ? "arbeidsnotat" : "rapport" };
  if (item.type === "thesis") {
    if (/ph\.? ?d|doctor|doktor|dr\. ?(philos|polit|med)/.test(genre)) return { type: "doktorgradsavhandling" };
    if (/master|hovedoppgave|cand/.test(genre)) return { type: "masteroppgave" };
    return {
      type: "annet",
      warning: `Ukjent slags avhandling${genre ? ` («${cslText(item, "genre")}»)` : ""}; satt til «Annet». Velg riktig type etter importen.`,
    };
  }
  return { type: "annet", warning: `Typen «${item.type}» har ingen egen publikasjonstype her; satt til «Annet».` };
}

const LANGUAGES: Record<string, string> = {
  nb: "nb",
  no: "nb",
  nob: "nb",
  nor: "nb",
  norsk: "nb",
  bokmål: "nb",
  norwegian: "nb",
  "norwegian bokmål": "nb",
  "norsk bokmål": "nb",
  nn: "nn",
  nno: "nn",
  nynorsk: "nn",
  "norwegian nynorsk": "nn",
  "norsk nynorsk": "nn",
  en: "en",
  eng: "en",
  english: "en",
  engelsk: "en",
  american: "en",
  british: "en",
  sv: "sv",
  swe: "sv",
  swedish: "sv",
  svensk: "sv",
  da: "da",
  dan: "da",
  danish: "da",
  dansk: "da",
  de: "de",
  deu: "de",
  ger: "de",
  german: "de",
  ngerman: "de",
  tysk: "de",
};

/** A BCP 47 code for the work's language; Norwegian bokmål when none is given. */
export function languageCode(item: CslItem): { language: string; warning?: string } {
  const given = normaliseText(cslText(item, "language"));
  if (!given) return { language: "nb" };
  const code = LANGUAGES[given] ?? LANGUAGES[given.split(/[-_]/)[0] ?? ""];
  if (code) return { language: code };
  return { language: "nb", warning: `Ukjent språk «${cslText(item, "language")}»; satt til norsk (bokmål).` };
}

type CslName = {
  family?: unknown;
  given?: unknown;
  literal?: unknown;
  "non-dropping-particle"?: unknown;
  "dropping-particle"?: unknown;
  "cristin-id"?: unknown;
};

const NOT_A_PERSON = /^(others|et al\.?|m\.fl\.?)$/i;

function importedName(name: CslName): ImportedName | null {
  const family =
    [text(name["non-dropping-particle"]), text(name.family)].filter(Boolean).join(" ") || text(name.literal);
  const given = [text(name.given), text(name["dropping-particle"])].filter(Boolean).join(" ");
  if (!family && !given) return null;
  if (NOT_A_PERSON.test(family || given)) return null;
  return family ? { givenName: given || null, familyName: family } : { givenName: null, familyName: given };
}

const namesOf = (item: CslItem, role: "author" | "editor") =>
  Array.isArray(item[role]) ? (item[role] as CslName[]) : [];

/** The names of one role ("author", "editor"); "and others" is left out. */
export function cslNames(item: CslItem, role: "author" | "editor"): ImportedName[] {
  return namesOf(item, role).flatMap((name) => importedName(name) ?? []);
}

/**
 * The Cristin person ids NVA gave with the names (lib/lookup/nva.ts, as "cristin-id"), by the
 * name's key (normalise.ts): the import links such a name to the person with that id.
 */
export function cslCristinIds(item: CslItem): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const role of ["author", "editor"] as const)
    for (const name of namesOf(item, role)) {
      const imported = importedName(name);
      const id = name["cristin-id"];
      if (imported && typeof id === "string" && /^\d{1,12}$/.test(id)) ids[nameKey(imported)] = id;
    }
  return ids;
}

/** The year as the form would receive it: "2011", or the raw text for the schema to refuse. */
export function yearText(item: CslItem): string {
  const issued = item.issued as { "date-parts"?: unknown[][]; literal?: unknown; raw?: unknown } | undefined;
  const first = issued?.["date-parts"]?.[0]?.[0];
  if (typeof first === "number" || typeof first === "string") return String(first);
  return text(issued?.literal) || text(issued?.raw);
}
