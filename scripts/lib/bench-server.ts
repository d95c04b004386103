// The server side of `npm run bench` (scripts/bench.ts): the synthetic database, made when missing,
// and the production build served as `npm start` serves it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { openBenchDatabase } from "./bench-database";
import { waitFor } from "./static-baseline";

export const DIST_DIR = ".next-bench";

/** How many synthetic works the benchmark database holds; 0 when it holds no tables yet (a fresh clone). */
async function syntheticWorks(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two queries: PostgreSQL resolves every table a statement names before it runs, so a
    // CASE around the count would still fail on a database without the table.
    const { rows: exists } = await client.query<{ ok: boolean }>(
      `SELECT to_regclass('"Publication"') IS NOT NULL AS ok`,
    );
    if (!exists[0]?.ok) return 0;
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Publication" WHERE id LIKE 'syn\\_work\\_%'`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

export async function benchDatabase(count: number) {
  let database = await openBenchDatabase();
  if ((await syntheticWorks(database.url)) !== count) {
    await database.stop();
    console.log(`  No synthetic database of ${count.toLocaleString("en")} works yet: making it (a few minutes)`);
    const made = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/synthetic.ts", "--publications", String(count)],
      { stdio: "inherit" },
    );
    if (made.status !== 0) throw new Error("npm run db:synthetic failed");
    database = await openBenchDatabase();
  }
  return database;
}

/** The production build, fresh so that nothing is cached from an earlier run, served by `npm start`'s script. */
export async function startServer(
  databaseUrl: string,
  { port, workers }: { port: number; workers: string },
): Promise<{ child: ChildProcess; seconds: number }> {
  const base = `http://127.0.0.1:${port}`;
  rmSync(DIST_DIR, { recursive: true, force: true });
  const started = performance.now();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NEXT_DIST_DIR: DIST_DIR,
    SITE_URL: base,
    WEB_CONCURRENCY: workers,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  await Promise.race([
    waitFor(`${base}/`, 20 * 60_000),
    new Promise((_, reject) => child.once("exit", () => reject(new Error("The server stopped before it was ready")))),
  ]);
  return { child, seconds: Math.round((performance.now() - started) / 1000) };
}
