// Scheduled work, kept on a job queue in PostgreSQL (pg-boss), so that with several instances of
// the portal on one database each scheduled run happens once, in whichever instance takes it
// first, not once per instance. pg-boss keeps its tables in their own schema (JOBS_SCHEMA),
// which it creates and migrates itself at start; backups leave that schema out (lib/db/backup.ts),
// and Prisma's migrations never look at it (they cover `public` only).
//
// Runs in the process of `npm start` (scripts/start.ts), not in the Next.js server processes.
import { PgBoss } from "pg-boss";

export const JOBS_SCHEMA = "pgboss";
/** How the queue's connections are named in pg_stat_activity (a restore looks for running portals). */
export const JOBS_APPLICATION_NAME = "selvhjelp-jobs";
/** Schedules are read in Norwegian time. */
const TIME_ZONE = "Europe/Oslo";

export type ScheduledJob = {
  /** The queue's name: letters, digits, - and _. */
  name: string;
  /** A cron expression in Norwegian time, e.g. "15 3 * * *" for 03:15 every day. */
  cron: string;
  /** Longest run before it counts as failed (and is tried again). */
  expireInSeconds?: number;
  run(): Promise<void>;
};

export type JobQueue = {
  /** Queues a run of `name` now (as its schedule would). */
  runNow(name: string): Promise<void>;
  /** Stops taking jobs, waits for running ones (up to 30 s), and closes the connections. */
  stop(): Promise<void>;
};

type Log = { info(line: string): void; error(line: string): void };

/** Starts the queue on the database and puts `jobs` on their schedules. */
export async function startJobQueue(databaseUrl: string, jobs: ScheduledJob[], log: Log): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOBS_SCHEMA,
    application_name: JOBS_APPLICATION_NAME,
    max: 3,
  });
  // 57P01: the database is shutting down (Ctrl-C reaches the embedded PostgreSQL too), not worth a word.
  boss.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") log.error(`Job queue: ${error.message}`);
  });
  await boss.start();
  try {
    for (const job of jobs) {
      // singleton: one run at a time across all instances; a failed run is tried twice more, 5 minutes apart.
      await boss.createQueue(job.name, {
        policy: "singleton",
        retryLimit: 2,
        retryDelay: 300,
        expireInSeconds: job.expireInSeconds ?? 3600,
      });
      // A run that came due while no instance was up is made up for once, at the next start.
      await boss.schedule(job.name, job.cron, null, { tz: TIME_ZONE, missed: "once" });
      await boss.work(job.name, async () => {
        const started = Date.now();
        try {
          await job.run();
          log.info(`Job ${job.name} done in ${Date.now() - started} ms`);
        } catch (error) {
          log.error(`Job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      });
    }
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  return {
    runNow: async (name) => {
      await boss.send(name, null);
    },
    stop: () => boss.stop({ graceful: true, timeout: 30_000 }),
  };
}
