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
