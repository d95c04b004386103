import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationType, StudyDesign } from "@/lib/generated/prisma/enums";
import { knowledgeMap, type KnowledgeMap } from "./map";

// The counts of the knowledge map. A cell must count exactly the works that the overview
// (lib/publications/overview.ts) lists for its topic and design under the same type and years, so
// the conditions are the overview's: published and not deleted, a public topic among the work's
// "topicIds", and a year range that leaves out works without a year.

export type MapFilters = { type?: PublicationType; yearFrom?: number; yearTo?: number };
export type YearCount = { year: number; count: number };
export type KnowledgeMapData = { map: KnowledgeMap; years: YearCount[]; withoutYear: number };

const sql = Prisma.sql;
const PUBLIC = (alias: string) =>
  sql`${Prisma.raw(alias)}.status = 'published' AND ${Prisma.raw(alias)}."deletedAt" IS NULL`;

function conditions({ type, yearFrom, yearTo }: MapFilters): Prisma.Sql {
  const parts = [PUBLIC("p")];
  if (type) parts.push(sql`p.type = ${type}::"PublicationType"`);
  if (yearFrom || yearTo) parts.push(sql`p.year BETWEEN ${yearFrom ?? -9999} AND ${yearTo ?? 9999}`);
  return Prisma.join(parts, " AND ");
}

async function loadKnowledgeMap(filters: MapFilters): Promise<KnowledgeMapData> {
  const where = conditions(filters);
  const [topics, cells, works, years] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT t.slug, t.name FROM "Topic" t WHERE ${PUBLIC("t")} ORDER BY t.name COLLATE "nb-NO-x-icu", t.slug`,
    db.$queryRaw<{ topic: string; design: StudyDesign; count: number }[]>`
      SELECT t.slug AS topic, p."studyDesign"::text AS design, count(*)::int AS count
        FROM "Publication" p JOIN "Topic" t ON t.id = ANY (p."topicIds")
       WHERE ${where} AND ${PUBLIC("t")}
       GROUP BY t.slug, p."studyDesign"`,
    db.$queryRaw<{ design: StudyDesign; count: number; withoutTopic: number }[]>`
      SELECT p."studyDesign"::text AS design, count(*)::int AS count,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "Topic" t WHERE t.id = ANY (p."topicIds") AND ${PUBLIC("t")}))::int AS "withoutTopic"
        FROM "Publication" p WHERE ${where} GROUP BY p."studyDesign"`,
    db.$queryRaw<{ year: number | null; count: number }[]>`
      SELECT p.year, count(*)::int AS count FROM "Publication" p WHERE ${where} GROUP BY p.year ORDER BY p.year`,
  ]);
  const known = years.filter((row): row is YearCount => row.year !== null);
  return {
    map: knowledgeMap(topics, cells, works),
    years: everyYear(known),
    withoutYear: years.find((row) => row.year === null)?.count ?? 0,
  };
}

/** Each year from the first to the last, with 0 for a year without works: an honest time axis. */
function everyYear(known: YearCount[]): YearCount[] {
  const first = known[0]?.year;
  const last = known.at(-1)?.year;
  if (first === undefined || last === undefined) return [];
  const counts = new Map(known.map((row) => [row.year, row.count]));
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

// Kept in Next's data cache per filter set and tagged "publications" like the overview's counts:
// every save expires it (lib/content/engine/revalidate.ts).
export const knowledgeMapData = unstable_cache(loadKnowledgeMap, ["knowledge-map"], {
  tags: ["publications"],
  revalidate: 300,
});
