import "server-only";
import type { Tx } from "@/lib/content/engine/adapter";
import { normaliseText } from "./normalise";
import type { Existing } from "./plan";
import type { ReadRecord } from "./read";

// The works and persons an import is compared with: not deleted, drafts included (a draft
// imported twice is still a duplicate). Narrowed by DOI, year, family name and Cristin id in
// SQL; the exact comparison of normalised keys is done in plan.ts.

export async function loadExisting(client: Tx, records: ReadRecord[]): Promise<Existing> {
  const values = records.flatMap((r) => (r.ok ? [r.values] : []));
  const dois = [...new Set(values.flatMap((v) => (v.doi ? [v.doi] : [])))];
  const years = [...new Set(values.flatMap((v) => (v.year === null ? [] : [v.year])))];
  const anyWithoutYear = values.some((v) => v.year === null);
  const families = [
    ...new Set(
      values.flatMap((v) =>
        [...v.authors, ...v.editors].flatMap((ref) =>
          "newPerson" in ref ? [normaliseText(ref.newPerson.familyName)] : [],
        ),
      ),
    ),
  ];
  // One query after the other: inside the import's transaction they share one connection.
  const works =
    values.length === 0
      ? []
      : await client.publication.findMany({
          where: {
            deletedAt: null,
            OR: [
              { doi: { in: dois, mode: "insensitive" } },
              { year: { in: years } },
              ...(anyWithoutYear ? [{ year: null }] : []),
            ],
          },
          select: { id: true, title: true, subtitle: true, year: true, doi: true },
          orderBy: { createdAt: "asc" },
        });
  const cristinIds = [...new Set(records.flatMap((r) => (r.ok ? Object.values(r.cristinIds ?? {}) : [])))];
  const persons =
    families.length === 0 && cristinIds.length === 0
      ? []
      : await client.person.findMany({
          where: {
            deletedAt: null,
            OR: [{ familyName: { in: families, mode: "insensitive" } }, { cristinId: { in: cristinIds } }],
          },
          select: { id: true, givenName: true, familyName: true, cristinId: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        });
  return { works, persons };
}
