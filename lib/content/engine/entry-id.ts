// The ids of entries and revisions as they arrive from URLs and server actions. Client-safe.

/**
 * Ids are cuids (25 characters), UUIDs, or the benchmark's "syn_work_123"; anything else
 * (NUL, which PostgreSQL refuses in text, or a page of text) cannot be an id and is
 * "not found" before any query.
 */
export const ENTRY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export function isEntryId(value: unknown): value is string {
  return typeof value === "string" && ENTRY_ID.test(value);
}
