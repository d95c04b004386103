import "server-only";
import { PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { plainSummary } from "@/lib/format/plain-text";
import type { PublicationRecord } from "@/lib/publications/records";
import { absoluteUrl } from "../site-url";

// A work as unqualified Dublin Core (oai_dc): each element may repeat, in a fixed order.

export type DcElement = [name: string, value: string];

const DC_TYPE: Record<string, string> = {
  tidsskriftartikkel: "info:eu-repo/semantics/article",
  fagartikkel: "info:eu-repo/semantics/article",
  doktorgradsavhandling: "info:eu-repo/semantics/doctoralThesis",
  masteroppgave: "info:eu-repo/semantics/masterThesis",
  rapport: "info:eu-repo/semantics/report",
  arbeidsnotat: "info:eu-repo/semantics/workingPaper",
  bokkapittel: "info:eu-repo/semantics/bookPart",
  bok: "info:eu-repo/semantics/book",
  annet: "info:eu-repo/semantics/other",
};

const surnameFirst = (p: { givenName: string | null; familyName: string }) =>
  p.givenName ? `${p.familyName}, ${p.givenName}` : p.familyName;

/** "Scandinavian Journal of Public Health, 39(8), 813–822": where the work appeared. */
function source(p: PublicationRecord): string | null {
  if (!p.containerTitle) return null;
  const volume = p.volume ? `, ${p.volume}${p.issue ? `(${p.issue})` : ""}` : "";
  return `${p.containerTitle}${volume}${p.pages ? `, ${p.pages}` : ""}`;
}

export function dublinCore(p: PublicationRecord): DcElement[] {
  const elements: [string, string | null | undefined][] = [
    ["title", p.subtitle ? `${p.title}: ${p.subtitle}` : p.title],
    ...p.contributors
      .filter((c) => c.role === "author")
      .map((c): [string, string] => ["creator", surnameFirst(c.person)]),
    ...p.topics.map((t): [string, string] => ["subject", t.name]),
    ["description", plainSummary(p.abstract, 10_000)],
    ["publisher", p.publisher ?? p.institution?.name],
    ...p.contributors
      .filter((c) => c.role === "editor")
      .map((c): [string, string] => ["contributor", surnameFirst(c.person)]),
    ["date", p.year ? String(p.year) : null],
    ["type", DC_TYPE[p.type]],
    ["type", PUBLICATION_TYPE_LABELS[p.type]],
    ["identifier", absoluteUrl(`/publikasjoner/${p.slug}`)],
    ["identifier", p.doi ? `https://doi.org/${p.doi}` : null],
    ["identifier", p.isbn ? `urn:isbn:${p.isbn}` : null],
    ...p.links.filter((l) => l.kind === "fulltext").map((l): [string, string] => ["identifier", l.url]),
    ["source", source(p)],
    ["source", p.issn ? `urn:issn:${p.issn}` : null],
    ["language", p.language],
    ...p.projects.map((x): [string, string] => ["relation", absoluteUrl(`/prosjekter/${x.slug}`)]),
    ["rights", p.license],
  ];
  return elements.filter((e): e is DcElement => Boolean(e[1]));
}
