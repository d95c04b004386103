import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { applyMigrations } from "../lib/db/migrations";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The superuser URL of the run's embedded PostgreSQL, which only the integration tests have. */
export function databaseServerUrl(): string {
  const url = inject("databaseServerUrl");
  if (!url)
    throw new Error(
      "This test needs PostgreSQL: name its file *.integration.test.ts (vitest.config.mts, test/global-setup.ts).",
    );
  return url;
}

/** A fresh, fully migrated database on the test run's server (see test/global-setup.ts). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = databaseServerUrl();
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
