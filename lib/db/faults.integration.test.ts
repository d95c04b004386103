import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import {
  databaseAnswers,
  freePort,
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
} from "./embedded";
import { applyMigrations } from "./migrations";

// PostgreSQL goes away and comes back under the app's own client (lib/db.ts), which is never
// recreated: its errors read as "the database is away", and it works again by itself. And the
// embedded server of `npm start` (restartAfterCrash) comes back by itself after a kill -9.

let dir: string;
let options: EmbeddedPostgresOptions;
let server: RunningPostgres;
const said: string[] = [];
let app: typeof import("@/lib/db");
let availability: typeof import("./availability");

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selvhjelp-faults-test-"));
  // As root the server runs as `postgres`, which must be able to enter the folder.
  await fs.chmod(dir, 0o755);
  options = {
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    database: "faults",
    restartAfterCrash: (line) => said.push(line),
  };
  server = await startEmbeddedPostgres(options);
  await applyMigrations(server.url);
  process.env.DATABASE_URL = server.url;
  app = await import("@/lib/db");
  availability = await import("./availability");
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(async () => {
  await app?.db.$disconnect();
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function failure(attempt: () => Promise<unknown>): Promise<unknown> {
  return attempt().then(
    () => expect.unreachable("the query should have failed"),
    (error: unknown) => error,
  );
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const began = Date.now();
  while (!(await condition())) {
    if (Date.now() - began > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it("reads every failure of a stopped database as the database being away, and works again once it is back", async () => {
  const { db } = app;
  expect(await db.publication.count()).toBe(0);
  await server.stop();

  const failures = [
    await failure(() => db.publication.count()),
    await failure(() => db.$queryRaw`SELECT 1`),
    await failure(() => db.$transaction(async (tx) => tx.publication.findMany({ take: 1 }))),
  ];
  for (const error of failures) expect(availability.isDatabaseUnavailable(error), String(error)).toBe(true);
  // A query that is wrong is not mistaken for it once the database answers (below).
  expect(await availability.databaseAvailable(Date.now() + 10_000)).toBe(false);

  server = await startEmbeddedPostgres(options);
  expect(await db.publication.count()).toBe(0);
  expect(await availability.databaseAvailable(Date.now() + 20_000)).toBe(true);
  const wrong = await failure(() => db.$queryRawUnsafe("SELECT * FROM no_such_table"));
  expect(availability.isDatabaseUnavailable(wrong)).toBe(false);
});

it("starts a crashed embedded server again within seconds, and the same client finds it", async () => {
  const pid = Number(readFileSync(path.join(options.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  said.length = 0;
  process.kill(pid, "SIGKILL");
  await until(() => said.some((line) => line.startsWith("The embedded PostgreSQL runs again")), 10_000);
  // Within its first attempts (RESTART_DELAYS_MS in lib/db/embedded.ts), before it would say
  // that it tries every 2 seconds from then on.
  expect(said[0]).toBe("The embedded PostgreSQL stopped unexpectedly (SIGKILL); starting it again");
  expect(said[1]).toMatch(/^The embedded PostgreSQL runs again/);
  await until(
    () =>
      app.db.publication.count().then(
        () => true,
        () => false,
      ),
    5_000,
  );

  // Stopped on purpose, it stays stopped. Whether to start it again is decided when its process
  // exits, before stop() resolves, and a restart would first say so (said, below).
  await server.stop();
  expect(await databaseAnswers(server.url)).toBe(false);
  expect(said.filter((line) => line.includes("stopped unexpectedly"))).toHaveLength(1);
  server = await startEmbeddedPostgres({ ...options, restartAfterCrash: undefined });
});
