import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";

// Failures that arrive at the same moment (an attacker's parallel guesses, two instances) must
// all be counted: otherwise parallel guessing gets more tries than the lock allows.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let throttle: typeof import("./throttle");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  throttle = await import("./throttle");
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
});

it("counts every one of twelve failures sent at once, and locks for the longest of their locks", async () => {
  const key = throttle.accountKey("parallell@example.no");
  const now = new Date();
  await Promise.all(Array.from({ length: 12 }, () => throttle.recordFailure([key], now)));
  const [row] = await throttle.throttleOverview(now);
  expect(row).toMatchObject({ key, failures: 12 });
  expect(await throttle.lockedForSeconds([key], now)).toBe(900);
});
