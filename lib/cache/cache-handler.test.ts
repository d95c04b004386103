import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import MemoryCacheHandler from "./cache-handler.mjs";

// The wall clock ahead of the process's monotonic clock, as after an NTP step: Next's own
// check then keeps serving expired entries; the handler must not.
const SKEW_MS = 3000;
// Next makes a new handler for every request; they share one cache.
const handler = () => new MemoryCacheHandler({});
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

// Renders that begin in the same millisecond as an expiry count as begun before it: the handler
// reads Date.now(), which here moves only when a test says so.
const pause = () => vi.advanceTimersByTime(5);

// The handler's expiry times are shared by the whole file, and a test's fake clock may run ahead
// of the real one: each test starts a minute after the one before, so no earlier test's expiry
// lies in a later test's future (that made the soft-tag test fail now and then).
let testClock = Date.now();
beforeEach(() => {
  testClock += 60_000;
  vi.useFakeTimers({ toFake: ["Date"], now: testClock });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function skewWallClock() {
  const realNow = Date.now.bind(Date);
  vi.spyOn(Date, "now").mockImplementation(() => realNow() + SKEW_MS);
}

describe("the page and data cache", () => {
  it("serves a page until one of its tags expires, then renders it afresh, even with a skewed wall clock", async () => {
    skewWallClock();
    await handler().set("/$/publikasjoner/en-rapport", page("_N_T_/layout,_N_T_/publikasjoner/en-rapport"), {
      cacheControl: { revalidate: 300 },
    });
    expect(await handler().get("/$/publikasjoner/en-rapport", responseCtx)).not.toBeNull();

    await handler().revalidateTag(["_N_T_/layout"]);
    pause();
    expect(await handler().get("/$/publikasjoner/en-rapport", responseCtx)).toBeNull();

    await handler().set("/$/publikasjoner/en-rapport", page("_N_T_/layout"), { cacheControl: { revalidate: 300 } });
    expect(await handler().get("/$/publikasjoner/en-rapport", responseCtx)).not.toBeNull();
  });

  it("does not serve a render that began before a publish and was stored after it", async () => {
    const key = "/$/publikasjoner/under-arbeid";
    expect(await handler().get(key, responseCtx)).toBeNull(); // a prefetch starts rendering
    pause();
    await handler().revalidateTag(["_N_T_/publikasjoner/layout"]); // the editor publishes meanwhile
    await handler().set(key, page("_N_T_/publikasjoner/layout"), { cacheControl: { revalidate: 300 } }); // the old render lands
    pause();
    expect(await handler().get(key, responseCtx)).toBeNull(); // so the next visitor's request renders it
    await handler().set(key, page("_N_T_/publikasjoner/layout"), { cacheControl: { revalidate: 300 } });
    expect(await handler().get(key, responseCtx)).not.toBeNull();
  });

  it("expires cached data by the tags the caller names (unstable_cache)", async () => {
    skewWallClock();
    const data = { kind: "FETCH", data: { headers: {}, body: "[]", status: 200 }, revalidate: 300 };
    const fetchCtx = { kind: "FETCH", tags: ["publications"], softTags: ["_N_T_/publikasjoner"] };
    await handler().set("search-key", data, { tags: ["publications"] });
    expect(await handler().get("search-key", fetchCtx)).not.toBeNull();

    await handler().revalidateTag("publications");
    expect(await handler().get("search-key", fetchCtx)).toBeNull();
  });

  it("expires at once also with a cache profile: the portal never serves stale content on purpose", async () => {
    await handler().set("/$/om", page("_N_T_/om"), { cacheControl: { revalidate: 300 } });
    pause();
    await handler().revalidateTag(["_N_T_/om"], { expire: 3600 });
    expect(await handler().get("/$/om", responseCtx)).toBeNull();
  });

  it("keeps what one handler stored for the next (Next makes one per request), and forgets what Next removes", async () => {
    await handler().set("/$/prosjekter", page("_N_T_/prosjekter"), { cacheControl: { revalidate: 300 } });
    expect((await handler().get("/$/prosjekter", responseCtx))?.value).toMatchObject({ html: "<h1>Før</h1>" });
    await handler().set("/$/prosjekter", null);
    expect(await handler().get("/$/prosjekter", responseCtx)).toBeNull();
  });

  it("keeps data read by a page until the page's path expires (its soft tags)", async () => {
    const data = { kind: "FETCH", data: { headers: {}, body: "[]", status: 200 }, revalidate: 300 };
    const fetchCtx = { kind: "FETCH", tags: ["overview"], softTags: ["_N_T_/publikasjoner/layout"] };
    await handler().set("overview-key", data, { tags: ["overview"] });
    expect(await handler().get("overview-key", fetchCtx)).not.toBeNull();
    pause();
    await handler().revalidateTag("_N_T_/publikasjoner/layout");
    expect(await handler().get("overview-key", fetchCtx)).toBeNull();
  });
});
