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

/** The next `count` expiries that reach `channel`, as they arrive. */
function arrivals(channel: Awaited<ReturnType<typeof freshChannel>>, count: number) {
  const arrived: string[][] = [];
  const all = new Promise<string[][]>((resolve) =>
    channel.onSharedExpiry((tags) => {
      arrived.push(tags);
      if (arrived.length === count) resolve(arrived);
    }),
  );
  return { arrived, all };
}

describe("cache expiry shared between instances", () => {
  it("reaches the other instances, and not the one it came from", async () => {
    const here = await freshChannel();
    const there = await freshChannel();
    const atThere = arrivals(there, 1);
    const atHere = arrivals(here, 1);
    expect(await there.listening()).toBe(true);
    expect(await here.listening()).toBe(true);
    await here.shareExpiry(["_N_T_/layout", "publications"]);
    expect(await atThere.all).toEqual([["_N_T_/layout", "publications"]]);
    // Its own notification came back to this instance too, on the same connection and before the
    // other's: told apart by the instance id, and not delivered. A second one shows that order.
    await there.shareExpiry(["andre"]);
    expect(await atHere.all).toEqual([["andre"]]);
  });

  it("sends two changes made at the same moment one after the other on its connection", async () => {
    const here = await freshChannel();
    const there = await freshChannel();
    const { all } = arrivals(there, 3);
    expect(await there.listening()).toBe(true);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      await Promise.all([here.shareExpiry(["a"]), here.shareExpiry(["b"]), here.shareExpiry(["c"])]);
      expect((await all).flat().sort()).toEqual(["a", "b", "c"]);
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
      new Handler({
        fs: undefined,
        flushToDisk: false,
        serverDistDir: "/nonexistent",
        revalidatedTags: [],
        maxMemoryCacheSize: 10_000_000,
      });
    const ctx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
    const page = {
      kind: "APP_PAGE",
      html: "<h1>Før</h1>",
      headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/om" },
      status: 200,
    };
    await handler().set("/$/om", page, { cacheControl: { revalidate: 300 } });
    expect(await handler().get("/$/om", ctx)).not.toBeNull();

    const otherInstance = new pg.Client({ connectionString: database.url });
    await otherInstance.connect();
    try {
      // The handler's module listens through this same channel module (imported after it, so the
      // same instance); a listener added now is called after the handler's own.
      const channel = await import("./expiry-channel.mjs");
      const { all } = arrivals(channel, 1);
      expect(await channel.listening()).toBe(true);
      await otherInstance.query("SELECT pg_notify('page_cache_expired', $1)", [
        JSON.stringify({ from: "another-instance", tags: ["_N_T_/layout"] }),
      ]);
      expect(await all).toEqual([["_N_T_/layout"]]);
      expect(await handler().get("/$/om", ctx)).toBeNull();
    } finally {
      await otherInstance.end();
    }
  });
});
