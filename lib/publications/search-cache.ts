import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC, sql } from "./overview-query";

// The overview's cached search results (issue 12): a save no longer empties them all. Each result
// is kept with the database snapshot it was computed after and the condition on a work that it
// depends on (its search text and filters). When it is read again, the changes that snapshot did
// not see (table "SearchChange", written by triggers on every write path: a work's state before
// and after, or `global` for a person's, topic's or project's name, slug or visibility and a new
// word of the vocabulary) are checked against that condition: if none of them could have changed
// it, it is served; otherwise it is computed afresh. So it is never older than a save that changed
// it, in any process or instance, whatever the expiry messages say.

/** A result, and the works it depends on: a condition on `p`, a work's searchable state. */
export type Dependent<T> = { value: T; dependsOn: Prisma.Sql };
type Entry = { value: unknown; snapshot: string; dependsOn: Prisma.Sql };

// An entry lives at most an hour; the changes are kept for a day (migration *_search_changes).
// Visitors choose the keys (any search text), so the cache is bounded by the size of what it
// holds, not only by its number of entries: 32 MB of results as JSON per process.
const entries = new LRUCache<string, Entry>({
  max: 5000,
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (entry, key) => key.length + JSON.stringify(entry.value).length,
  ttl: 60 * 60 * 1000,
});

/** Whether a change the snapshot did not see could have changed a result that depends on these works. */
async function changedSince(entry: Entry): Promise<boolean> {
  const [row] = await db.$queryRaw<{ changed: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "SearchChange" p
       WHERE p.xid >= pg_snapshot_xmin(${entry.snapshot}::pg_snapshot)
         AND NOT pg_visible_in_snapshot(p.xid, ${entry.snapshot}::pg_snapshot)
         AND (p.global OR (${PUBLIC} AND ${entry.dependsOn}))) AS changed`;
  return row?.changed ?? true;
}

// The computations under way: a request for the same result waits for it. One that arrived before
// its snapshot was taken gets its result as it is; a later one reads it as a cached result.
const pending = new Map<string, { done: Promise<unknown>; snapshotTaken: boolean }>();

/**
 * `compute`, cached per `name` and arguments as described above. The value is cloned on the way
 * out, so that no caller can change what the next one gets.
 */
export function cachedSearch<A, T>(name: string, compute: (args: A) => Promise<Dependent<T>>): (args: A) => Promise<T> {
  return async (args) => {
    const key = `${name}:${JSON.stringify(args)}`;
    const under = pending.get(key);
    if (under) {
      const early = !under.snapshotTaken;
      const value = await under.done.catch(() => undefined);
      if (early && value !== undefined) return structuredClone(value as T);
    }
    const entry = entries.get(key);
    if (entry && !(await changedSince(entry))) return structuredClone(entry.value as T);
    const computation = { done: Promise.resolve<unknown>(undefined), snapshotTaken: false };
    computation.done = (async () => {
      // Taken before the computation reads anything: what it did not see is checked later.
      const [row] = await db.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
      computation.snapshotTaken = true;
      const { value, dependsOn } = await compute(args);
      if (row) entries.set(key, { value: structuredClone(value), snapshot: row.snapshot, dependsOn });
      return value;
    })();
    pending.set(key, computation);
    try {
      // A copy too: the caller may change what it gets before a waiter copies it.
      return structuredClone((await computation.done) as T);
    } finally {
      if (pending.get(key) === computation) pending.delete(key);
    }
  };
}

/** Any public work: for a result that depends on works its search text does not match (a search that found nothing). */
export const ANY_WORK = sql`TRUE`;
