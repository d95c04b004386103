import { attachmentPath, fullTextPdf } from "@/lib/attachments/owners";
import type { CitableWork } from "@/lib/citation/work";
import { absoluteUrl } from "@/lib/interop/site-url";

/** What a work's row must carry to be cited or exported (the detail query and the export records both do). */
export type PublicationForCitation = Omit<
  CitableWork,
  "id" | "authors" | "editors" | "institutionName" | "url" | "topics"
> & {
  slug: string;
  contributors: {
    role: "author" | "editor";
    person: { givenName: string | null; familyName: string; orcid?: string | null };
  }[];
  institution: { name: string; parent: { name: string } | null } | null;
  links: { kind: string; url: string }[];
  /** Its attached PDFs (lib/attachments/owners.ts PUBLIC_PDFS). */
  attachments: { id: string; fileName: string; role: string }[];
  topics: { name: string }[];
};

// The facts a reference and the API (lib/interop/api/serialize.ts) both carry as they are stored.
// prettier-ignore
const STORED_FACTS = [
  "title", "subtitle", "year", "language", "containerTitle", "volume", "issue", "pages", "edition", "publisher",
  "place", "series", "seriesNumber", "isbn", "issn", "doi", "statusNote", "abstract",
] as const satisfies readonly (keyof CitableWork)[];

type StoredFacts = Pick<CitableWork, (typeof STORED_FACTS)[number]>;

/** A work's stored bibliographic facts, as they are. */
export function storedFacts(p: StoredFacts): StoredFacts {
  // Object.fromEntries loses the keys' types; STORED_FACTS is checked against CitableWork above.
  return Object.fromEntries(STORED_FACTS.map((key) => [key, p[key]])) as StoredFacts;
}

/** A work's authors or editors, in their order. */
export function contributorsAs<C extends { role: "author" | "editor" }>(
  contributors: C[],
  role: "author" | "editor",
): C[] {
  return contributors.filter((c) => c.role === role);
}

/** The facts of a work that a reference needs. */
export function citableWork(p: PublicationForCitation): CitableWork {
  const pdf = fullTextPdf(p.attachments);
  const pdfUrl = pdf ? absoluteUrl(attachmentPath(pdf)) : null;
  const people = (role: "author" | "editor") => contributorsAs(p.contributors, role).map((c) => c.person);
  return {
    id: p.slug,
    type: p.type,
    ...storedFacts(p),
    authors: people("author"),
    editors: people("editor"),
    institutionName: p.institution ? [p.institution.name, p.institution.parent?.name].filter(Boolean).join(", ") : null,
    url: p.links.find((link) => link.kind === "fulltext")?.url ?? pdfUrl ?? null,
    pdfUrl,
    topics: p.topics.map((t) => t.name),
  };
}
