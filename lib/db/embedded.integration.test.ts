import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres } from "./embedded";

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selvhjelp-embedded-test-"));
  // As root the server runs as `postgres`, which must be able to enter the folder.
  await fs.chmod(dir, 0o755);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

it("creates the database, keeps its data across a restart and stops twice without harm", async () => {
  const options = { dataDir: path.join(dir, "data"), port: await freePort(), database: "kept" };
  const first = await startEmbeddedPostgres(options);
  await query(first.url, "CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('æøå')");
  await first.stop();
  await first.stop();

  const second = await startEmbeddedPostgres(options);
  try {
    expect(await query(second.url, "SELECT text FROM note")).toEqual([{ text: "æøå" }]);
    expect(await query(second.url, "SHOW listen_addresses")).toEqual([{ listen_addresses: "127.0.0.1" }]);
  } finally {
    await second.stop();
  }
});

it("explains a failed start with the server's own log", async () => {
  const options = { dataDir: path.join(dir, "busy"), port: await freePort(), database: "postgres" };
  const running = await startEmbeddedPostgres(options);
  try {
    const clash = startEmbeddedPostgres({ ...options, dataDir: path.join(dir, "clash") });
    await expect(clash).rejects.toThrow(/PostgreSQL did not start[\s\S]*Address already in use/);
  } finally {
    await running.stop();
  }
});

it("reads the blocks that were in memory back after a restart (autoprewarm)", async () => {
  const options = { dataDir: path.join(dir, "prewarm"), port: await freePort(), database: "warm" };
  const countPlan = async (url: string) => {
    const [plan] = (await query(url, "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT count(*) FROM work")) as {
      "QUERY PLAN": { Plan: { "Shared Read Blocks": number; "Shared Hit Blocks": number } }[];
    }[];
    return plan!["QUERY PLAN"][0]!.Plan;
  };
  const first = await startEmbeddedPostgres(options);
  try {
    expect(await query(first.url, "SHOW shared_preload_libraries")).toEqual([
      { shared_preload_libraries: "pg_prewarm" },
    ]);
    await query(first.url, "CREATE TABLE work AS SELECT n, repeat('x', 500) AS text FROM generate_series(1, 20000) n");
  } finally {
    await first.stop();
  }
  expect((await fs.readdir(options.dataDir)).includes("autoprewarm.blocks")).toBe(true);

  // Read back in the background; the server says when it is done. (Reading the table before
  // that would bring it into memory too.)
  const lines: string[] = [];
  const second = await startEmbeddedPostgres({ ...options, log: (line) => lines.push(line) });
  try {
    for (let waited = 0; !lines.some((line) => /autoprewarm successfully prewarmed/.test(line)); waited += 100) {
      if (waited > 15_000) throw new Error(`No prewarm within 15 s:\n${lines.join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const plan = await countPlan(second.url);
    expect(plan["Shared Hit Blocks"]).toBeGreaterThan(1000);
    expect(plan["Shared Read Blocks"]).toBe(0);
  } finally {
    await second.stop();
  }
});
