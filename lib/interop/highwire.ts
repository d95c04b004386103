import { attachmentPath, fullTextPdf } from "@/lib/attachments/owners";
import type { PublicationDetail } from "@/lib/publications/queries";
import { absoluteUrl } from "./site-url";

// Google Scholar's "Highwire Press" meta tags, which Zotero's and Mendeley's browser
// connectors read to save the work on the page with one click.

type Tags = Record<string, string | string[]>;

const surnameFirst = (p: { givenName: string | null; familyName: string }) =>
  p.givenName ? `${p.familyName}, ${p.givenName}` : p.familyName;

function pages(range: string | null): Tags {
  const [first, last] = range?.split(/[–-]/) ?? [];
  return {
    ...(first ? { citation_firstpage: first.trim() } : {}),
    ...(last ? { citation_lastpage: last.trim() } : {}),
  };
}

function byType(p: PublicationDetail, institution: string | undefined): Tags {
  if (p.type === "doktorgradsavhandling" || p.type === "masteroppgave")
    return institution ? { citation_dissertation_institution: institution } : {};
  if (p.type === "rapport" || p.type === "arbeidsnotat") {
    const number = [p.series, p.seriesNumber].filter(Boolean).join(" ");
    return {
      ...(institution ? { citation_technical_report_institution: institution } : {}),
      ...(number ? { citation_technical_report_number: number } : {}),
    };
  }
  if (p.type === "bokkapittel" && p.containerTitle) return { citation_inbook_title: p.containerTitle };
  if (p.containerTitle) return { citation_journal_title: p.containerTitle };
  return {};
}

export function highwireTags(p: PublicationDetail): Tags {
  const fulltext = p.links.find((link) => link.kind === "fulltext")?.url;
  // A PDF attached in the portal first: it is on this site, and it stays.
  const attached = fullTextPdf(p.attachments);
  const pdf = attached ? absoluteUrl(attachmentPath(attached)) : fulltext && /\.pdf$/i.test(fulltext) ? fulltext : null;
  const tags: Record<string, string | string[] | null | undefined> = {
    citation_title: p.subtitle ? `${p.title}: ${p.subtitle}` : p.title,
    citation_author: p.contributors.filter((c) => c.role === "author").map((c) => surnameFirst(c.person)),
    citation_editor: p.contributors.filter((c) => c.role === "editor").map((c) => surnameFirst(c.person)),
    citation_publication_date: p.year ? String(p.year) : null,
    citation_volume: p.volume,
    citation_issue: p.issue,
    citation_publisher: p.publisher,
    citation_doi: p.doi,
    citation_isbn: p.isbn,
    citation_issn: p.issn,
    citation_language: p.language,
    citation_pdf_url: pdf,
    citation_fulltext_html_url: fulltext && !/\.pdf$/i.test(fulltext) ? fulltext : null,
    ...pages(p.pages),
    ...byType(
      p,
      p.institution ? [p.institution.name, p.institution.parent?.name].filter(Boolean).join(", ") : undefined,
    ),
  };
  return Object.fromEntries(
    Object.entries(tags).filter(
      (entry): entry is [string, string | string[]] =>
        Boolean(entry[1]) && !(Array.isArray(entry[1]) && entry[1].length === 0),
    ),
  );
}
