import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { diffMigrationsToSchema } from "../db/migrations";
import { JOBS_SCHEMA, startJobQueue, type JobQueue } from "./queue";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const quiet = { info: () => {}, error: (line: string) => console.error(line) };

/** Everything in the `public` schema (tables, functions, types), which pg-boss must leave alone. */
async function publicObjects(): Promise<string[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace
       UNION ALL SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
       UNION ALL SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

it("runs a job once when two instances share the database, in pg-boss's own schema", async () => {
  const before = await publicObjects();
  const runs: string[] = [];
  const instances: JobQueue[] = [];
  try {
    for (const instance of ["a", "b"]) {
      instances.push(
        await startJobQueue(
          database.url,
          [{ name: "test-job", cron: "15 3 * * *", run: async () => void runs.push(instance) }],
          quiet,
        ),
      );
    }
    await instances[0]!.runNow("test-job");

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // Done: a completed job is never fetched again, and stopping waits for any run under way,
      // so a second run, had both instances taken the job, would be counted by then.
      const states = async () =>
        (await client.query(`SELECT state FROM ${JOBS_SCHEMA}.job WHERE name = 'test-job'`)).rows.map(
          (row) => row.state,
        );
      await expect.poll(states, { timeout: 15_000 }).toEqual(["completed"]);
      for (const instance of instances.splice(0)) await instance.stop();
      expect(runs).toHaveLength(1);

      const schedules = await client.query(`SELECT name, cron, timezone FROM ${JOBS_SCHEMA}.schedule`);
      expect(schedules.rows).toEqual([{ name: "test-job", cron: "15 3 * * *", timezone: "Europe/Oslo" }]);
      expect(await publicObjects()).toEqual(before);
    } finally {
      await client.end();
    }
  } finally {
    for (const instance of instances) await instance.stop();
  }
  // pg-boss's schema in the same database does not disturb the migrations' check against schema.prisma.
  expect(await diffMigrationsToSchema(database.url)).toBe("");
});
