import fs from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyMigrations, diffMigrationsToSchema, migrationsDir, schemaFile } from "./migrations";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

async function query<Row>(sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

it("creates a table for every model and records each migration as `prisma migrate deploy` does", async () => {
  const schema = await fs.readFile(schemaFile(), "utf8");
  const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]);
  const tables = await query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
  );
  expect(tables.map((table) => table.table_name)).toEqual(expect.arrayContaining([...models, "_prisma_migrations"]));

  const folders = (await fs.readdir(migrationsDir(), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const recorded = await query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  expect(folders.length).toBeGreaterThan(0);
  expect(recorded.map((row) => row.migration_name)).toEqual(folders);
});

it("applies nothing the second time", async () => {
  expect(await applyMigrations(db.url)).toEqual([]);
});

it("has migrations that match prisma/schema.prisma (else run `npm run db:migration -- NAME`)", async () => {
  expect(await diffMigrationsToSchema(db.url)).toBe("");
});

it("finds a schema change that no migration covers, and leaves no shadow database behind", async () => {
  const schema = await fs.readFile(schemaFile(), "utf8");
  const changed = schema.replace("model AppMeta {", "model AppMeta {\n  note String?");
  expect(changed).not.toBe(schema);

  const sql = await diffMigrationsToSchema(db.url, { schema: changed });

  expect(sql).toContain('ALTER TABLE "AppMeta"');
  expect(sql).toMatch(/ADD COLUMN\s+"note" TEXT/);
  const shadows = await query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
  expect(shadows).toEqual([]);
});
