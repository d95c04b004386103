import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  emptyTable,
  type FacetTable,
  type FacetWork,
  type Kind,
  removeWork,
  storeWorks,
  type WorkRow,
} from "./facet-count";
import { PUBLIC, sql } from "./overview-query";

// What the facets count, for every public work, held in each server process (issue 12): its type,
// year, language, design, «Kort fortalt», topics, projects and people, and the labels of the public
// topics, projects and people. The database finds the works a search matches (overview-facets.ts);
// counting them here takes a few milliseconds where PostgreSQL took 50-150 ms for 5,000-10,000
// works. Values and ids are held as small numbers (Codes): 100,000 works take about 30 MB and a
// second to load, once per process.
//
// It is never older than a save: before each use, the changes recorded since it was loaded (table
// "SearchChange", written by triggers on every write path, search-cache.ts) are read, and the works
// they name are loaded again (the labels too, after a change of a name, slug or visibility).

type Loaded = FacetTable & { snapshot: string; loadedAt: number };

// The changes are kept for a day (migration *_search_changes): a table older than this is loaded afresh.
const RELOAD_AFTER_MS = 12 * 60 * 60 * 1000;

let loaded: Loaded | null = null;
// Calls are numbered; `covered`: the calls made before the loaded table's snapshot was taken.
let calls = 0;
let covered = 0;
let running: Promise<unknown> | null = null;

function workRows(where: Prisma.Sql) {
  return db.$queryRaw<WorkRow[]>`
    SELECT p.id, p."searchKey", p.type::text AS type, p.year, p.language, p."studyDesign"::text AS design,
           cardinality(p."plainKeyPoints") > 0 AS plain, p."topicIds", p."projectIds", p."personIds",
           (${PUBLIC}) AS public
      FROM "Publication" p WHERE ${where}`;
}

/** The labels of the public topics, projects and people. */
async function loadLabels(table: FacetTable): Promise<void> {
  type Row = { kind: Kind; id: string; slug: string; label: string };
  const rows = await db.$queryRaw<Row[]>`
    SELECT 'topics' AS kind, id, slug, name AS label FROM "Topic" p WHERE ${PUBLIC}
    UNION ALL SELECT 'projects', id, slug, title FROM "Project" p WHERE ${PUBLIC}
    UNION ALL SELECT 'persons', id, slug, concat_ws(' ', "givenName", "familyName") FROM "Person" p WHERE ${PUBLIC}`;
  const labels: FacetTable["labels"] = { topics: [], projects: [], persons: [] };
  for (const row of rows) labels[row.kind][table.ids[row.kind].code(row.id)] = { slug: row.slug, label: row.label };
  table.labels = labels;
}

const currentSnapshot = async () =>
  (await db.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`)[0]!.snapshot;

/** Everything, as of a snapshot taken first: what it did not see is read as changes later. */
async function loadAll(): Promise<Loaded> {
  const snapshot = await currentSnapshot();
  const table = emptyTable();
  const [rows] = await Promise.all([workRows(PUBLIC), loadLabels(table)]);
  storeWorks(table, rows);
  return { ...table, snapshot, loadedAt: Date.now() };
}

/** The works and labels that changed since `table` was loaded, loaded again (in place). */
async function refresh(table: Loaded): Promise<Loaded> {
  // The new snapshot and the changes the old one did not see, in one statement: a change this
  // statement does not see is not visible in the new snapshot either, and is read next time.
  const [changes] = await db.$queryRaw<{ snapshot: string; global: boolean | null; ids: string[] | null }[]>`
    SELECT pg_current_snapshot()::text AS snapshot, bool_or(c.global) AS global,
           array_agg(DISTINCT c."publicationId") FILTER (WHERE c."publicationId" IS NOT NULL) AS ids
      FROM "SearchChange" c
     WHERE c.xid >= pg_snapshot_xmin(${table.snapshot}::pg_snapshot)
       AND NOT pg_visible_in_snapshot(c.xid, ${table.snapshot}::pg_snapshot)`;
  if (!changes) return table;
  const ids = changes.ids ?? [];
  const [rows] = await Promise.all([
    ids.length ? workRows(sql`p.id = ANY (${ids}::text[])`) : [],
    changes.global ? loadLabels(table) : null,
  ]);
  // Works deleted for good have no row: they go too.
  const found = new Set(rows.map((row) => row.id));
  for (const id of ids) if (!found.has(id)) removeWork(table, id);
  storeWorks(table, rows);
  table.snapshot = changes.snapshot;
  return table;
}

/**
 * The table as of now: loaded on first use, and brought up to date with every save made before
 * this call. One load or refresh at a time: a call that arrives meanwhile waits for it, and uses it
 * when it started after the call, else starts its own.
 */
export async function facetTable(): Promise<FacetTable> {
  const mine = ++calls;
  for (;;) {
    if (loaded && covered >= mine) return loaded;
    if (running) {
      await running.catch(() => undefined);
      continue;
    }
    const covers = calls;
    const next = !loaded || Date.now() - loaded.loadedAt > RELOAD_AFTER_MS ? loadAll() : refresh(loaded);
    running = next;
    try {
      loaded = await next;
      covered = covers;
    } finally {
      running = null;
    }
  }
}

/**
 * The works of the search keys, with those the table has not seen yet (written since it was
 * brought up to date) added now.
 */
export async function worksOf(table: FacetTable, keys: number[]): Promise<FacetWork[]> {
  const works: FacetWork[] = [];
  const missing: number[] = [];
  for (const key of keys) {
    const work = table.byKey[key];
    if (work) works.push(work);
    else missing.push(key);
  }
  if (!missing.length) return works;
  storeWorks(table, await workRows(sql`p."searchKey" = ANY (${missing}::int[])`));
  for (const key of missing) {
    const work = table.byKey[key];
    if (work) works.push(work);
  }
  return works;
}
