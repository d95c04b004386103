import type { z } from "zod";
import { publicationSchema, type PublicationValues } from "@/lib/publications/schema";
import type { PublicationInput } from "./map";

// The form's schema decides. A bad DOI, year or title rejects the record (those decide
// duplicates and the citation); a bad ISBN, ISSN, page count or link is left out with a warning.

const LABELS: Record<string, string> = {
  title: "Tittel",
  subtitle: "Undertittel",
  year: "Årstall",
  language: "Språk",
  authors: "Forfatter",
  editors: "Redaktør",
  containerTitle: "Tidsskrift eller bok",
  volume: "Årgang",
  issue: "Nummer",
  pages: "Sider",
  pageCount: "Antall sider",
  edition: "Utgave",
  publisher: "Utgiver",
  place: "Utgivelsessted",
  series: "Serie",
  seriesNumber: "Nummer i serien",
  isbn: "ISBN",
  issn: "ISSN",
  doi: "DOI",
  abstract: "Sammendrag",
  links: "Lenke",
};

const LEFT_OUT_WHEN_INVALID = ["isbn", "issn", "pageCount", "links", "edition", "volume", "issue", "pages"] as const;

function describe(issue: z.core.$ZodIssue): string {
  const [field, index] = issue.path;
  const label = LABELS[String(field)] ?? String(field);
  return typeof index === "number" ? `${label} ${index + 1}: ${issue.message}` : `${label}: ${issue.message}`;
}

export type Validated = { ok: true; values: PublicationValues; warnings: string[] } | { ok: false; message: string };

export function validateInput(input: PublicationInput): Validated {
  const first = publicationSchema.safeParse(input);
  if (first.success) return { ok: true, values: first.data, warnings: [] };
  const lenient = new Set<string>(LEFT_OUT_WHEN_INVALID);
  const strict = first.error.issues.filter((issue) => !lenient.has(String(issue.path[0])));
  if (strict[0]) return { ok: false, message: describe(strict[0]) };
  const warnings: string[] = [];
  const repaired: PublicationInput = { ...input };
  for (const issue of first.error.issues) {
    const field = String(issue.path[0]) as (typeof LEFT_OUT_WHEN_INVALID)[number];
    const value = repaired[field];
    warnings.push(`${describe(issue)} Feltet er utelatt${typeof value === "string" ? ` («${value}»)` : ""}.`);
    Object.assign(repaired, { [field]: field === "links" ? [] : "" });
  }
  const second = publicationSchema.safeParse(repaired);
  if (!second.success) return { ok: false, message: describe(second.error.issues[0]!) };
  return { ok: true, values: second.data, warnings };
}
