// `npm run backup`: writes a backup of the whole database into BACKUP_DIR (default .data/backups)
// and prints its path. Safe while the portal runs (one consistent snapshot); see lib/db/backup.ts.
import { BackupError, backupDir, writeBackup } from "../lib/db/backup";
import { openDatabase } from "./lib/database";

async function main() {
  const dir = backupDir();
  const database = await openDatabase();
  try {
    const { file, manifest } = await writeBackup(database.url, dir);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `  ${manifest.tables.length} tables, ${rows} rows, schema ${manifest.migrations.at(-1)?.name ?? "(none)"}`,
    );
    console.log(`Backup written to ${file}`);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `Backup failed: ${error instanceof BackupError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
