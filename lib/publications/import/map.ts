import type { CslItem } from "@citation-js/core";
import type { z } from "zod";
import { EMPTY_PUBLICATION, type publicationSchema } from "@/lib/publications/schema";
import { cslNames, cslText, languageCode, publicationType, yearText } from "./csl-fields";

// A CSL-JSON item as the publication form's input, so that the form's own schema decides
// what is valid. Authors and editors come in as new persons; matching comes later.

export type PublicationInput = z.input<typeof publicationSchema>;

/** "Tittel: undertittel" is split as editors type it into the form's two fields. */
function titleParts(full: string): { title: string; subtitle: string } {
  const at = full.indexOf(": ");
  if (at <= 0 || at + 2 >= full.length) return { title: full, subtitle: "" };
  return { title: full.slice(0, at).trim(), subtitle: full.slice(at + 2).trim() };
}

/** Page ranges with an en dash, as on the rest of the site: "813–822". */
const pageRange = (pages: string) => pages.replace(/(\d)\s*-{1,2}\s*(\d)/g, "$1–$2");

/** The first of several ISBNs or ISSNs given in one field. */
const firstOf = (value: string) => value.split(/[,;]/)[0]?.trim() ?? "";

function link(item: CslItem): PublicationInput["links"] {
  const url = cslText(item, "URL");
  // A doi.org address only repeats the DOI, which the page links to already.
  if (!url || /^https?:\/\/(dx\.)?doi\.org\//i.test(url)) return [];
  return [{ kind: "info", label: "Nettside", url, language: "" }];
}

export function cslToInput(item: CslItem): { input: PublicationInput; warnings: string[] } {
  const { type, warning: typeWarning } = publicationType(item);
  const { language, warning: languageWarning } = languageCode(item);
  const { title, subtitle } = titleParts(cslText(item, "title"));
  const input: PublicationInput = {
    ...EMPTY_PUBLICATION,
    title,
    subtitle,
    type,
    year: yearText(item),
    language,
    authors: cslNames(item, "author").map((newPerson) => ({ newPerson })),
    editors: cslNames(item, "editor").map((newPerson) => ({ newPerson })),
    containerTitle: cslText(item, "container-title"),
    volume: cslText(item, "volume"),
    issue: cslText(item, "issue"),
    pages: pageRange(cslText(item, "page")),
    pageCount: cslText(item, "number-of-pages"),
    edition: cslText(item, "edition"),
    publisher: cslText(item, "publisher"),
    place: cslText(item, "publisher-place"),
    series: cslText(item, "collection-title"),
    seriesNumber: cslText(item, "collection-number") || cslText(item, "number"),
    isbn: firstOf(cslText(item, "ISBN")),
    issn: firstOf(cslText(item, "ISSN")),
    // The form's schema removes a https://doi.org/ prefix.
    doi: cslText(item, "DOI"),
    abstract: cslText(item, "abstract"),
    links: link(item),
  };
  return { input, warnings: [typeWarning, languageWarning].filter((w): w is string => Boolean(w)) };
}
