// Backup and restore of the portal's database through its own connection (no pg_dump: see
// copy.ts), as a tar archive (tar.ts).
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
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { copyOut } from "./copy";
import { TAR_END, tarEntry } from "./tar";
import { BackupError, connect, describe, MANIFEST, quote, table, type BackupManifest } from "./backup-manifest";

export { BackupError, verifyBackup, type BackupManifest } from "./backup-manifest";

/** Scheduled backups are named so; pruneBackups keeps the newest of these and nothing else. */
const SCHEDULED_NAME = /^selvhjelp-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/;

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

/** Deletes all but the newest `keep` scheduled backups in `dir`; returns the paths removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await fs.readdir(dir).catch(() => [])).filter((name) => SCHEDULED_NAME.test(name)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep)).map((name) => path.join(dir, name));
  for (const file of old) await fs.rm(file, { force: true });
  return old;
}
