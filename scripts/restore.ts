// `npm run restore -- FILE`: brings the database of a stopped portal back to the state of a backup
// (npm run backup, or the daily ones in .data/backups), then applies newer migrations. The database
// as it was is saved first, as before-restore-*.tar.gz in BACKUP_DIR. See lib/db/backup.ts.
import { existsSync } from "node:fs";
import { BackupError, backupDir } from "../lib/db/backup";
import { restoreBackup } from "../lib/db/restore";
import { openDatabase } from "./lib/database";

const USAGE = "Usage: npm run restore -- FILE   (with the portal stopped)";

async function main() {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new BackupError(USAGE);
  if (!existsSync(file)) throw new BackupError(`No such file: ${file}`);
  const database = await openDatabase();
  try {
    // openDatabase reuses an embedded server that is already running: that is a running portal.
    if (!process.env.DATABASE_URL && !database.embedded)
      throw new BackupError("The embedded PostgreSQL is running: stop the portal (npm start) before restoring.");
    const { manifest } = await restoreBackup(database.url, file, {
      safetyBackupDir: backupDir(),
      log: (line) => console.log(`  ${line}`),
    });
    console.log(`Restored the backup of ${manifest.createdAt}. Editors sign in again.`);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
