import { describe, expect, it, vi } from "vitest";
import { fakeFrontCacheClock } from "@/test/front-cache-clock";
import { FrontCache, sharedLifetime } from "./front-cache.mjs";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });
const page = (headers: Record<string, string> = {}, body = "<h1>Forskning</h1>") => ({
  status: 200,
  headers: {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "s-maxage=300, stale-while-revalidate=31535700",
    ...headers,
  },
  body: Buffer.from(body),
});

describe("which requests the front cache may answer", () => {
  const cache = new FrontCache();

  it("answers a visitor's GET of a public page, also with cookies of other sites", () => {
    expect(cache.keyOf(request("/publikasjoner?q=selvhjelp"))).not.toBeNull();
    expect(cache.keyOf(request("/", { cookie: "_ga=GA1.2.3" }))).not.toBeNull();
  });

  it.each([
    ["a POST (a form or a server action)", request("/", {}, "POST")],
    ["the editors' area", request("/redaksjon/publikasjoner")],
    ["the editors' area itself", request("/redaksjon")],
    ["sign-in", request("/api/auth/session")],
    ["an editor's session", request("/", { cookie: "theme=x; authjs.session-token=abc" })],
    ["an editor's session over HTTPS", request("/om", { cookie: "__Secure-authjs.session-token=abc" })],
    [
      "an editor's session in parts",
      request("/om", { cookie: "authjs.session-token.0=abc; authjs.session-token.1=def" }),
    ],
    ["an editor's preview", request("/publikasjoner/utkast", { cookie: "__prerender_bypass=1" })],
    ["a range", request("/feed.xml", { range: "bytes=0-10" })],
    ["credentials", request("/api/v1/publications", { authorization: "Bearer x" })],
  ])("leaves %s to Next", (_, incoming) => {
    expect(cache.keyOf(incoming)).toBeNull();
  });

  it("answers a HEAD from the same entry as a GET", () => {
    expect(cache.keyOf(request("/om", {}, "HEAD"))).toBe(cache.keyOf(request("/om")));
  });

  it.each([
    ["a cookie of another site", { cookie: "_ga=GA1.2.3" }],
    ["a forged Host", { host: "evil.example" }],
    [
      "forged X-Forwarded-*",
      { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" },
    ],
    ["a middleware prefetch", { "x-middleware-prefetch": "1" }],
    ["Next's data request", { "x-nextjs-data": "1" }],
    ["a conditional request", { "if-none-match": '"abc"', "if-modified-since": "Fri, 27 Nov 2026 10:00:00 GMT" }],
    ["another way of asking for gzip", { "accept-encoding": "br, gzip;q=0.8, deflate" }, { "accept-encoding": "gzip" }],
    ["a refusal of gzip", { "accept-encoding": "gzip;q=0, br" }, {}],
    ["another user agent and language", { "user-agent": "Googlebot/2.1", "accept-language": "en" }],
  ])("gives one key whatever else is sent: %s", (_, headers, plain: Record<string, string> = {}) => {
    expect(cache.keyOf(request("/om", headers))).toBe(cache.keyOf(request("/om", plain)));
  });

  it("stands for a request of the URL and the keyed headers alone", () => {
    const key = cache.keyOf(
      request("/om?a=1", { cookie: "x=1", "x-middleware-prefetch": "1", rsc: "1", "accept-encoding": "gzip, br" }),
    )!;
    expect(cache.requestOf(key)).toEqual({ url: "/om?a=1", headers: { "accept-encoding": "gzip", rsc: "1" } });
  });

  it("answers nothing when it has no room (FRONT_CACHE_MB=0)", () => {
    expect(new FrontCache({ maxBytes: 0 }).keyOf(request("/om"))).toBeNull();
  });

  it("keeps router requests (RSC) and encodings apart from the page", () => {
    const keys = new Set([
      cache.keyOf(request("/om")),
      cache.keyOf(request("/om", { rsc: "1" })),
      cache.keyOf(request("/om", { rsc: "1", "next-router-prefetch": "1" })),
      cache.keyOf(request("/om", { "accept-encoding": "gzip" })),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe("which responses it keeps, and how long", () => {
  it.each([
    ["a page Next caches", 200, { "cache-control": "s-maxage=300, stale-while-revalidate=31535700" }, 300],
    [
      "a page with Surrogate-Control, though browsers must not keep it",
      200,
      { "surrogate-control": "max-age=60", "cache-control": "private, no-store" },
      60,
    ],
    [
      "a page rendered per request",
      200,
      { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" },
      null,
    ],
    ["a script Next built", 200, { "cache-control": "public, max-age=31536000, immutable" }, 31536000],
    ["a file to check every time", 200, { "cache-control": "public, max-age=0, must-revalidate" }, null],
    ["a page that sets a cookie", 200, { "cache-control": "s-maxage=300", "set-cookie": "a=b" }, null],
    ["a page Next served stale", 200, { "cache-control": "s-maxage=300", "x-nextjs-cache": "STALE" }, null],
    ["a page Next answered from its cache", 200, { "cache-control": "s-maxage=300", "x-nextjs-cache": "HIT" }, 300],
    [
      "a page Next just rendered, perhaps from before a save",
      200,
      { "cache-control": "s-maxage=300", "x-nextjs-cache": "MISS" },
      null,
    ],
    ["a missing page", 404, { "cache-control": "s-maxage=300" }, null],
    ["a redirect", 307, { "cache-control": "s-maxage=300" }, null],
    ["Surrogate-Control: no-store", 200, { "surrogate-control": "no-store", "cache-control": "s-maxage=300" }, null],
    ["no caching headers", 200, {}, null],
  ])("%s", (_, status, headers, lifetime) => {
    expect(sharedLifetime(status, headers)).toBe(lifetime);
  });
});

describe("the front cache", () => {
  it("returns a stored page with its headers, without its Date or Surrogate-Control", () => {
    const cache = new FrontCache();
    const key = cache.keyOf(request("/"))!;
    const stored = cache.set(
      key,
      cache.begin(),
      page({ date: "Fri, 27 Nov 2026 10:00:00 GMT", "surrogate-control": "max-age=60" }),
    );
    expect(stored).toBe(true);
    const hit = cache.get(key)!;
    expect(hit.body.toString()).toBe("<h1>Forskning</h1>");
    expect(hit.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(hit.headers).not.toHaveProperty("date");
    expect(hit.headers).not.toHaveProperty("surrogate-control");
    expect(hit.age).toBe(0);
  });

  it("forgets everything when content changes", () => {
    const cache = new FrontCache();
    const key = cache.keyOf(request("/om"))!;
    cache.set(key, cache.begin(), page());
    cache.clear();
    expect(cache.get(key)).toBeUndefined();
  });

  it("names the pages asked for most when it forgets them, with the request each stands for", () => {
    const cache = new FrontCache();
    const keys = ["/om", "/publikasjoner", "/kontakt"].map((url) =>
      cache.keyOf(request(url, { rsc: "1", "accept-encoding": "gzip" }))!,
    );
    for (const key of keys) cache.set(key, cache.begin(), page({ vary: "rsc, Accept-Encoding" }));
    const visits = [2, 5, 0];
    keys.forEach((key, i) => Array.from({ length: visits[i]! }, () => cache.get(key)));
    const told: string[][] = [];
    const stop = cache.onClear((popular) => told.push(popular));
    cache.clear();
    stop();
    cache.clear();
    expect(told).toEqual([[keys[1], keys[0]]]);
    expect(cache.requestOf(keys[1]!)).toEqual({
      url: "/publikasjoner",
      headers: { rsc: "1", "accept-encoding": "gzip" },
    });
  });

  it("does not keep a response whose request began before a change: it may show the old content", () => {
    const cache = new FrontCache();
    const key = cache.keyOf(request("/publikasjoner/en-rapport"))!;
    const began = cache.begin();
    cache.clear(); // an editor publishes while the page is being rendered
    expect(cache.set(key, began, page())).toBe(false);
    expect(cache.get(key)).toBeUndefined();
    expect(cache.set(key, cache.begin(), page())).toBe(true);
  });

  it("keeps only responses that vary on headers in its key", () => {
    const cache = new FrontCache();
    const key = cache.keyOf(request("/"))!;
    expect(cache.set(key, cache.begin(), page({ vary: "rsc, next-router-state-tree, Accept-Encoding" }))).toBe(true);
    expect(cache.set(key, cache.begin(), page({ vary: "Cookie" }))).toBe(false);
    expect(cache.set(key, cache.begin(), page({ vary: "*" }))).toBe(false);
  });

  it("drops the least recently used pages when full", () => {
    const cache = new FrontCache({ maxBytes: 5000 });
    const keys = ["/a", "/b", "/c"].map((url) => cache.keyOf(request(url))!);
    for (const key of keys) cache.set(key, cache.begin(), page({}, "x".repeat(1500)));
    expect(cache.get(keys[0]!)).toBeUndefined();
    expect(cache.get(keys[2]!)).toBeDefined();
  });

  it("does not keep a page past its lifetime", () => {
    fakeFrontCacheClock();
    try {
      const cache = new FrontCache();
      const key = cache.keyOf(request("/"))!;
      cache.set(key, cache.begin(), page({ "cache-control": "s-maxage=1" }));
      vi.advanceTimersByTime(999);
      expect(cache.get(key)?.age).toBe(0);
      vi.advanceTimersByTime(2);
      expect(cache.get(key)).toBeUndefined();
      expect(cache.stale(key)?.age).toBe(1);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });
});
