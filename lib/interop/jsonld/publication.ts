import "server-only";
import { plainSummary } from "@/lib/format/plain-text";
import type { PublicationDetail } from "@/lib/publications/queries";
import { attachmentPath } from "@/lib/attachments/owners";
import { absoluteUrl } from "../site-url";
import { CONTEXT, compact, organisationRef, personRef, type JsonLd } from "./common";

// A work as schema.org: ScholarlyArticle, Thesis, Report, Chapter or Book.

const SCHEMA_TYPE: Record<string, string> = {
  tidsskriftartikkel: "ScholarlyArticle",
  fagartikkel: "ScholarlyArticle",
  doktorgradsavhandling: "Thesis",
  masteroppgave: "Thesis",
  rapport: "Report",
  arbeidsnotat: "Report",
  bokkapittel: "Chapter",
  bok: "Book",
  annet: "CreativeWork",
};

function container(p: PublicationDetail): JsonLd | undefined {
  if (!p.containerTitle) return undefined;
  if (p.type === "bokkapittel") {
    const editors = p.contributors.filter((c) => c.role === "editor").map((c) => personRef(c.person));
    return compact({ "@type": "Book", name: p.containerTitle, editor: editors, isbn: p.isbn });
  }
  const periodical = compact({ "@type": "Periodical", name: p.containerTitle, issn: p.issn });
  const volume = p.volume
    ? compact({ "@type": "PublicationVolume", volumeNumber: p.volume, isPartOf: periodical })
    : periodical;
  return p.issue ? { "@type": "PublicationIssue", issueNumber: p.issue, isPartOf: volume } : volume;
}

function identifiers(p: PublicationDetail): JsonLd[] {
  const ids: JsonLd[] = [];
  if (p.doi) ids.push({ "@type": "PropertyValue", propertyID: "DOI", value: p.doi, url: `https://doi.org/${p.doi}` });
  if (p.isbn) ids.push({ "@type": "PropertyValue", propertyID: "ISBN", value: p.isbn });
  if (p.issn) ids.push({ "@type": "PropertyValue", propertyID: "ISSN", value: p.issn });
  return ids;
}

export function publicationJsonLd(p: PublicationDetail): JsonLd {
  const type = SCHEMA_TYPE[p.type] ?? "CreativeWork";
  const url = absoluteUrl(`/publikasjoner/${p.slug}`);
  const isChapter = p.type === "bokkapittel";
  return compact({
    "@context": CONTEXT,
    "@type": type,
    "@id": url,
    url,
    name: p.subtitle ? `${p.title}: ${p.subtitle}` : p.title,
    headline: p.title,
    alternativeHeadline: p.subtitle,
    author: p.contributors.filter((c) => c.role === "author").map((c) => personRef(c.person)),
    editor: isChapter ? [] : p.contributors.filter((c) => c.role === "editor").map((c) => personRef(c.person)),
    datePublished: p.year ? String(p.year) : undefined,
    inLanguage: p.language,
    abstract: plainSummary(p.abstract, 5_000),
    isPartOf: container(p),
    pagination: p.pages,
    numberOfPages: p.pageCount,
    bookEdition: p.edition,
    publisher: p.publisher ? { "@type": "Organization", name: p.publisher } : undefined,
    sourceOrganization: p.institution ? organisationRef(p.institution) : undefined,
    inSupportOf: p.degree,
    reportNumber: type === "Report" ? [p.series, p.seriesNumber].filter(Boolean).join(" ") : undefined,
    identifier: identifiers(p),
    sameAs: p.doi ? `https://doi.org/${p.doi}` : undefined,
    isbn: type === "Book" ? p.isbn : undefined,
    issn: type === "Report" || type === "Book" ? p.issn : undefined,
    license: p.license,
    creativeWorkStatus: p.statusNote,
    about: p.topics.map((t) => ({ "@type": "DefinedTerm", name: t.name })),
    encoding: [
      ...p.attachments.map((pdf) => ({
        "@type": "MediaObject",
        contentUrl: absoluteUrl(attachmentPath(pdf)),
        encodingFormat: "application/pdf",
        contentSize: `${pdf.byteSize} B`,
        name: pdf.title,
      })),
      ...p.links
        .filter((link) => link.kind === "fulltext" || link.kind === "summary")
        .map((link) =>
          compact({ "@type": "MediaObject", contentUrl: link.url, name: link.label, inLanguage: link.language }),
        ),
    ],
  });
}
