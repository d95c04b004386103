// The scheduled work of `npm start`. Today: the daily backup, with the embedded database (where
// the backups are this machine's only copy), or with DATABASE_URL when BACKUP_DIR says where to
// put them (a server of one's own usually has its own backups).
import { backupDir, backupKeep } from "../db/backup";
import { backupJob } from "./backup";
import { startJobQueue, type JobQueue, type ScheduledJob } from "./queue";

export async function startScheduledJobs(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<JobQueue | undefined> {
  const say = (line: string) => console.log(`  ${line}`);
  const jobs: ScheduledJob[] = [];
  if (!env.DATABASE_URL || env.BACKUP_DIR) {
    const settings = { dir: backupDir(env), keep: backupKeep(env) };
    jobs.push(backupJob(databaseUrl, settings, say));
    say(`Daily backup at 03:15 into ${settings.dir} (the last ${settings.keep} kept)`);
  }
  if (!jobs.length) return undefined;
  return startJobQueue(databaseUrl, jobs, { info: say, error: (line) => console.error(`  ${line}`) });
}
