import "server-only";
import { db } from "@/lib/db";
import { EXACT_UP_TO, type FacetRow, roughly } from "./facets";
import { countMatching, facetRows, relevantToFacets } from "./overview-facets";
import { PUBLIC, type Query, type Resolved } from "./overview-query";

// The line between exact and approximate counts (issue 12): a search with at most EXACT_UP_TO
// works is counted exactly, facets and all. Above it the total reads «over 10 000» and the facets
// are counted on a sample of the table and read «ca. 4 100». Exact counting costs about 4 µs a
// work on these two cores; a search for «selvhjelp» matches 60,000 of 100,000.

/** What is approximated: the total (then a lower bound), the facet counts. */
export type Approximate = { total: boolean; facets: boolean };

const SAMPLE_ROWS = 4000;
// A sample shows a set to be above the line when it estimates it at 1.5 times the line from at
// least 200 sampled works: a set of 10,000 works or fewer gives that estimate only by a chance
// too small to meet (over ten standard deviations for a sample of 4,000 of 100,000 works).
const CLEARLY_ABOVE = 1.5 * EXACT_UP_TO;
const ENOUGH_SAMPLED = 200;

const valueOf = (rows: FacetRow[], facet: string) => Number(rows.find((row) => row.facet === facet)?.count ?? 0);

/** The planner's estimate of the works the facets are counted over: only to choose which query runs first. */
async function estimatedRows(query: Query): Promise<number> {
  const plan = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Publication" p WHERE ${PUBLIC} AND ${query.text} AND ${relevantToFacets(query.conditions)}`;
  return plan[0]?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
}

async function samplePercent(): Promise<number> {
  // reltuples: the planner's row count, kept by autovacuum and ANALYZE (-1 before the first).
  const [row] = await db.$queryRaw<{ rows: number }[]>`
    SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = '"Publication"'::regclass`;
  const rows = row?.rows ?? -1;
  return rows <= SAMPLE_ROWS ? 100 : (100 * SAMPLE_ROWS) / rows;
}

/** The facet rows counted on a sample, scaled to the table; null when the sample does not show the search to be large. */
async function sampled(
  query: Query,
  selected: Resolved,
): Promise<{ rows: FacetRow[]; approximate: Approximate } | null> {
  const percent = await samplePercent();
  if (percent >= 100) return null;
  const rows = await facetRows(query, selected, { sample: { percent } });
  const scale = 100 / percent;
  const clearlyAbove = (n: number) => n >= ENOUGH_SAMPLED && n * scale > CLEARLY_ABOVE;
  if (!clearlyAbove(valueOf(rows, "rows"))) return null;
  const scaled = rows.map((row) => ({ ...row, count: roughly(Number(row.count) * scale) }));
  // The facets are counted over more works than the total: the total may still be below the line.
  const total = clearlyAbove(valueOf(rows, "total")) ? null : await countMatching(query, EXACT_UP_TO + 1);
  const exactTotal = total !== null && total <= EXACT_UP_TO;
  const withTotal = scaled.map((row) =>
    row.facet === "total" ? { ...row, count: exactTotal ? total : Math.max(EXACT_UP_TO + 1, Number(row.count)) } : row,
  );
  return { rows: withTotal, approximate: { total: !exactTotal, facets: true } };
}

/**
 * The facet rows of a search, exact when it has at most EXACT_UP_TO works. The planner's estimate
 * only chooses the order: a search it expects to be small is counted exactly first (up to
 * CLEARLY_ABOVE works), a large one on the sample first; either falls back on the other.
 */
export async function searchFacetRows(
  query: Query,
  selected: Resolved,
): Promise<{ rows: FacetRow[]; approximate: Approximate }> {
  const exact = async (limit?: number) => {
    const rows = await facetRows(query, selected, { limit });
    return {
      rows,
      approximate: { total: valueOf(rows, "total") > EXACT_UP_TO, facets: false },
      full: !limit || valueOf(rows, "rows") < limit,
    };
  };
  if ((await estimatedRows(query)) < EXACT_UP_TO / 2) {
    const first = await exact(CLEARLY_ABOVE);
    if (first.full) return first;
  }
  return (await sampled(query, selected)) ?? (await exact());
}
