import type { CitableWork } from "@/lib/citation/apa";
import type { PublicationDetail } from "./queries";

/** The facts of a work that a reference needs. */
export function citableWork(p: PublicationDetail): CitableWork {
  const people = (role: "author" | "editor") => p.contributors.filter((c) => c.role === role).map((c) => c.person);
  const institutionName = p.institution
    ? [p.institution.name, p.institution.parent?.name].filter(Boolean).join(", ")
    : null;
  return {
    type: p.type,
    title: p.title,
    subtitle: p.subtitle,
    year: p.year,
    authors: people("author"),
    editors: people("editor"),
    containerTitle: p.containerTitle,
    volume: p.volume,
    issue: p.issue,
    pages: p.pages,
    edition: p.edition,
    publisher: p.publisher,
    institutionName,
    series: p.series,
    seriesNumber: p.seriesNumber,
    doi: p.doi,
    statusNote: p.statusNote,
    url: p.links.find((link) => link.kind === "fulltext")?.url ?? null,
  };
}
