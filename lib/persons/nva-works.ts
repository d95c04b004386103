import "server-only";
import { isEntryId } from "@/lib/content/engine/entry-id";
import { PUBLICATION_TYPE_LABELS, fullName } from "@/lib/content/labels";
import { db } from "@/lib/db";
import type { PublicationType } from "@/lib/generated/prisma/enums";
import type { LineResult } from "@/lib/lookup/lookup";
import type { NvaPersonPage, NvaPersonQuery } from "@/lib/lookup/nva-person";
import { lookup } from "@/lib/lookup/server";
import { recordsOfLookups } from "@/lib/publications/import/lookup-form";
import { normaliseText } from "@/lib/publications/import/normalise";
import { previewImport } from "@/lib/publications/import/store";

// «Hent fra NVA» on a person's editor page: one page of NVA's works for the person (by Cristin
// id when the portal has it, else by name), each marked with what the import would do with it:
// already in the portal (the stored work), new, or not importable. The chosen works go on to the
// import by identifier (lookup-actions.ts) as NVA addresses, with its preview and drafts.

/** A work's line for the import by identifier: its NVA registration address. */
export const nvaLine = (nvaId: string) => `https://nva.sikt.no/registration/${nvaId}`;

export type NvaWorkRow = {
  nvaId: string;
  line: string;
  title: string;
  year: number | null;
  typeLabel: string;
  coAuthors: string[];
  affiliations: string[];
  /** Whether one of those institutions is the person's institution in the portal. */
  sameInstitution: boolean;
  /** The stored work it duplicates, with the import's reason. */
  existing: { id: string; reason: string } | null;
  /** Why it cannot be imported (the publication form's rules), when it cannot. */
  rejected: string | null;
};

export type NvaWorksView = {
  person: { id: string; name: string; affiliation: string | null };
  /** What NVA was searched by: the Cristin id, or the name. */
  searchedBy: { cristinId: string } | { name: string };
  page: number;
  result: { ok: true; totalHits: number; pageCount: number; works: NvaWorkRow[] } | { ok: false; message: string };
};

type WorksForPerson = (query: NvaPersonQuery, page: number) => Promise<NvaPersonPage>;

/** One page (1-based) for the person with this id; null when there is no such person (or it is in the trash). */
export async function nvaWorksOfPerson(
  id: string,
  page: number,
  worksForPerson: WorksForPerson = lookup.worksForPerson,
): Promise<NvaWorksView | null> {
  if (!isEntryId(id)) return null;
  const person = await db.person.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      givenName: true,
      familyName: true,
      cristinId: true,
      affiliation: { select: { name: true, shortName: true, formerNames: true } },
    },
  });
  if (!person) return null;
  const name = fullName(person);
  const searchedBy = person.cristinId ? { cristinId: person.cristinId } : { name };
  const view = { person: { id: person.id, name, affiliation: person.affiliation?.name ?? null }, searchedBy, page };
  const found = await worksForPerson(searchedBy, page);
  if (!found.ok) return { ...view, result: found };

  const lines: LineResult[] = found.works.map((work) => ({
    line: nvaLine(work.nvaId),
    ok: true,
    item: work.item,
    warnings: [],
  }));
  const planned = await previewImport(recordsOfLookups(lines));
  const own = new Set(
    [person.affiliation?.name, person.affiliation?.shortName, ...(person.affiliation?.formerNames ?? [])]
      .filter((n): n is string => Boolean(n))
      .map(normaliseText),
  );
  const works = found.works.map((work, i): NvaWorkRow => {
    const record = planned[i];
    const ok = record?.ok ? record : null;
    return {
      nvaId: work.nvaId,
      line: nvaLine(work.nvaId),
      title: work.title,
      year: work.year ?? null,
      typeLabel: ok ? (PUBLICATION_TYPE_LABELS[ok.values.type as PublicationType] ?? ok.values.type) : work.type,
      coAuthors: work.coAuthors,
      affiliations: work.affiliations,
      sameInstitution: work.affiliations.some((a) => own.has(normaliseText(a))),
      existing: ok?.duplicateOf && ok.duplicate ? { id: ok.duplicateOf, reason: ok.duplicate } : null,
      rejected: record && !record.ok ? record.message.replace(/^Linje \d+: /, "") : null,
    };
  });
  return { ...view, result: { ok: true, totalHits: found.totalHits, pageCount: found.pageCount, works } };
}
