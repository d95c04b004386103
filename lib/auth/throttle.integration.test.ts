import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";

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

describe("login throttling", () => {
  it("locks an account for longer after each failure from the third, 15 minutes from the fifth", async () => {
    const key = throttle.accountKey("Nora@Example.no");
    expect(key).toBe("email:nora@example.no");
    const start = new Date("2026-11-27T12:00:00Z");
    const locks: number[] = [];
    for (let n = 1; n <= 5; n++) {
      const at = new Date(start.getTime() + n * 1000);
      await throttle.recordFailure([key], at);
      locks.push(await throttle.lockedForSeconds([key], at));
    }
    expect(locks).toEqual([0, 0, 10, 60, 900]);
  });

  it("forgets failures after 15 quiet minutes, and clears on success", async () => {
    const key = throttle.accountKey("eva@example.no");
    const t0 = new Date("2026-11-27T12:00:00Z");
    await throttle.recordFailure([key], t0);
    await throttle.recordFailure([key], new Date(t0.getTime() + 1000));
    await throttle.recordFailure([key], new Date(t0.getTime() + 16 * 60_000));
    expect(await throttle.lockedForSeconds([key], new Date(t0.getTime() + 16 * 60_000))).toBe(0);
    await throttle.clearFailures(key);
    expect((await throttle.throttleOverview(new Date(t0.getTime() + 16 * 60_000))).map((t) => t.key)).not.toContain(
      key,
    );
  });

  it("locks an address only after 20 failures", async () => {
    const key = throttle.ipKey("198.51.100.7");
    const now = new Date();
    for (let n = 0; n < 19; n++) await throttle.recordFailure([key], now);
    expect(await throttle.lockedForSeconds([key], now)).toBe(0);
    await throttle.recordFailure([key], now);
    expect(await throttle.lockedForSeconds([key], now)).toBe(900);
  });

  // Failures that arrive at the same moment (an attacker's parallel guesses, two instances) must
  // all be counted: otherwise parallel guessing gets more tries than the lock allows.
  it("counts every one of twelve failures sent at once, and locks for the longest of their locks", async () => {
    const key = throttle.accountKey("parallell@example.no");
    const now = new Date();
    await Promise.all(Array.from({ length: 12 }, () => throttle.recordFailure([key], now)));
    const row = (await throttle.throttleOverview(now)).find((r) => r.key === key);
    expect(row).toMatchObject({ key, failures: 12 });
    expect(await throttle.lockedForSeconds([key], now)).toBe(900);
  });
});
