import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countFacets, countPassing, keysOf, type SelectedIds } from "./facet-count";
import { facetTable, worksOf } from "./facet-table";
import type { FacetRow } from "./facets";
import { ALPHABETICAL, CANDIDATES, PAGE_SIZE } from "./overview-list";
import { activeKeys, all, PUBLIC, type Query, type Resolved, sql, textCondition } from "./overview-query";
import { searchTerms, tsqueryText } from "./search-terms";

// The counting half of the overview: the facet counts and totals of a search (shaped in
// facets.ts), and the count behind "Mente du …?".

/**
 * Works that pass every active filter but at most one: the others count in no facet. With one
 * filter, the works that pass it: its own facet is then taken from the search without it.
 */
export function relevantToFacets(conditions: Query["conditions"]): Prisma.Sql {
  const active = activeKeys(conditions).map((key) => conditions[key]!);
  return active.length < 2 ? (active[0] ?? sql`TRUE`) : allButOne(active);
}

/**
 * At least all but one of the conditions, each written as few times as it can be: (a AND (b OR c))
 * OR (b AND c) for three, where the plain form, (b AND c) OR (a AND c) OR (a AND b), has the
 * database look each index up twice (the doctoral search with three filters: 37-49 ms instead of 58).
 */
function allButOne([first, ...rest]: Prisma.Sql[]): Prisma.Sql {
  if (!first || rest.length === 0) return sql`TRUE`;
  return sql`((${first} AND ${allButOne(rest)}) OR (${all(rest)}))`;
}

/** A share of the table's blocks (TABLESAMPLE SYSTEM): see overview-counts.ts. */
type Sample = { percent: number };

/** The facet rows, and with `firstPage` the first page of works in relevance order (null: not ranked). */
export type FacetPass = { rows: FacetRow[]; firstPage: string[] | null };

/**
 * Counts per facet value, each under every filter but its own (so that the other values of a facet
 * stay visible with their counts), the total, and the total without each filter (facet-count.ts).
 * The database finds the works that match the search text and pass every active filter but at most
 * one (the others count in no facet); the facet table (facet-table.ts) holds what they are counted
 * by. With a limit that is reached, the works are not counted at all: only "rows" (the limit) says
 * so, and the caller counts on a sample instead. With `firstPage` (and search text), the same pass
 * ranks the works that pass every filter, when they are all counted (at most the limit): the page
 * need not read them again (overview.ts). With `textAlone`, the database finds the works that
 * match the search text, whatever the filters, and the facet table tests the filters: one pass
 * for every facet, each filter's own included. With `textAsFilter`, the text is tested on the
 * works the filters find (a condition that no index answers, written `IS TRUE`), not looked up.
 */
export async function facetRows(
  query: Query,
  selected: Resolved,
  from: { sample?: Sample; limit?: number; firstPage?: boolean; textAlone?: boolean; textAsFilter?: boolean },
): Promise<FacetPass> {
  const ranked = from.firstPage && !from.sample && query.ranks.length > 0;
  // The columns the ranking reads; the keys are this module's own names, never input.
  const rank = (i: number) => Prisma.raw(`"rank${i}"`);
  // Only the works that pass every filter are ranked (the others are counted, never listed).
  const matches = all(Object.values(query.conditions));
  const rankColumns = query.ranks.map(
    (expression, i) => sql`, CASE WHEN ${matches} THEN ${expression} END AS ${rank(i)}`,
  );
  const order = () => sql`${Prisma.join(query.ranks.map((_, i) => sql`p.${rank(i)} DESC`))}, ${ALPHABETICAL}`;
  const limit = from.limit ?? 2 ** 31 - 1;
  // Above the line, with at most one filter (every work counted matches), the first page is ranked
  // the cheaper way (overview-list.ts): among the first CANDIDATES works, which are the first of
  // these (scans start at the table's first block).
  const cheaper = activeKeys(query.conditions).length < 2 && !from.textAlone;
  const page = ranked
    ? sql`CASE WHEN (SELECT n FROM counted) < ${limit}
                THEN ARRAY(SELECT p.id FROM m p WHERE p.matches ORDER BY ${order()} LIMIT ${PAGE_SIZE})
               WHEN ${cheaper}
                THEN ARRAY(SELECT p.id FROM (SELECT * FROM m LIMIT ${CANDIDATES}) p ORDER BY ${order()} LIMIT ${PAGE_SIZE}) END`
    : sql`NULL::text[]`;
  // The works' search keys as one text, read here (facet-count.ts): parsing an array of 10,000
  // took longer than the query, and looking the works up by their ids took 5-11 ms.
  const matching = db.$queryRaw<{ n: number; keys: string | null; page: string[] | null }[]>`
    WITH m AS MATERIALIZED (
      SELECT p.id, p."searchKey" ${ranked ? sql`, ${matches} AS matches, p."sortName", p.year, p.title ${Prisma.join(rankColumns, "")}` : sql``}
        FROM "Publication" p ${from.sample ? sql`TABLESAMPLE SYSTEM (${from.sample.percent}) REPEATABLE (0)` : sql``}
       WHERE ${PUBLIC} AND ${from.textAsFilter ? sql`(${query.text}) IS TRUE` : query.text}
         AND ${from.textAlone ? sql`TRUE` : relevantToFacets(query.conditions)}
       ${from.limit ? sql`LIMIT ${from.limit}` : sql``}),
    counted AS (SELECT count(*)::int AS n FROM m)
    SELECT (SELECT n FROM counted) AS n,
           CASE WHEN (SELECT n FROM counted) < ${limit} THEN (SELECT string_agg("searchKey"::text, ',') FROM m) END AS keys,
           ${page} AS page`;
  // (A sequential scan that joins one under way would start elsewhere: not for the cheaper ranking.)
  const pass =
    ranked && cheaper && from.limit
      ? db.$transaction([db.$executeRaw`SET LOCAL synchronize_seqscans = off`, matching]).then(([, rows]) => rows)
      : matching;
  const [[row], table] = await Promise.all([pass, facetTable()]);
  const firstPage = ranked ? (row?.page ?? null) : null;
  if (from.limit && (row?.n ?? 0) >= from.limit)
    return { rows: [{ facet: "rows", value: null, label: null, count: row!.n }], firstPage };
  const works = await worksOf(table, keysOf(row?.keys ?? ""));
  const rows = countFacets(table, works, query.values, selectedIds(selected));
  return { rows, firstPage: firstPage ?? (ranked ? [] : null) };
}

const selectedIds = (selected: Resolved): SelectedIds => ({
  topic: selected.topic?.id ?? null,
  project: selected.project?.id ?? null,
  person: selected.person?.id ?? null,
});

/**
 * The facet rows of a search without search text: the facet table holds every public work and
 * what the filters test, so it counts them all, exactly, without the database.
 */
export async function facetRowsWithoutText(query: Query, selected: Resolved): Promise<FacetRow[]> {
  const table = await facetTable();
  return countFacets(table, table.works.values(), query.values, selectedIds(selected));
}

/** The works that pass every filter, whatever the search text: counted on the facet table. */
export async function countWithoutText(query: Query): Promise<number> {
  const table = await facetTable();
  return countPassing(table, table.works.values(), query.values);
}

/** The works that match the search and every filter; with `limit`, counted up to it at most. */
export async function countMatching(query: Query, limit?: number): Promise<number> {
  const matching = sql`SELECT 1 FROM "Publication" p WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))}`;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (${matching} ${limit === undefined ? sql`` : sql`LIMIT ${limit}`}) m`;
  return row?.count ?? 0;
}

/** The search text with each word replaced by the most similar known word, when that finds works. */
export async function didYouMean(words: string[], query: Query): Promise<{ q: string; total: number } | undefined> {
  const rows = await db.$queryRaw<{ term: string; word: string | null }[]>`
    SELECT t.term, (SELECT w.word FROM "SearchWord" w WHERE w.word % t.term AND w.word <> t.term
                     -- A word typed without æ, ø or å (on a foreign keyboard) is close to the word with them.
                     ORDER BY greatest(similarity(w.word, t.term), similarity(translate(w.word, 'æøå', 'aoa'), t.term)) DESC, w.word
                     LIMIT 1) AS word
      FROM unnest(${words}::text[]) WITH ORDINALITY AS t(term, n) ORDER BY t.n`;
  const corrected = rows.map((row) => row.word ?? row.term);
  if (corrected.every((word, i) => word === words[i])) return undefined;
  const tsquery = tsqueryText(searchTerms(corrected));
  const total = await countMatching({ ...query, text: textCondition(tsquery, []), relevance: null, ranks: [] });
  return total > 0 ? { q: corrected.join(" "), total } : undefined;
}
