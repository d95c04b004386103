import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXACT_UP_TO } from "./facets";
import type { SortOrder } from "./overview";
import { all, PUBLIC, type Query, sql } from "./overview-query";
import { highlightSegments, MARK_END, MARK_START, type Segment } from "./search-terms";

// The listing half of the overview: one page of works in the order asked for, with the words
// that matched marked. Without search text the order is alphabetical by first author (Norwegian
// collation, Æ, Ø, Å after Z); with it, by relevance: a work whose DOI, ISBN, ISSN or handle is in
// the search text first, then title > contributors > container, topics and the names around it > abstract.

export const PAGE_SIZE = 20;

export const ALPHABETICAL = sql`p."sortName" COLLATE "nb-NO-x-icu", p.year DESC NULLS LAST, p.title COLLATE "nb-NO-x-icu", p.id`;
const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

// Above the line (overview-counts.ts), relevance ranks the first CANDIDATES matching works the
// database finds (in its storage order: a sample, in effect), and lists the other matches after them
// alphabetically; ranking all 60,000 works that have «selvhjelp» takes half a second.
export const CANDIDATES = 2000;

async function rankedAmongFirst(query: Query, page: number): Promise<string[]> {
  const [, [row]] = await db.$transaction([
    // Scans start at the table's first block, so that every page sees the same candidates.
    db.$executeRaw`SET LOCAL synchronize_seqscans = off`,
    db.$queryRaw<{ ids: string[] | null }[]>`
      SELECT array_agg(p.id ORDER BY ${query.relevance}, ${ALPHABETICAL}) AS ids
        FROM (SELECT p.id, p."searchVector", p."searchIds", p."sortName", p.year, p.title FROM "Publication" p
               WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))} LIMIT ${CANDIDATES}) p`,
  ]);
  const ranked = row?.ids ?? [];
  const start = (page - 1) * PAGE_SIZE;
  const mine = ranked.slice(start, start + PAGE_SIZE);
  if (mine.length === PAGE_SIZE || ranked.length < CANDIDATES) return mine;
  const rest = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Publication" p
     WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))} AND NOT (p.id = ANY (${ranked}::text[]))
     ORDER BY ${ALPHABETICAL}
     LIMIT ${PAGE_SIZE - mine.length} OFFSET ${Math.max(0, start - ranked.length)}`;
  return [...mine, ...rest.map((r) => r.id)];
}

/**
 * One page in relevance order over every work that matches, when at most EXACT_UP_TO do (counted
 * in the same query, up to one past the line); null when more do: then the cheaper ranking.
 */
async function rankedIfBelowTheLine(query: Query, page: number): Promise<string[] | null> {
  const [, [row]] = await db.$transaction([
    // The matching works are held in memory once (with their text: about 7 MB for 10,000).
    db.$executeRaw`SET LOCAL work_mem = '64MB'`,
    db.$queryRaw<{ n: number; ids: string[] }[]>`
      WITH p AS MATERIALIZED (
        SELECT p.id, p."searchVector", p."searchIds", p."sortName", p.year, p.title FROM "Publication" p
         WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))} LIMIT ${EXACT_UP_TO + 1})
      SELECT (SELECT count(*)::int FROM p) AS n,
             ARRAY(SELECT p.id FROM p ORDER BY ${query.relevance}, ${ALPHABETICAL}
                    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}) AS ids`,
  ]);
  return row && row.n <= EXACT_UP_TO ? row.ids : null;
}

/**
 * The ids of one page of works. In relevance order, `large` says that the search is known to be
 * above the line (from a sample, overview-counts.ts); otherwise it is found out here.
 */
export async function matchingIds(query: Query, sort: SortOrder, page: number, large: boolean): Promise<string[]> {
  if (sort === "relevans" && query.relevance)
    return (large ? null : await rankedIfBelowTheLine(query, page)) ?? rankedAmongFirst(query, page);
  const order = {
    relevans: ALPHABETICAL,
    alfabetisk: ALPHABETICAL,
    nyeste: sql`p.year DESC NULLS LAST, ${ALPHABETICAL}`,
    eldste: sql`p.year ASC NULLS LAST, ${ALPHABETICAL}`,
  }[sort];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Publication" p
     WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))}
     ORDER BY ${order}
     LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  return rows.map((row) => row.id);
}

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
    select: { role: true, person: { select: { slug: true, givenName: true, familyName: true } } },
  },
  links: { where: { kind: "fulltext" }, select: { id: true }, take: 1 },
} satisfies Prisma.PublicationSelect;

type ListRow = Prisma.PublicationGetPayload<{ select: typeof listSelect }>;

/** Matched words in the title and subtitle, and the contributors (slugs) whose names match. */
export type Highlight = { title: Segment[]; subtitle: Segment[] | null; persons: string[] };
export type OverviewItem = ListRow & { highlight?: Highlight };

export async function listItems(ids: string[], tsquery: string | null): Promise<OverviewItem[]> {
  const [rows, highlights] = await Promise.all([
    db.publication.findMany({ where: { id: { in: ids } }, select: listSelect }),
    tsquery ? highlightsOf(ids, tsquery) : [],
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const highlightById = new Map(highlights.map((h) => [h.id, h]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const h = highlightById.get(id);
    const highlight = h && {
      title: highlightSegments(h.title),
      subtitle: h.subtitle === null ? null : highlightSegments(h.subtitle),
      persons: h.persons,
    };
    return [{ ...row, highlight }];
  });
}

function highlightsOf(ids: string[], tsquery: string) {
  const marks = MARK_START + MARK_END;
  return db.$queryRaw<{ id: string; title: string; subtitle: string | null; persons: string[] }[]>`
    WITH q AS (SELECT to_tsquery('norwegian', ${tsquery}) AS q)
    SELECT p.id,
           ts_headline('norwegian', translate(p.title, ${marks}, ''), q.q, ${HEADLINE_OPTIONS}) AS title,
           CASE WHEN p.subtitle IS NOT NULL THEN ts_headline('norwegian', translate(p.subtitle, ${marks}, ''), q.q, ${HEADLINE_OPTIONS}) END AS subtitle,
           ARRAY(SELECT per.slug FROM "PublicationContributor" c JOIN "Person" per ON per.id = c."personId"
                  WHERE c."publicationId" = p.id
                    AND to_tsvector('norwegian', concat_ws(' ', per."givenName", per."familyName")) @@ q.q) AS persons
      FROM "Publication" p, q
     WHERE p.id = ANY (${ids}::text[])`;
}

/** The newest published works, for the front page. */
export const newestPublications = cache(async (take: number) =>
  db.publication.findMany({
    where: isPublic,
    orderBy: [{ year: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take,
    select: listSelect,
  }),
);
