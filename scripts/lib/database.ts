import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { connectionUrl, databaseAnswers, startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrations";
import { isSeeded, seed } from "../../prisma/seed/seed";

export type Database = { url: string; embedded: boolean; stop(): Promise<void> };

const say = (line: string) => console.log(`  ${line}`);
const dataDir = () => path.resolve(process.env.DATA_DIR ?? ".data");

/**
 * The database the app uses: the server in DATABASE_URL when set, otherwise an embedded
 * PostgreSQL with its data in DATA_DIR (default .data/). When that embedded server is
 * already running (npm start in another terminal), it is used as it is and left running.
 */
export async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    say("Using the PostgreSQL server in DATABASE_URL");
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const pgDir = path.join(dataDir(), "postgres");
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const url = connectionUrl(port, "selvhjelp");
  if (existsSync(path.join(pgDir, "postmaster.pid")) && (await databaseAnswers(url))) {
    say(`Using the embedded PostgreSQL already running on port ${port}`);
    return { url, embedded: false, stop: async () => {} };
  }
  say(`Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), pgDir) || pgDir}, port ${port})`);
  // A crashed server is started again within a second or two; the app's connection pool finds
  // it again by itself (lib/db.ts), so the portal needs no restart.
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port, database: "selvhjelp", restartAfterCrash: say });
  return { url: server.url, embedded: true, stop: server.stop };
}

/**
 * AUTH_SECRET signs the editors' session cookies. Without one, a secret is generated once
 * into the data folder; a production server on a shared database must be given one.
 */
export function resolveAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL && process.env.NODE_ENV === "production") {
    throw new Error(
      "AUTH_SECRET must be set when NODE_ENV=production and DATABASE_URL is set (e.g. `openssl rand -base64 32`).",
    );
  }
  const file = path.join(dataDir(), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Applies pending migrations, and seeds the real content once on a new database. */
export async function prepareDatabase(url: string, options: { forceSeed?: boolean } = {}): Promise<void> {
  const applied = await applyMigrations(url);
  say(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database schema is up to date",
  );
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
