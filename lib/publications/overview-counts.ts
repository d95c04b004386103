import "server-only";
import { db } from "@/lib/db";
import { EXACT_UP_TO, type FacetRow, roughly } from "./facets";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countMatching, facetRows, facetRowsWithoutText, relevantToFacets } from "./overview-facets";
import { activeKeys, all, PUBLIC, type Query, type Resolved, sql } from "./overview-query";

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

/** The planner's estimate of the works that pass `condition`: only to choose which query runs first. */
async function estimatedRows(query: Query, condition: Prisma.Sql): Promise<number> {
  const plan = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Publication" p WHERE ${PUBLIC} AND ${query.text} AND ${condition}`;
  return plan[0]?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
}

/** The share of the table's blocks that holds about SAMPLE_ROWS works (100: no sample). */
const samplePercent = ({ tableRows }: Query) => (tableRows <= SAMPLE_ROWS ? 100 : (100 * SAMPLE_ROWS) / tableRows);

/**
 * `firstPage`: the first page in relevance order, when the counting pass ranked it (overview-facets.ts);
 * `complete`: each filter's own facet is counted too (else the caller takes it from the search without that filter).
 */
type Counted = { rows: FacetRow[]; approximate: Approximate; firstPage: string[] | null; complete: boolean };
type Sampled = { rows: FacetRow[]; scale: number };

/** The facet rows of a sample of the table's blocks; null when the table is too small (or not yet analysed). */
async function sample(query: Query, selected: Resolved): Promise<Sampled | null> {
  const percent = samplePercent(query);
  if (percent >= 100) return null;
  return { rows: (await facetRows(query, selected, { sample: { percent } })).rows, scale: 100 / percent };
}

const clearlyAbove = (scale: number, n: number) => n >= ENOUGH_SAMPLED && n * scale > CLEARLY_ABOVE;

/**
 * The sample's counts scaled to the table, with the total counted exactly when it may be below the
 * line; `above`: more than EXACT_UP_TO works are known to match (then it need not be counted).
 */
async function fromSample(query: Query, sampled: Sampled, above = false): Promise<Counted> {
  const scaled = sampled.rows.map((row) => ({ ...row, count: roughly(Number(row.count) * sampled.scale) }));
  // The facets are counted over more works than the total: the total may still be below the line.
  const total =
    above || clearlyAbove(sampled.scale, valueOf(sampled.rows, "total"))
      ? null
      : await countMatching(query, EXACT_UP_TO + 1);
  const exactTotal = total !== null && total <= EXACT_UP_TO;
  const withTotal = scaled.map((row) =>
    row.facet === "total" ? { ...row, count: exactTotal ? total : Math.max(EXACT_UP_TO + 1, Number(row.count)) } : row,
  );
  return { rows: withTotal, approximate: { total: !exactTotal, facets: true }, firstPage: null, complete: false };
}

/**
 * The facet rows of a search, exact when at most EXACT_UP_TO works count in them. The planner's
 * estimate only chooses the order: a search it expects to be large is counted on the sample first,
 * which is used when it shows more than CLEARLY_ABOVE works; otherwise the works are counted
 * exactly, unless there are more than EXACT_UP_TO of them (found by reading one past the line,
 * without counting): then on the sample. Before all that, a search without text is counted on the
 * facet table alone, and a filtered one whose text alone is below the line in one pass over the
 * text's works (`plan`, from textPlan below).
 */
export async function searchFacetRows(
  query: Query,
  selected: Resolved,
  { textAlone, textAsFilter }: TextPlan,
): Promise<Counted> {
  const exact = { total: false, facets: false };
  // Without search text, the facet table counts every work: exact, however many.
  if (!query.hasText)
    return { rows: await facetRowsWithoutText(query, selected), approximate: exact, firstPage: null, complete: true };
  if (textAlone) {
    const pass = await facetRows(query, selected, { limit: EXACT_UP_TO + 1, firstPage: true, textAlone });
    if (valueOf(pass.rows, "rows") <= EXACT_UP_TO) return { ...pass, approximate: exact, complete: true };
  }
  const expectedLarge = (await estimatedRows(query, relevantToFacets(query.conditions))) > EXACT_UP_TO;
  const first = expectedLarge ? await sample(query, selected) : null;
  if (first && clearlyAbove(first.scale, valueOf(first.rows, "rows"))) return fromSample(query, first);
  const { rows, firstPage } = await facetRows(query, selected, {
    limit: EXACT_UP_TO + 1,
    firstPage: true,
    textAsFilter,
  });
  if (valueOf(rows, "rows") <= EXACT_UP_TO) return { rows, approximate: exact, firstPage, complete: false };
  const sampled = first ?? (await sample(query, selected));
  // With at most one filter, the works the facets count are those that match (relevantToFacets):
  // the search is above the line, and the pass ranked its first page the cheaper way.
  if (sampled && activeKeys(query.conditions).length < 2)
    return { ...(await fromSample(query, sampled, true)), firstPage };
  if (sampled) return fromSample(query, sampled);
  // No sample of a table not yet analysed (samplePercent): everything, counted exactly.
  const all = await facetRows(query, selected, { firstPage: true });
  const total = valueOf(all.rows, "total");
  return {
    rows: all.rows,
    approximate: { total: total > EXACT_UP_TO, facets: false },
    firstPage: all.firstPage,
    complete: false,
  };
}

/**
 * How the counting pass finds a filtered search's works, from the planner's estimates: `textAlone`
 * when the works that match the search text, whatever the filters, are expected to be at most
 * EXACT_UP_TO (then one pass over them counts every facet, each filter's own included;
 * searchFacetRows checks the count); `textAsFilter` when the filters leave fewer than a quarter
 * of them: then the text is tested on the works the filters' indexes find, instead of reading the
 * text's index too (for «fellesskap» in a project: 13 ms instead of 29).
 */
export type TextPlan = { textAlone: boolean; textAsFilter: boolean };

export async function textPlan(query: Query): Promise<TextPlan> {
  if (!query.hasText || activeKeys(query.conditions).length === 0) return { textAlone: false, textAsFilter: false };
  const [textRows, filterRows] = await Promise.all([
    estimatedRows(query, sql`TRUE`),
    estimatedRows({ ...query, text: sql`TRUE` }, relevantToFacets(query.conditions)),
  ]);
  return { textAlone: textRows <= EXACT_UP_TO, textAsFilter: 4 * filterRows < textRows };
}

/**
 * Where the search and every filter stand against the line, as far as is known without counting,
 * for the page's ranking (overview-list.ts): "above" when the planner expects many and the sample
 * shows clearly more than EXACT_UP_TO; "near" when the sample shows more, but not clearly (the
 * counts find out); else "below" (the page's query counts them, up to one past the line).
 */
export async function sideOfTheLine(query: Query): Promise<"above" | "near" | "below"> {
  const matching = all(Object.values(query.conditions));
  if ((await estimatedRows(query, matching)) <= EXACT_UP_TO) return "below";
  const percent = samplePercent(query);
  if (percent >= 100) return "below";
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Publication" p TABLESAMPLE SYSTEM (${percent}) REPEATABLE (0)
     WHERE ${PUBLIC} AND ${query.text} AND ${matching}`;
  const sampled = row?.n ?? 0;
  if (clearlyAbove(100 / percent, sampled)) return "above";
  return (sampled * 100) / percent > EXACT_UP_TO ? "near" : "below";
}
