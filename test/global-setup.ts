import type { TestProject } from "vitest/node";
import { startTemporaryPostgres } from "../lib/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the run's embedded PostgreSQL (its `postgres` database). */
    databaseServerUrl: string;
  }
}

/** Starts a throw-away PostgreSQL for the test run; Vitest calls the returned teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTemporaryPostgres();
  project.provide("databaseServerUrl", server.url);
  return server.stop;
}
