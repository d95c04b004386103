import { rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import type { Database } from "./database";

// The database of synthetic works for `npm run db:synthetic` and `npm run bench`: its own embedded
// PostgreSQL, apart from the real content that `npm start` keeps in .data/.
const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? ".data-bench", "postgres");
const port = Number(process.env.BENCH_PG_PORT ?? 54369);

/** Starts the benchmark database; `fresh` removes its data first. */
export async function openBenchDatabase(options: { fresh?: boolean } = {}): Promise<Database> {
  const realData = path.resolve(process.env.DATA_DIR ?? ".data", "postgres");
  if (dataDir === realData)
    throw new Error(`The benchmark database must not be the real one (${realData}): set BENCH_DATA_DIR elsewhere.`);
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  console.log(`  Benchmark database: ${path.relative(process.cwd(), dataDir)} on port ${port}`);
  // Memory for the table and its indexes (the default 128 MB holds a fifth of them at 100,000 works).
  const settings = { shared_buffers: process.env.BENCH_PG_SHARED_BUFFERS ?? "512MB" };
  const server = await startEmbeddedPostgres({ dataDir, port, database: "selvhjelp_synthetic", settings });
  return { url: server.url, embedded: true, stop: server.stop };
}
