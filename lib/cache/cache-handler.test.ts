import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import ClockSafeCacheHandler from "./cache-handler.mjs";

// The wall clock ahead of the process's monotonic clock, as after an NTP step: Next's own
// check then keeps serving expired entries; the handler must not.
const SKEW_MS = 3000;
const distDir = mkdtempSync(path.join(tmpdir(), "cache-handler-"));
const handler = () =>
  new ClockSafeCacheHandler({ fs: undefined, flushToDisk: false, serverDistDir: distDir, revalidatedTags: [], maxMemoryCacheSize: 10_000_000 });
const page = (tags: string) => ({
  kind: "APP_PAGE",
  html: "<h1>Før</h1>",
  rscData: undefined,
  headers: { "x-next-cache-tags": tags },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});
const responseCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };

// Renders that begin in the same millisecond as an expiry count as begun before it.
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(() => vi.restoreAllMocks());
process.on("exit", () => rmSync(distDir, { recursive: true, force: true }));

function skewWallClock() {
  const realNow = Date.now.bind(Date);
  vi.spyOn(Date, "now").mockImplementation(() => realNow() + SKEW_MS);
}

describe("the page and data cache", () => {
  it("serves a page until one of its tags expires, then renders it afresh, even with a skewed wall clock", async () => {
    skewWallClock();
    await handler().set("/$/publikasjoner/en-rapport", page("_N_T_/layout,_N_T_/publikasjoner/en-rapport"), { cacheControl: { revalidate: 300 } });
    expect(await handler().get("/$/publikasjoner/en-rapport", responseCtx)).not.toBeNull();

    await handler().revalidateTag(["_N_T_/layout"]);
    await pause();
    expect(await handler().get("/$/publikasjoner/en-rapport", responseCtx)).toBeNull();

    await handler().set("/$/publikasjoner/en-rapport", page("_N_T_/layout"), { cacheControl: { revalidate: 300 } });
    expect(await handler().get("/$/publikasjoner/en-rapport", responseCtx)).not.toBeNull();
  });

  it("does not serve a render that began before a publish and was stored after it", async () => {
    const key = "/$/publikasjoner/under-arbeid";
    expect(await handler().get(key, responseCtx)).toBeNull(); // a prefetch starts rendering
    await pause();
    await handler().revalidateTag(["_N_T_/publikasjoner/layout"]); // the editor publishes meanwhile
    await handler().set(key, page("_N_T_/publikasjoner/layout"), { cacheControl: { revalidate: 300 } }); // the old render lands
    await pause();
    expect(await handler().get(key, responseCtx)).toBeNull(); // so the next visitor's request renders it
    await handler().set(key, page("_N_T_/publikasjoner/layout"), { cacheControl: { revalidate: 300 } });
    expect(await handler().get(key, responseCtx)).not.toBeNull();
  });

  it("expires cached data by the tags the caller names (unstable_cache)", async () => {
    skewWallClock();
    const data = { kind: "FETCH", data: { headers: {}, body: "[]", status: 200 }, revalidate: 300 };
    const fetchCtx = { kind: "FETCH", tags: ["publications"], softTags: ["_N_T_/publikasjoner"] };
    await handler().set("search-key", data, { fetchCache: true, tags: ["publications"] });
    expect(await handler().get("search-key", fetchCtx)).not.toBeNull();

    await handler().revalidateTag("publications");
    expect(await handler().get("search-key", fetchCtx)).toBeNull();
  });

  it("leaves stale-while-revalidate expiry (a cache profile) to Next", async () => {
    await handler().set("/$/om", page("_N_T_/om"), { cacheControl: { revalidate: 300 } });
    await handler().revalidateTag(["_N_T_/om"], { expire: 3600 });
    expect(await handler().get("/$/om", responseCtx)).not.toBeNull();
  });

  it("does not serve an entry stored before the process started (an earlier run of the server)", async () => {
    const realNow = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(realNow - 3_600_000);
    await handler().set("/$/prosjekter", page("_N_T_/prosjekter"), { cacheControl: { revalidate: 300 } });
    vi.restoreAllMocks();
    expect(await handler().get("/$/prosjekter", responseCtx)).toBeNull();
    await handler().set("/$/prosjekter", page("_N_T_/prosjekter"), { cacheControl: { revalidate: 300 } });
    expect(await handler().get("/$/prosjekter", responseCtx)).not.toBeNull();
  });
});
