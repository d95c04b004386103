import pLimit, { type LimitFunction } from "p-limit";

// "Last ned treff" formats up to 2,000 works in one response: 5-7 s of one core at 100,000 works
// (measured on the bench database), and each new search is a new file that no cache holds. Without
// a limit a few visitors (or one script varying its query) would keep both cores busy and every
// other page waiting. So each server process formats one such file at a time, lets a few more
// wait their turn, and answers the rest at once with 503 and Retry-After.

export const EXPORTS_AT_ONCE = 1;
export const EXPORTS_WAITING = 4;

const gate = pLimit(EXPORTS_AT_ONCE);

/** The export's result in its turn, or null when too many are already waiting. */
export function inExportTurn<T>(
  work: () => Promise<T>,
  limit: LimitFunction = gate,
  maxWaiting = EXPORTS_WAITING,
): Promise<T> | null {
  if (limit.activeCount + limit.pendingCount >= limit.concurrency + maxWaiting) return null;
  return limit(work);
}
