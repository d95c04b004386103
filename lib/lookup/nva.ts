import type { CslItem } from "@citation-js/core";
import { cslItem, isRecord, plainAbstract, single, splitName } from "./csl";

// NVA's search (`GET /search/resources?isbn=…` or `?id=…`) answers { totalHits, hits[] }; a hit
// is a registration: entityDescription with mainTitle, contributors (identity.name, role.type,
// sequence), publicationDate and reference (doi, publicationContext, publicationInstance).
// The search hits carry journal and publisher names, which the single-record endpoint
// (/publication/{id}) gives only as channel addresses: so ids are looked up through the search too.

export function nvaSearchAddress(base: string, filter: "isbn" | "id", value: string): string {
  return `${base.replace(/\/+$/, "")}/search/resources?${filter}=${encodeURIComponent(value)}&size=5`;
}

// NVA's instance types (the kind of work) as CSL types; genres pick the thesis and report kinds.
const TYPES: Record<string, { type: string; genre?: string }> = {
  AcademicArticle: { type: "article-journal" },
  AcademicLiteratureReview: { type: "article-journal" },
  CaseReport: { type: "article-journal" },
  StudyProtocol: { type: "article-journal" },
  ProfessionalArticle: { type: "article-magazine" },
  PopularScienceArticle: { type: "article-magazine" },
  JournalLeader: { type: "article-magazine" },
  JournalLetter: { type: "article-magazine" },
  JournalReview: { type: "article-magazine" },
  AcademicChapter: { type: "chapter" },
  NonFictionChapter: { type: "chapter" },
  PopularScienceChapter: { type: "chapter" },
  TextbookChapter: { type: "chapter" },
  EncyclopediaChapter: { type: "chapter" },
  AcademicMonograph: { type: "book" },
  NonFictionMonograph: { type: "book" },
  PopularScienceMonograph: { type: "book" },
  Textbook: { type: "book" },
  BookAnthology: { type: "book" },
  Encyclopedia: { type: "book" },
  ReportResearch: { type: "report" },
  ReportPolicy: { type: "report" },
  ReportBasic: { type: "report" },
  ReportWorkingPaper: { type: "report", genre: "Arbeidsnotat" },
  DegreePhd: { type: "thesis", genre: "Ph.d.-avhandling" },
  DegreeMaster: { type: "thesis", genre: "Masteroppgave" },
};

const text = (record: unknown, key: string) => (isRecord(record) ? single(record[key]) : undefined);

type Role = "author" | "editor";

/** A CSL name; "cristin-id" (not CSL) carries NVA's Cristin person id for the import's matching. */
type NvaName = { given?: string; family: string; "cristin-id"?: string };

const CRISTIN_PERSON = /\/cristin\/person\/(\d{1,12})$/;

function contributors(list: unknown): Record<Role, NvaName[]> {
  const sorted = (Array.isArray(list) ? list.filter(isRecord) : []).sort(
    (a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0),
  );
  const out: Record<Role, NvaName[]> = { author: [], editor: [] };
  for (const contributor of sorted) {
    const role = text(contributor.role, "type") ?? single(contributor.role);
    const kind: Role | null = role === "Editor" ? "editor" : role === "Creator" || role === undefined ? "author" : null;
    const name = splitName(text(contributor.identity, "name") ?? "");
    const cristinId = CRISTIN_PERSON.exec(text(contributor.identity, "id") ?? "")?.[1];
    if (kind && name) out[kind].push(cristinId ? { ...name, "cristin-id": cristinId } : name);
  }
  return out;
}

function pages(instance: unknown): { page?: string; "number-of-pages"?: string } {
  const given = isRecord(instance) ? instance.pages : undefined;
  if (!isRecord(given)) return {};
  const [begin, end] = [single(given.begin), single(given.end)];
  if (begin) return { page: end ? `${begin}-${end}` : begin };
  return { "number-of-pages": single(given.pages) };
}

/** "http://lexvo.org/id/iso639-3/nob" as "nob". */
const language = (uri: string | undefined) => uri?.split("/").pop();

/** One hit (a registration) as a CSL item; null when it is not one. */
export function cslFromNvaHit(hit: unknown, siteBase = "https://nva.sikt.no"): CslItem | null {
  if (!isRecord(hit) || !isRecord(hit.entityDescription)) return null;
  const description = hit.entityDescription;
  const title = single(description.mainTitle);
  if (!title) return null;
  const reference = isRecord(description.reference) ? description.reference : {};
  const context = isRecord(reference.publicationContext) ? reference.publicationContext : {};
  const instance = isRecord(reference.publicationInstance) ? reference.publicationInstance : {};
  const instanceType = text(instance, "type") ?? "";
  const kind = TYPES[instanceType] ?? { type: instanceType || "document" };
  const date = isRecord(description.publicationDate) ? description.publicationDate : {};
  const year = Number(single(date.year));
  const people = contributors(description.contributors);
  const identifier = single(hit.identifier) ?? single(hit.id)?.split("/").pop() ?? title;
  const isbns = Array.isArray(context.isbnList) ? context.isbnList.map(String) : [];
  return cslItem(identifier, kind.type, {
    genre: kind.genre,
    title,
    author: people.author,
    editor: people.editor,
    issued: Number.isInteger(year) && year > 0 ? { "date-parts": [[year]] } : undefined,
    DOI: single(reference.doi),
    "container-title": kind.type.startsWith("article") ? single(context.name) : undefined,
    ISSN: single(context.printIssn) ?? single(context.onlineIssn),
    volume: single(instance.volume),
    issue: single(instance.issue),
    ...pages(instance),
    publisher: text(context.publisher, "name"),
    "collection-title": text(context.series, "title") ?? text(context.series, "name"),
    "collection-number": single(context.seriesNumber),
    ISBN: isbns[0],
    abstract: plainAbstract(description.abstract),
    language: language(single(description.language)),
    // The registration's page, where the editor can check the record and find its files.
    URL: single(hit.handle) ?? `${siteBase}/registration/${identifier}`,
  });
}

export type NvaRead = { hits: unknown[]; totalHits: number } | null;

/** The search answer's hits; null when it is not the format. */
export function nvaHits(body: unknown): NvaRead {
  if (!isRecord(body) || !Array.isArray(body.hits)) return null;
  const total = Number(body.totalHits ?? body.hits.length);
  return { hits: body.hits, totalHits: Number.isFinite(total) ? total : body.hits.length };
}
