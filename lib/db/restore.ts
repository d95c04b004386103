// A restore of a backup (backup.ts): checks the whole file, recreates the schema from the
// backup's migrations, loads the rows, and applies the migrations newer than the backup.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { writeBackup } from "./backup";
import { copyIn } from "./copy";
import {
  BackupError,
  connect,
  entries,
  MIGRATIONS_TABLE,
  quote,
  SCHEMA,
  table,
  verifyBackup,
  type BackupManifest,
} from "./backup-manifest";
import { applyMigrations, migrationsDir, schemaFile } from "./migrations";

/** Client connections to the database other than `client`'s own, by application name. */
export async function otherConnections(client: pg.ClientBase): Promise<{ application: string; count: number }[]> {
  const { rows } = await client.query<{ application: string; count: string }>(
    `SELECT coalesce(nullif(application_name, ''), '(no name)') AS application, count(*)::text AS count FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((row) => ({ application: row.application, count: Number(row.count) }));
}

/**
 * Applies exactly the named migrations of prisma/migrations (in name order) to a database, as a
 * database at that older version had them; through the same engine as applyMigrations.
 */
export async function applyMigrationSubset(
  databaseUrl: string,
  names: string[],
  root = process.cwd(),
): Promise<string[]> {
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), "selvhjelp-migrations-"));
  try {
    await fs.mkdir(migrationsDir(temp), { recursive: true });
    await fs
      .copyFile(
        path.join(migrationsDir(root), "migration_lock.toml"),
        path.join(migrationsDir(temp), "migration_lock.toml"),
      )
      .catch(() => {});
    for (const name of names)
      await fs.cp(path.join(migrationsDir(root), name), path.join(migrationsDir(temp), name), { recursive: true });
    await fs.copyFile(schemaFile(root), schemaFile(temp));
    // The engine's WebAssembly is found through node_modules next to the given root.
    await fs.symlink(path.join(root, "node_modules"), path.join(temp, "node_modules"), "dir");
    return await applyMigrations(databaseUrl, temp);
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}

async function migrationChecksum(root: string, name: string): Promise<string | undefined> {
  const sql = await fs.readFile(path.join(migrationsDir(root), name, "migration.sql")).catch(() => undefined);
  return sql && createHash("sha256").update(sql).digest("hex");
}

export type RestoreOptions = {
  root?: string;
  /** Before anything is dropped, the database as it is is backed up into this folder. */
  safetyBackupDir?: string;
  log?: (line: string) => void;
};

/**
 * Brings the database back to the state of `file`, then applies the migrations newer than the
 * backup. Refuses while other clients (a running portal) are connected to the database.
 */
export async function restoreBackup(
  databaseUrl: string,
  file: string,
  options: RestoreOptions = {},
): Promise<{ manifest: BackupManifest; safetyBackup?: string; applied: string[] }> {
  const root = options.root ?? process.cwd();
  const log = options.log ?? (() => {});
  const manifest = await verifyBackup(file);
  log(
    `The backup of ${manifest.createdAt} is complete: ${manifest.tables.length} tables, ${manifest.migrations.length} migrations`,
  );
  for (const migration of manifest.migrations) {
    const checksum = await migrationChecksum(root, migration.name);
    if (!checksum)
      throw new BackupError(
        `The backup has the migration ${migration.name}, which this version of the portal does not: restore it with the version that made it.`,
      );
    if (checksum !== migration.checksum)
      log(`Warning: prisma/migrations/${migration.name} has changed since the backup was made`);
  }

  const client = await connect(databaseUrl, "selvhjelp-restore");
  let safetyBackup: string | undefined;
  try {
    const others = await otherConnections(client);
    if (others.length) {
      const list = others.map((other) => `${other.application} (${other.count})`).join(", ");
      throw new BackupError(
        `Other clients are connected to the database: ${list}. Stop the portal (every instance) before restoring.`,
      );
    }
    const hasApp = (
      await client.query("SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2", [SCHEMA, MIGRATIONS_TABLE])
    ).rowCount;
    if (hasApp && options.safetyBackupDir) {
      safetyBackup = (await writeBackup(databaseUrl, options.safetyBackupDir, { prefix: "before-restore" })).file;
      log(`The database as it was is saved in ${safetyBackup}`);
    }
    await client.query(`DROP SCHEMA IF EXISTS ${quote(SCHEMA)} CASCADE`);
    await client.query(`CREATE SCHEMA ${quote(SCHEMA)}`);
    await client.query(`GRANT USAGE ON SCHEMA ${quote(SCHEMA)} TO PUBLIC`);
  } finally {
    await client.end();
  }

  try {
    await applyMigrationSubset(
      databaseUrl,
      manifest.migrations.map((migration) => migration.name),
      root,
    );
    log(`Recreated the schema of the backup (${manifest.migrations.at(-1)?.name ?? "no migrations"})`);
    await load(databaseUrl, file, manifest);
    log(`Loaded ${manifest.tables.reduce((sum, entry) => sum + entry.rows, 0)} rows`);
    const applied = await applyMigrations(databaseUrl, root);
    if (applied.length) log(`Applied ${applied.length} newer migration(s): ${applied.join(", ")}`);
    return { manifest, safetyBackup, applied };
  } catch (error) {
    // The schema is gone by now: say how to get back.
    const back = safetyBackup ? ` The database as it was before is in ${safetyBackup}.` : "";
    const message = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `The restore failed after the schema was dropped: ${message}.${back} Run the restore again once the cause is fixed.`,
      {
        cause: error,
      },
    );
  }
}

/** Loads the backup's rows into the recreated schema, in one transaction. */
async function load(databaseUrl: string, file: string, manifest: BackupManifest): Promise<void> {
  const client = await connect(databaseUrl, "selvhjelp-restore");
  try {
    await client.query("BEGIN");
    const foreignKeys = (
      await client.query<{ table: string; name: string; definition: string }>(
        `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(c.oid) AS definition
           FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND c.contype = 'f' ORDER BY 1, 2`,
        [SCHEMA],
      )
    ).rows;
    for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
    const tables = (
      await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = $1", [SCHEMA])
    ).rows.map((row) => row.name);
    if (tables.length) await client.query(`TRUNCATE ${tables.map(table).join(", ")}`);
    for (const name of tables) await client.query(`ALTER TABLE ${table(name)} DISABLE TRIGGER USER`);

    const byFile = new Map(manifest.tables.map((entry) => [entry.file, entry]));
    for await (const entry of entries(file)) {
      const target = byFile.get(entry.name);
      if (!target) continue;
      if (!tables.includes(target.name)) throw new BackupError(`The recreated schema has no table "${target.name}".`);
      const rows = await copyIn(
        client,
        `COPY ${table(target.name)} (${target.columns.map(quote).join(", ")}) FROM STDIN`,
        entry.body,
      );
      if (rows !== target.rows) throw new BackupError(`"${target.name}" loaded ${rows} rows of ${target.rows}.`);
    }

    for (const name of tables) await client.query(`ALTER TABLE ${table(name)} ENABLE TRIGGER USER`);
    for (const key of foreignKeys)
      await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
    for (const sequence of manifest.sequences)
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        table(sequence.name),
        sequence.value,
        sequence.called,
      ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
