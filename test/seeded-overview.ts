import { afterAll, beforeAll } from "vitest";
import { createSeededDatabase } from "./seeded-database";

/**
 * A seeded database for the test file, and lib/publications/overview.ts loaded on it; read both
 * inside tests (they are set in beforeAll).
 */
export function seededOverview() {
  const context = {} as {
    database: Awaited<ReturnType<typeof createSeededDatabase>>;
    overview: typeof import("../lib/publications/overview");
  };
  beforeAll(async () => {
    context.database = await createSeededDatabase();
    context.overview = await import("../lib/publications/overview");
  });
  afterAll(async () => context.database?.drop());
  return context;
}
