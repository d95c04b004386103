import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type FacetRow, type FilterKey, FILTER_KEYS } from "./facets";
import {
  activeKeys,
  all,
  HAS_PLAIN_LANGUAGE,
  PUBLIC,
  type Query,
  type Resolved,
  sql,
  textCondition,
} from "./overview-query";
import { searchTerms, tsqueryText } from "./search-terms";

// The counting half of the overview: the facet counts and totals of a search (shaped in
// facets.ts), and the count behind "Mente du …?".

/**
 * Works that pass every active filter but at most one: the others count in no facet. With one
 * filter, the works that pass it: its own facet is then taken from the search without it.
 */
export function relevantToFacets(conditions: Query["conditions"]): Prisma.Sql {
  const active = activeKeys(conditions);
  if (active.length < 2) return active.length ? conditions[active[0]!]! : sql`TRUE`;
  const allOthers = active.map(
    (key) => sql`(${all(active.filter((other) => other !== key).map((other) => conditions[other]))})`,
  );
  return sql`(${Prisma.join(allOthers, " OR ")})`;
}

/** A share of the table's blocks (TABLESAMPLE SYSTEM): see overview-counts.ts. */
type Sample = { percent: number };
/**
 * Counts per facet value, each under every filter but its own (so that the other values of a facet
 * stay visible with their counts), the total, and the total without each filter: one pass over
 * the works that match the search text, grouped in several ways at once. Only the active filters
 * get a flag and a count of their own: under an inactive filter, "every filter but this one" is
 * every filter, the total. (Counting all eight for every search cost a third of the pass.)
 */
export function facetRows(query: Query, selected: Resolved, from: { sample?: Sample; limit?: number }) {
  const active = activeKeys(query.conditions);
  // The keys are this module's own names, never input.
  const flag = (key: FilterKey) => Prisma.raw(`"f_${key}"`);
  const allBut = (key: FilterKey | null) =>
    all(active.filter((other) => other !== key).map((other) => sql`m.${flag(other)}`));
  /** The column of counts under every filter but `key`. */
  const column = (key: FilterKey) => (active.includes(key) ? flag(key) : sql`total`);
  const flags = active.map((key) => sql`${query.conditions[key]!} AS ${flag(key)}`);
  const countsAllBut = active.map((key) => sql`, count(*) FILTER (WHERE ${allBut(key)}) AS ${flag(key)}`);
  // With a limit that is reached, the works are not counted at all: only "rows" (the limit) says so,
  // and the caller counts on a sample instead. (An InitPlan, evaluated once.)
  const fits = from.limit ? sql`(SELECT count(*) FROM m) < ${from.limit}` : sql`TRUE`;
  const withouts = FILTER_KEYS.map(
    (key) => sql`SELECT 'without', ${key}, NULL, ${column(key)} FROM counts WHERE g = 15`,
  );
  const arrayFacet = (
    key: "topic" | "project" | "person",
    table: string,
    label: Prisma.Sql,
    selectedId: string | null,
  ) => sql`
    SELECT ${key}, e.slug, ${label}, c.n
      FROM (SELECT id, count(*) AS n FROM (SELECT unnest(m.${Prisma.raw(`"${key}Ids"`)}) AS id FROM m WHERE ${allBut(key)} AND ${fits}) u GROUP BY id) c
      JOIN ${Prisma.raw(`"${table}"`)} e ON e.id = c.id
     WHERE e.status = 'published' AND e."deletedAt" IS NULL
     ORDER BY e.id = ${selectedId} DESC NULLS LAST, c.n DESC, 3 LIMIT 30`;
  const facetQuery = db.$queryRaw<FacetRow[]>`
    WITH m AS MATERIALIZED (
      SELECT p.type, p.year, p.language, p."studyDesign" AS design, p."topicIds", p."projectIds", p."personIds",
             ${HAS_PLAIN_LANGUAGE} AS plain ${flags.length ? sql`, ${Prisma.join(flags)}` : sql``}
        FROM "Publication" p ${from.sample ? sql`TABLESAMPLE SYSTEM (${from.sample.percent}) REPEATABLE (0)` : sql``}
       WHERE ${PUBLIC} AND ${query.text} AND ${relevantToFacets(query.conditions)}
       ${from.limit ? sql`LIMIT ${from.limit}` : sql``}
    ), counts AS (
      -- g: which grouping a row belongs to (7 by type, 11 by year, 13 by language, 14 by design, 15 all).
      SELECT m.type, m.year, m.language, m.design, GROUPING(m.type, m.year, m.language, m.design) AS g,
             count(*) FILTER (WHERE ${allBut(null)}) AS total ${countsAllBut.length ? Prisma.join(countsAllBut, "") : sql``}
        FROM m WHERE ${fits} GROUP BY GROUPING SETS ((m.type), (m.year), (m.language), (m.design), ())
    )
    SELECT 'total' AS facet, NULL AS value, NULL AS label, total AS count FROM counts WHERE g = 15
    UNION ALL SELECT 'rows', NULL, NULL, (SELECT count(*) FROM m)
    UNION ALL ${Prisma.join(withouts, " UNION ALL ")}
    UNION ALL SELECT 'type', type::text, NULL, ${column("type")} FROM counts WHERE g = 7 AND ${column("type")} > 0
    UNION ALL SELECT 'year', year::text, NULL, ${column("year")} FROM counts WHERE g = 11 AND year IS NOT NULL AND ${column("year")} > 0
    UNION ALL SELECT 'language', language, NULL, ${column("language")} FROM counts WHERE g = 13 AND ${column("language")} > 0
    UNION ALL SELECT 'design', design::text, NULL, ${column("design")} FROM counts WHERE g = 14 AND ${column("design")} > 0
    UNION ALL SELECT 'plain', 'ja', NULL, count(*) FILTER (WHERE ${allBut("plain")} AND m.plain) FROM m
    UNION ALL (${arrayFacet("topic", "Topic", sql`e.name`, selected.topic?.id ?? null)})
    UNION ALL (${arrayFacet("project", "Project", sql`e.title`, selected.project?.id ?? null)})
    UNION ALL (${arrayFacet("person", "Person", sql`concat_ws(' ', e."givenName", e."familyName")`, selected.person?.id ?? null)})`;
  // The matching works are held in memory once; the default work_mem (4 MB) would spill them to disk.
  // The planner cannot estimate the rows of the CTE and joins thousands of unnested ids to their
  // people one index lookup at a time (50 ms for 11,000 people); a hash join takes a fifth of that.
  return db
    .$transaction([
      db.$executeRaw`SET LOCAL work_mem = '64MB'`,
      db.$executeRaw`SET LOCAL enable_nestloop = off`,
      facetQuery,
    ])
    .then(([, , rows]) => rows);
}

/** The works that match the search and every filter; with `limit`, counted up to it at most. */
export async function countMatching(query: Query, limit?: number): Promise<number> {
  const matching = sql`SELECT 1 FROM "Publication" p WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))}`;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (${matching} ${limit === undefined ? sql`` : sql`LIMIT ${limit}`}) m`;
  return row?.count ?? 0;
}

/** The search text with each word replaced by the most similar known word, when that finds works. */
export async function didYouMean(
  words: string[],
  conditions: Query["conditions"],
): Promise<{ q: string; total: number } | undefined> {
  const rows = await db.$queryRaw<{ term: string; word: string | null }[]>`
    SELECT t.term, (SELECT w.word FROM "SearchWord" w WHERE w.word % t.term AND w.word <> t.term
                     -- A word typed without æ, ø or å (on a foreign keyboard) is close to the word with them.
                     ORDER BY greatest(similarity(w.word, t.term), similarity(translate(w.word, 'æøå', 'aoa'), t.term)) DESC, w.word
                     LIMIT 1) AS word
      FROM unnest(${words}::text[]) WITH ORDINALITY AS t(term, n) ORDER BY t.n`;
  const corrected = rows.map((row) => row.word ?? row.term);
  if (corrected.every((word, i) => word === words[i])) return undefined;
  const tsquery = tsqueryText(searchTerms(corrected));
  const total = await countMatching({ text: textCondition(tsquery, []), relevance: null, conditions });
  return total > 0 ? { q: corrected.join(" "), total } : undefined;
}
