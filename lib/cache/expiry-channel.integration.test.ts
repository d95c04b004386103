import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";

// Two instances of the app on one database: each test imports the modules afresh, which gives
// them their own instance id and connection, as in two server processes.
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", database.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database?.drop();
});

async function freshChannel() {
  vi.resetModules();
  return import("./expiry-channel.mjs");
}

describe("cache expiry shared between instances", () => {
  it("reaches the other instances, and not the one it came from", async () => {
    const here = await freshChannel();
    const there = await freshChannel();
    const arrivedThere: string[][] = [];
    const arrivedHere: string[][] = [];
    there.onSharedExpiry((tags) => arrivedThere.push(tags));
    here.onSharedExpiry((tags) => arrivedHere.push(tags));
    // Until the other instance listens, a notification has nobody to reach: send until it does.
    await vi.waitFor(
      async () => {
        await here.shareExpiry(["_N_T_/layout", "publications"]);
        expect(arrivedThere.length).toBeGreaterThan(0);
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(arrivedThere[0]).toEqual(["_N_T_/layout", "publications"]);
    expect(arrivedHere).toEqual([]);
  });

  it("sends two changes made at the same moment one after the other on its connection", async () => {
    const here = await freshChannel();
    const there = await freshChannel();
    const arrived: string[][] = [];
    there.onSharedExpiry((tags) => arrived.push(tags));
    await vi.waitFor(
      async () => {
        await here.shareExpiry(["klar"]);
        expect(arrived.length).toBeGreaterThan(0);
      },
      { timeout: 10_000, interval: 200 },
    );
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      await Promise.all([here.shareExpiry(["a"]), here.shareExpiry(["b"]), here.shareExpiry(["c"])]);
      await vi.waitFor(() => expect(arrived.slice(-3).flat().sort()).toEqual(["a", "b", "c"]));
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(warnings.filter((message) => message.includes("already executing a query"))).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("expires the cached pages of an instance when another instance saves", async () => {
    vi.resetModules();
    const { default: Handler } = await import("./cache-handler.mjs");
    const handler = () =>
      new Handler({ fs: undefined, flushToDisk: false, serverDistDir: "/nonexistent", revalidatedTags: [], maxMemoryCacheSize: 10_000_000 });
    const ctx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
    const page = { kind: "APP_PAGE", html: "<h1>Før</h1>", headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/om" }, status: 200 };
    await handler().set("/$/om", page, { cacheControl: { revalidate: 300 } });
    expect(await handler().get("/$/om", ctx)).not.toBeNull();

    const otherInstance = new pg.Client({ connectionString: database.url });
    await otherInstance.connect();
    try {
      await vi.waitFor(
        async () => {
          await otherInstance.query("SELECT pg_notify('page_cache_expired', $1)", [JSON.stringify({ from: "another-instance", tags: ["_N_T_/layout"] })]);
          expect(await handler().get("/$/om", ctx)).toBeNull();
        },
        { timeout: 10_000, interval: 200 },
      );
    } finally {
      await otherInstance.end();
    }
  });
});
