import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFrontCacheClock } from "@/test/front-cache-clock";
import { FrontCache } from "./front-cache.mjs";
import { createFrontServer } from "./front-server.mjs";

// The front server when Next.js cannot answer (the database is away, Next is down), its request
// ids, and its shutdown: a stand-in for Next whose answers each test sets, and may hold back.
type Answer = { status: number; body: string; heldUntil?: Promise<void> };
let answer: Answer = { status: 200, body: "<h1>Side</h1>" };
const seenIds: (string | undefined)[] = [];

const listen = (server: http.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
  vi.useRealTimers();
  vi.restoreAllMocks();
  seenIds.length = 0;
  answer = { status: 200, body: "<h1>Side</h1>" };
});

async function setUp(options: { trustedProxies?: number } = {}) {
  const next = http.createServer((req, res) => {
    seenIds.push(req.headers["x-request-id"] as string | undefined);
    const { status, body, heldUntil } = answer;
    // One second of life, so that a test can outlive it.
    const send = () =>
      res
        .writeHead(status, {
          "content-type": "text/html; charset=utf-8",
          "cache-control": status === 200 ? "s-maxage=1" : "no-store",
        })
        .end(body);
    if (heldUntil) void heldUntil.then(send);
    else send();
  });
  const nextPort = await listen(next);
  const cache = new FrontCache();
  const front = createFrontServer(
    cache,
    { host: "127.0.0.1", port: nextPort },
    { publicUrl: "https://forskning.example.no", ...options },
  );
  const base = `http://127.0.0.1:${await listen(front)}`;
  closers.push(() => {
    front.closeAllConnections();
    front.close();
    next.closeAllConnections();
    next.close();
  });
  return { next, front, cache, base };
}

/** Resolves when the next request reaches the server. */
const arrival = (server: http.Server) => new Promise<void>((resolve) => server.once("request", () => resolve()));

/** An answer from the stand-in that waits until `release` is called. */
function heldAnswer(body: string) {
  let release = () => {};
  const heldUntil = new Promise<void>((resolve) => (release = resolve));
  answer = { status: 200, body, heldUntil };
  return release;
}

describe("stale if error", () => {
  it("serves a stored page past its lifetime while Next answers with an error, and Next's answer again when it can", async () => {
    const { base } = await setUp();
    fakeFrontCacheClock({ shouldAdvanceTime: true });
    await fetch(`${base}/om`);
    expect((await fetch(`${base}/om`)).headers.get("x-front-cache")).toBe("HIT");
    vi.advanceTimersByTime(1100);
    answer = { status: 503, body: "Databasen svarer ikke" };
    const stale = await fetch(`${base}/om`);
    expect(stale.status).toBe(200);
    expect(stale.headers.get("x-front-cache")).toBe("STALE");
    expect(await stale.text()).toBe("<h1>Side</h1>");
    answer = { status: 200, body: "<h1>Ny side</h1>" };
    expect(await (await fetch(`${base}/om`)).text()).toBe("<h1>Ny side</h1>");
  });

  it("serves it when Next does not answer at all", async () => {
    const { base, next } = await setUp();
    fakeFrontCacheClock({ shouldAdvanceTime: true });
    await fetch(`${base}/om`);
    vi.advanceTimersByTime(1100);
    next.closeAllConnections();
    next.close();
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const stale = await fetch(`${base}/om`);
    expect([stale.status, stale.headers.get("x-front-cache")]).toEqual([200, "STALE"]);
  });

  it("passes the error on for a page it never stored, and nothing after a change", async () => {
    const { base, cache } = await setUp();
    answer = { status: 503, body: "Databasen svarer ikke" };
    expect((await fetch(`${base}/prosjekter`)).status).toBe(503);
    answer = { status: 200, body: "<h1>Side</h1>" };
    await fetch(`${base}/om`);
    cache.clear(); // an editor saved
    answer = { status: 503, body: "Databasen svarer ikke" };
    expect((await fetch(`${base}/om`)).status).toBe(503);
  });
});

describe("request ids", () => {
  it("gives every request passed on an id, which Next and the visitor both get; a visitor's own is not taken", async () => {
    const { base } = await setUp();
    const response = await fetch(`${base}/redaksjon`, { headers: { "x-request-id": "chosen-by-the-visitor" } });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenIds).toEqual([id]);
  });

  it("takes the id a trusted proxy hands on, if it looks like one", async () => {
    const { base } = await setUp({ trustedProxies: 1 });
    await fetch(`${base}/redaksjon`, { headers: { "x-request-id": "nginx-4f1c2a9b" } });
    await fetch(`${base}/redaksjon`, { headers: { "x-request-id": "<script>" } });
    expect(seenIds[0]).toBe("nginx-4f1c2a9b");
    expect(seenIds[1]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("logs a JSON line with the id when Next cannot be reached", async () => {
    const { base, next } = await setUp();
    next.closeAllConnections();
    next.close();
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => lines.push(String(chunk)) > 0);
    const response = await fetch(`${base}/redaksjon?q=hemmelig`);
    expect(response.status).toBe(502);
    const logged = JSON.parse(lines.find((line) => line.includes("upstream-error"))!);
    expect(logged).toMatchObject({
      level: "error",
      event: "upstream-error",
      method: "GET",
      path: "/redaksjon",
      status: 502,
    });
    expect(logged.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("drain", () => {
  it("lets a request under way finish, takes no new connection, and resolves when all are answered", async () => {
    const { base, front, next } = await setUp();
    const release = heldAnswer("<h1>Treg side</h1>");
    const reached = arrival(next);
    const slow = fetch(`${base}/redaksjon`);
    await reached;
    const drained = front.drain(10_000);
    release();
    const status = await slow.then((response) => response.status);
    expect(status).toBe(200);
    expect(await drained).toBe(0);
    await expect(fetch(`${base}/om`)).rejects.toThrow();
  });

  it("gives up after its time and says how many requests it cut off", async () => {
    const { base, front, next } = await setUp();
    heldAnswer("<h1>Treg side</h1>"); // never released
    vi.spyOn(process.stderr, "write").mockImplementation(() => true); // (the cut-off request is logged)
    const reached = arrival(next);
    const slow = fetch(`${base}/redaksjon`).catch(() => "cut off");
    await reached;
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let cut: number | undefined;
    const drained = front.drain(300).then((count) => (cut = count));
    await vi.advanceTimersByTimeAsync(299);
    expect(cut).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await drained;
    expect(cut).toBe(1);
    expect(await slow).toBe("cut off");
  });
});
