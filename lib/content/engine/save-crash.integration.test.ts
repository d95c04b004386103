import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTestEditor } from "@/test/editors";
import { PrismaClient } from "@/lib/generated/prisma/client";

// kill -9 of the server in the middle of a burst of saves leaves no half-written entry, revision
// or audit row: every save is one transaction (lib/content/engine/save.ts). A child process saves four
// at a time (test/save-burst.ts) and is killed while PostgreSQL shows one of its transactions
// with writes under way; that transaction must be rolled back, and everything else complete.

const APP_NAME = "save-burst";
let database: TestDatabase;
let db: PrismaClient;
let watcher: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  watcher = new pg.Client({ connectionString: database.url });
  await watcher.connect();
});

afterAll(async () => {
  await watcher?.end();
  await db?.$disconnect();
  await database?.drop();
});

function startBurst(editor: object): { child: ChildProcess; saves: () => number } {
  const url = new URL(database.url);
  url.searchParams.set("application_name", APP_NAME);
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("test", "save-burst.ts")],
    {
      env: { ...process.env, DATABASE_URL: url.toString(), BURST_EDITOR: JSON.stringify(editor) },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let saves = 0;
  child.stdout?.on(
    "data",
    (chunk: Buffer) =>
      (saves += chunk
        .toString()
        .split("\n")
        .filter((line) => line.startsWith("saved ")).length),
  );
  return { child, saves: () => saves };
}

async function until<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const began = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - began > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The id of a transaction of the burst that has written something and not yet ended. */
async function writingTransaction(): Promise<string | undefined> {
  const { rows } = await watcher.query<{ xid: string }>(
    "SELECT backend_xid::text AS xid FROM pg_stat_activity WHERE application_name = $1 AND backend_xid IS NOT NULL LIMIT 1",
    [APP_NAME],
  );
  return rows[0]?.xid;
}

it("leaves every work with all its revisions and audit entries, or none, after kill -9 during saves", async () => {
  const editor = await createTestEditor(db, "editor");
  const interrupted: string[] = [];
  for (let round = 1; round <= 6 && interrupted.length < 2; round++) {
    const { child, saves } = startBurst(editor);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await until(() => (saves() >= 20 ? true : undefined), 60_000, "the first saves");
    const xid = await until(writingTransaction, 10_000, "a save under way");
    child.kill("SIGKILL");
    await exited;
    // PostgreSQL ends the dead client's session, and with it its open transaction.
    await until(
      async () =>
        (await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1", [APP_NAME])).rowCount === 0
          ? true
          : undefined,
      10_000,
      "the killed client's sessions to end",
    );
    const { rows } = await watcher.query<{ status: string }>("SELECT pg_xact_status($1::text::xid8) AS status", [xid]);
    // The save may have committed between the look and the kill; then the next round tries again.
    if (rows[0]?.status === "aborted") interrupted.push(xid);
  }
  expect(interrupted.length, "kills that landed inside a save").toBeGreaterThan(0);

  const works = await db.publication.findMany({ select: { id: true, version: true, abstract: true } });
  expect(works.length).toBeGreaterThanOrEqual(8);
  const revisions = await db.revision.findMany({
    where: { entityType: "publication" },
    select: { entityId: true, version: true, snapshot: true },
  });
  const audits = await db.auditEvent.findMany({
    where: { entityType: "publication" },
    orderBy: { at: "asc" },
    select: { entityId: true, action: true },
  });
  const ids = new Set(works.map((work) => work.id));
  expect(
    revisions.filter((revision) => !ids.has(revision.entityId)),
    "revisions of works that are not there",
  ).toEqual([]);
  expect(
    audits.filter((audit) => !ids.has(audit.entityId ?? "")),
    "audit entries of works that are not there",
  ).toEqual([]);
  for (const work of works) {
    const own = revisions.filter((revision) => revision.entityId === work.id);
    // One revision per stored version, 1, 2, …, the last one holding what the work holds now.
    expect(own.map((revision) => revision.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: work.version }, (_, i) => i + 1),
    );
    expect(
      (own.find((revision) => revision.version === work.version)?.snapshot as { abstract?: string }).abstract,
    ).toBe(work.abstract);
    const actions = audits.filter((audit) => audit.entityId === work.id).map((audit) => audit.action);
    expect(actions).toEqual(["create", ...Array<string>(work.version - 1).fill("update")]);
  }
}, 240_000);
