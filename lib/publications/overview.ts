import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationType } from "@/lib/generated/prisma/enums";

// The research overview: published works in Norwegian alphabetical order of the first
// author's surname (Æ, Ø, Å after Z), filtered by type and year. This is the one module
// with raw SQL for listing publications; every value is bound as a parameter.

export type OverviewFilters = { type?: PublicationType; yearFrom?: number; yearTo?: number; page: number };

export const PAGE_SIZE = 20;

const orderedIds = (f: OverviewFilters) => db.$queryRaw<{ id: string }[]>`
  SELECT p.id
  FROM "Publication" p
  LEFT JOIN LATERAL (
    SELECT per."familyName", per."givenName"
    FROM "PublicationContributor" c JOIN "Person" per ON per.id = c."personId"
    WHERE c."publicationId" = p.id
    ORDER BY (c.role = 'author') DESC, c.position
    LIMIT 1
  ) first ON true
  WHERE p.status = 'published' AND p."deletedAt" IS NULL
    AND (${f.type ?? null}::text IS NULL OR p.type::text = ${f.type ?? null}::text)
    AND (${f.yearFrom ?? null}::int IS NULL OR p.year >= ${f.yearFrom ?? null}::int)
    AND (${f.yearTo ?? null}::int IS NULL OR p.year <= ${f.yearTo ?? null}::int)
  ORDER BY COALESCE(first."familyName", p.title) COLLATE "nb-NO-x-icu",
           first."givenName" COLLATE "nb-NO-x-icu",
           p.year DESC NULLS LAST,
           p.title COLLATE "nb-NO-x-icu"
  LIMIT ${PAGE_SIZE} OFFSET ${(f.page - 1) * PAGE_SIZE}
`;

const listSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  type: true,
  year: true,
  language: true,
  containerTitle: true,
  statusNote: true,
  contributors: {
    orderBy: [{ role: "asc" }, { position: "asc" }],
    select: { role: true, person: { select: { givenName: true, familyName: true } } },
  },
  links: { where: { kind: "fulltext" }, select: { id: true }, take: 1 },
} satisfies Prisma.PublicationSelect;

export const publicationOverview = cache(async (filters: OverviewFilters) => {
  const where = {
    ...isPublic,
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.yearFrom || filters.yearTo ? { year: { gte: filters.yearFrom, lte: filters.yearTo } } : {}),
  };
  const [ids, total] = await Promise.all([orderedIds(filters), db.publication.count({ where })]);
  const rows = await db.publication.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: listSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap(({ id }) => byId.get(id) ?? []);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
});

export type OverviewItem = Awaited<ReturnType<typeof publicationOverview>>["items"][number];

/** Counts per type and the range of years, for the filter form. */
export const overviewFacets = cache(async () => {
  const [types, years] = await Promise.all([
    db.publication.groupBy({ by: ["type"], where: isPublic, _count: { _all: true } }),
    db.publication.aggregate({ where: isPublic, _min: { year: true }, _max: { year: true } }),
  ]);
  return {
    types: new Map(types.map((t) => [t.type, t._count._all])),
    minYear: years._min.year,
    maxYear: years._max.year,
  };
});

/** The newest published works, for the front page. */
export const newestPublications = cache(async (take: number) =>
  db.publication.findMany({
    where: isPublic,
    orderBy: [{ year: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take,
    select: listSelect,
  }),
);
