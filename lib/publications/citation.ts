import type { CitableWork } from "@/lib/citation/work";

/** What a work's row must carry to be cited or exported (the detail query and the export records both do). */
export type PublicationForCitation = Omit<
  CitableWork,
  "id" | "authors" | "editors" | "institutionName" | "url" | "topics"
> & {
  slug: string;
  contributors: { role: "author" | "editor"; person: { givenName: string | null; familyName: string } }[];
  institution: { name: string; parent: { name: string } | null } | null;
  links: { kind: string; url: string }[];
  topics: { name: string }[];
};

/** The facts of a work that a reference needs. */
export function citableWork(p: PublicationForCitation): CitableWork {
  const people = (role: "author" | "editor") => p.contributors.filter((c) => c.role === role).map((c) => c.person);
  return {
    id: p.slug,
    type: p.type,
    title: p.title,
    subtitle: p.subtitle,
    year: p.year,
    language: p.language,
    authors: people("author"),
    editors: people("editor"),
    containerTitle: p.containerTitle,
    volume: p.volume,
    issue: p.issue,
    pages: p.pages,
    edition: p.edition,
    publisher: p.publisher,
    place: p.place,
    institutionName: p.institution ? [p.institution.name, p.institution.parent?.name].filter(Boolean).join(", ") : null,
    series: p.series,
    seriesNumber: p.seriesNumber,
    isbn: p.isbn,
    issn: p.issn,
    doi: p.doi,
    statusNote: p.statusNote,
    url: p.links.find((link) => link.kind === "fulltext")?.url ?? null,
    abstract: p.abstract,
    topics: p.topics.map((t) => t.name),
  };
}
