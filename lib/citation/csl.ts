import type { CslItem } from "@citation-js/core";
import { plainSummary } from "@/lib/format/plain-text";
import type { CitableWork, CitationPerson } from "./work";

// A work as a CSL-JSON item, the common form that Citation.js turns into APA, BibTeX and RIS.

const THESIS_GENRE: Record<string, string> = {
  doktorgradsavhandling: "Doktorgradsavhandling",
  masteroppgave: "Masteroppgave",
};

const CSL_TYPE: Record<string, string> = {
  tidsskriftartikkel: "article-journal",
  fagartikkel: "article-journal",
  bokkapittel: "chapter",
  bok: "book",
  rapport: "report",
  arbeidsnotat: "report",
  doktorgradsavhandling: "thesis",
  masteroppgave: "thesis",
  annet: "document",
};

// CSL has no field for a name's identifier. Crossref's CSL-JSON carries "ORCID" on the name;
// Citation.js reads that and writes it back as "_orcid", its name for it. BibTeX and RIS have
// no place for it and leave it out.
const cslName = (person: CitationPerson) => ({
  family: person.familyName,
  ...(person.givenName ? { given: person.givenName } : {}),
  ...(person.orcid ? { ORCID: `https://orcid.org/${person.orcid}` } : {}),
});

/** A journal article that has no journal yet is a manuscript ("Manuskript innsendt for publisering"). */
function isManuscript(work: CitableWork): boolean {
  return CSL_TYPE[work.type] === "article-journal" && !work.containerTitle && Boolean(work.statusNote);
}

function typeAndGenre(work: CitableWork): { type: string; genre?: string; status?: string } {
  if (isManuscript(work)) return { type: "manuscript", genre: work.statusNote ?? undefined };
  const type = CSL_TYPE[work.type] ?? "document";
  return { type, genre: THESIS_GENRE[work.type], status: work.statusNote ?? undefined };
}

function withoutEmpty(item: Record<string, unknown>): CslItem {
  const entries = Object.entries(item).filter(
    ([, value]) =>
      value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0),
  );
  return Object.fromEntries(entries) as CslItem;
}

export function toCslItem(work: CitableWork): CslItem {
  const isThesis = work.type in THESIS_GENRE;
  const isReport = CSL_TYPE[work.type] === "report";
  return withoutEmpty({
    id: work.id,
    ...typeAndGenre(work),
    title: work.subtitle ? `${work.title}: ${work.subtitle}` : work.title,
    author: work.authors.map(cslName),
    editor: work.editors.map(cslName),
    issued: work.year ? { "date-parts": [[work.year]] } : undefined,
    // A report's container is the larger report it is part of; APA names its series instead.
    "container-title": isReport ? undefined : work.containerTitle,
    volume: work.volume,
    issue: work.issue,
    page: work.pages,
    edition: work.edition,
    // A thesis is published by its institution, which APA names in brackets.
    publisher: isThesis ? (work.institutionName ?? work.publisher) : (work.publisher ?? work.institutionName),
    "publisher-place": work.place,
    "collection-title": work.series,
    "collection-number": work.seriesNumber,
    ISBN: work.isbn,
    ISSN: work.issn,
    DOI: work.doi,
    URL: work.url,
    language: work.language,
    abstract: plainSummary(work.abstract, 5_000),
    keyword: work.topics.join(", "),
  });
}
