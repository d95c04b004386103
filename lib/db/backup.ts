// Backup and restore of the portal's database through its own connection (no pg_dump: see
// backup-archive.ts).
//
// A backup is a gzip'd tar archive (`tar tzf` lists it):
//   manifest.json          what it holds: the migrations the database had, each table's columns
//                          and row count, sequence values, what was left out
//   tables/<Table>.copy    one per table, in COPY's text format, all read in one snapshot
//                          (REPEATABLE READ READ ONLY), so a backup taken while editors save is
//                          consistent across tables
// Left out: generated columns (PostgreSQL computes them again), "EditorSession" (a restore must
// not bring back sessions that were ended since: everyone signs in again), and every schema but
// `public`, so pg-boss's `pgboss` schema (the job queue, which pg-boss creates and migrates itself
// and the schedules of which each start sets again) is neither saved nor touched by a restore.
//
// A restore checks the whole file first, then recreates `public` from the migrations the backup
// had, loads every table with foreign keys dropped and user triggers off (the derived columns the
// triggers maintain are in the backup as they were), adds the foreign keys back (which checks
// them), and then applies the migrations that are newer than the backup.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { z } from "zod";
import { copyIn, copyOut, readTar, TAR_END, tarEntry } from "./backup-archive";
import { applyMigrations, migrationsDir, schemaFile } from "./migrations";

export const BACKUP_FORMAT = "selvhjelp-backup";
const FORMAT_VERSION = 1;
const SCHEMA = "public";
/** Tables whose rows a backup leaves out (a restore leaves them empty). */
export const EXCLUDED_TABLES = ["EditorSession"];
const MANIFEST = "manifest.json";
const MIGRATIONS_TABLE = "_prisma_migrations";
/** Scheduled backups are named so; pruneBackups keeps the newest of these and nothing else. */
const SCHEDULED_NAME = /^selvhjelp-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  server: z.string(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      columns: z.array(z.string()),
      generated: z.array(z.string()),
      rows: z.number().int(),
    }),
  ),
  sequences: z.array(z.object({ name: z.string(), value: z.string(), called: z.boolean() })),
  excluded: z.object({ tables: z.array(z.string()), schemas: z.array(z.string()) }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export class BackupError extends Error {}

const quote = (name: string) => pg.escapeIdentifier(name);
const table = (name: string) => `${quote(SCHEMA)}.${quote(name)}`;

async function connect(databaseUrl: string, application: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: application });
  await client.connect();
  return client;
}

/** Where backups go: BACKUP_DIR, else backups/ in the data folder (DATA_DIR, default .data/). */
export function backupDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.BACKUP_DIR || path.join(env.DATA_DIR ?? ".data", "backups"));
}

/** How many scheduled backups are kept: BACKUP_KEEP, default 14. */
export function backupKeep(env: NodeJS.ProcessEnv = process.env): number {
  const keep = Number(env.BACKUP_KEEP ?? 14);
  if (!Number.isInteger(keep) || keep < 1)
    throw new BackupError(`BACKUP_KEEP must be a whole number of at least 1, not «${env.BACKUP_KEEP}».`);
  return keep;
}

/** `selvhjelp-2026-12-01T03-15-00-000Z.tar.gz` */
export function backupFileName(at: Date, prefix = "selvhjelp"): string {
  return `${prefix}-${at.toISOString().replaceAll(":", "-").replace(".", "-")}.tar.gz`;
}

/**
 * Writes a backup of the database into `dir` (created when missing) and returns its path. The file
 * appears under its name only once it is complete and on disk.
 */
export async function writeBackup(
  databaseUrl: string,
  dir: string,
  options: { prefix?: string; now?: Date } = {},
): Promise<{ file: string; manifest: BackupManifest }> {
  const now = options.now ?? new Date();
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(path.resolve(dir), backupFileName(now, options.prefix));
  const partial = `${file}.partial`;
  const client = await connect(databaseUrl, "selvhjelp-backup");
  let manifest: BackupManifest | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    manifest = await describe(client, now);
    const described = manifest;
    async function* archive(): AsyncGenerator<Buffer> {
      yield tarEntry(MANIFEST, Buffer.from(`${JSON.stringify(described, null, 2)}\n`), now);
      for (const entry of described.tables) {
        const columns = entry.columns.map(quote).join(", ");
        const { data, rows } = await copyOut(client, `COPY ${table(entry.name)} (${columns}) TO STDOUT`);
        if (rows !== entry.rows)
          throw new BackupError(`"${entry.name}" gave ${rows} rows in the snapshot that counted ${entry.rows}.`);
        yield tarEntry(entry.file, data, now);
      }
      yield TAR_END;
    }
    await pipeline(archive(), createGzip(), createWriteStream(partial, { flags: "wx", mode: 0o600 }));
    await client.query("COMMIT");
    const handle = await fs.open(partial, "r");
    await handle.sync().finally(() => handle.close());
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
  return { file, manifest };
}

/** What the snapshot holds: tables (referenced before referencing, for readers), columns, counts. */
async function describe(client: pg.Client, now: Date): Promise<BackupManifest> {
  const server = (await client.query<{ version: string }>("SELECT current_setting('server_version') AS version"))
    .rows[0]!.version;
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname COLLATE "C"`,
      [SCHEMA],
    )
  ).rows.map((row) => row.name);
  if (!tables.includes(MIGRATIONS_TABLE))
    throw new BackupError(
      `The database has no ${MIGRATIONS_TABLE} table: there is nothing of the portal's to back up.`,
    );
  const columns = await client.query<{ table: string; name: string; generated: string }>(
    `SELECT c.relname AS table, a.attname AS name, a.attgenerated AS generated
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
    [SCHEMA],
  );
  const migrations = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${table(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  const sequences = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY 1`,
    [SCHEMA],
  );
  const schemas = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname <> $1 AND nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1`,
    [SCHEMA],
  );
  const included = tables.filter((name) => !EXCLUDED_TABLES.includes(name));
  return {
    format: BACKUP_FORMAT,
    version: FORMAT_VERSION,
    createdAt: now.toISOString(),
    server,
    migrations: migrations.rows,
    tables: await sequentially(included, async (name, index) => {
      const own = columns.rows.filter((column) => column.table === name);
      const { count } = (await client.query<{ count: string }>(`SELECT count(*) FROM ${table(name)}`)).rows[0]!;
      return {
        name,
        file: `tables/${String(index + 1).padStart(3, "0")}-${name}.copy`,
        columns: own.filter((column) => !column.generated).map((column) => column.name),
        generated: own.filter((column) => column.generated).map((column) => column.name),
        rows: Number(count),
      };
    }),
    sequences: await sequentially(sequences.rows, async ({ name }) => {
      const row = (
        await client.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text, is_called FROM ${table(name)}`,
        )
      ).rows[0]!;
      return { name, value: row.last_value, called: row.is_called };
    }),
    excluded: {
      tables: EXCLUDED_TABLES.filter((name) => tables.includes(name)),
      schemas: schemas.rows.map((row) => row.name),
    },
  };
}

/** One query at a time on one client (pg 9 refuses overlapping ones). */
async function sequentially<T, R>(items: T[], run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const [index, item] of items.entries()) results.push(await run(item, index));
  return results;
}

/** Deletes all but the newest `keep` scheduled backups in `dir`; returns the paths removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await fs.readdir(dir).catch(() => [])).filter((name) => SCHEDULED_NAME.test(name)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep)).map((name) => path.join(dir, name));
  for (const file of old) await fs.rm(file, { force: true });
  return old;
}

function entries(file: string) {
  return readTar(createReadStream(file).pipe(createGunzip()));
}

async function readManifest(body: AsyncIterable<Buffer>): Promise<BackupManifest> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  const parsed = manifestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
  if (!parsed.success)
    throw new BackupError(`The backup's manifest is not one this version understands: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Reads the whole backup and checks it (gzip's checksum, the archive, every table with the rows
 * the manifest names) before a restore touches anything. Returns its manifest.
 */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  let manifest: BackupManifest | undefined;
  const seen = new Map<string, number>();
  try {
    for await (const entry of entries(file)) {
      if (!manifest) {
        if (entry.name !== MANIFEST)
          throw new BackupError(`${file} is not a backup of this portal (it does not begin with ${MANIFEST}).`);
        manifest = await readManifest(entry.body);
        continue;
      }
      let rows = 0;
      // In COPY's text format a newline inside a value is written as \n: each raw one ends a row.
      for await (const chunk of entry.body)
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
      seen.set(entry.name, rows);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${file} cannot be read as a backup: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  if (!manifest) throw new BackupError(`${file} is empty.`);
  for (const entry of manifest.tables) {
    const rows = seen.get(entry.file);
    if (rows !== entry.rows)
      throw new BackupError(
        `${file} is incomplete: "${entry.name}" has ${rows ?? "no"} rows of the ${entry.rows} its manifest names.`,
      );
  }
  return manifest;
}

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
