import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrations";
import { isSeeded, seed } from "../../prisma/seed/seed";

export type Database = { url: string; embedded: boolean; stop(): Promise<void> };

const say = (line: string) => console.log(`  ${line}`);

/**
 * The database the app uses: the server in DATABASE_URL when set, otherwise an embedded
 * PostgreSQL with its data in DATA_DIR (default .data/). Same code path after that.
 */
export async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    say("Using the PostgreSQL server in DATABASE_URL");
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", "postgres");
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  say(`Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir) || dataDir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, database: "selvhjelp" });
  return { url: server.url, embedded: true, stop: server.stop };
}

/** Applies pending migrations, and seeds the real content once on a new database. */
export async function prepareDatabase(url: string, options: { forceSeed?: boolean } = {}): Promise<void> {
  const applied = await applyMigrations(url);
  say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database schema is up to date");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if (options.forceSeed || !(await isSeeded(db))) {
      say("Seeding the real content of Selvhjelp Forskning");
      await seed(db);
    }
  } finally {
    await db.$disconnect();
  }
}
