// The daily backup: one run a day across all instances (lib/jobs/queue.ts), then the oldest
// scheduled backups beyond BACKUP_KEEP are deleted.
import { pruneBackups, writeBackup } from "../db/backup";
import type { ScheduledJob } from "./queue";

export const BACKUP_JOB = "database-backup";

export function backupJob(
  databaseUrl: string,
  settings: { dir: string; keep: number },
  log: (line: string) => void,
): ScheduledJob {
  return {
    name: BACKUP_JOB,
    // 03:15 Norwegian time, every day.
    cron: "15 3 * * *",
    run: async () => {
      const { file } = await writeBackup(databaseUrl, settings.dir);
      const removed = await pruneBackups(settings.dir, settings.keep);
      log(`Backup written to ${file}${removed.length ? `; removed ${removed.length} older` : ""}`);
    },
  };
}
