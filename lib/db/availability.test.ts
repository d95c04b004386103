import { expect, it, vi } from "vitest";
import {
  databaseAvailable,
  databaseUnavailableResponse,
  isDatabaseUnavailable,
  needsDatabase,
  registerDatabaseProbe,
  reportDatabaseError,
  unlessDatabaseAway,
} from "./availability";

// What the portal does while PostgreSQL is away, short of a real database (faults.integration.test.ts has one).

const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect" });

it("tells a database that is away from a query that went wrong", () => {
  const unavailable = [
    socketError("ECONNREFUSED"),
    new Error("Connection terminated unexpectedly"),
    new Error("timeout exceeded when trying to connect"),
    Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
      severity: "FATAL",
    }),
    Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
    Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" }),
    // As Prisma wraps the driver adapter's error of a raw query (P2010), and of a shutdown.
    Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
    }),
    Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
    }),
    new Error("wrapped", { cause: socketError("ECONNRESET") }),
  ];
  for (const error of unavailable) expect(isDatabaseUnavailable(error), error.message).toBe(true);

  const queryFaults = [
    Object.assign(new Error("Unique constraint failed"), { code: "P2002" }),
    Object.assign(new Error("bind message has 70000 parameter formats"), { code: "08P01" }),
    Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "22P02" } } },
    }),
    new Error("connection refused"),
    "ECONNREFUSED",
    null,
  ];
  for (const error of queryFaults) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
});

it("answers pages, the API and machine outputs each in their own way, never to be cached", async () => {
  const page = databaseUnavailableResponse("/publikasjoner/selvhjelp-i-norge");
  const api = databaseUnavailableResponse("/api/v1/publications");
  const feed = databaseUnavailableResponse("/feed.xml");
  for (const response of [page, api, feed, databaseUnavailableResponse("/oai")]) {
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("10");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  }
  expect(page.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
  const html = await page.text();
  expect(html).toContain('<html lang="nb">');
  expect(html).toContain("Databasen vår svarer ikke");
  expect(api.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
  expect(api.headers.get("Access-Control-Allow-Origin")).toBe("*");
  expect(await api.json()).toMatchObject({ status: 503, title: "Databasen svarer ikke" });
  expect(feed.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
  expect(await databaseUnavailableResponse("/oai").text()).toMatch(/^Databasen svarer ikke/);
});

it("holds back what needs the database, but not server actions, preflights or the health check", () => {
  const request = (method: string, headers: Record<string, string> = {}) => ({ method, headers: new Headers(headers) });
  expect(needsDatabase(request("GET"), "/publikasjoner")).toBe(true);
  expect(needsDatabase(request("POST"), "/oai")).toBe(true);
  expect(needsDatabase(request("GET"), "/redaksjon/publikasjoner/abc")).toBe(true);
  expect(needsDatabase(request("POST", { "Next-Action": "7f00" }), "/redaksjon/publikasjoner/abc")).toBe(false);
  expect(needsDatabase(request("OPTIONS"), "/api/v1/publications")).toBe(false);
  expect(needsDatabase(request("GET"), "/api/health")).toBe(false);
  expect(needsDatabase(request("GET"), "/robots.txt")).toBe(false);
  for (const icon of [
    "/favicon.ico",
    "/icon.svg",
    "/apple-icon.png",
    "/manifest.webmanifest",
    "/ikoner/ikon-192.png",
    "/ikoner/ikon-512.png",
  ])
    expect(needsDatabase(request("GET"), icon), icon).toBe(false);
  expect(needsDatabase(request("GET"), "/ikoner/../publikasjoner")).toBe(true);
  expect(needsDatabase(request("GET"), "/ikoner/ikon-192.png/x")).toBe(true);
});

it("asks the database at most once a second, and at once again after a broken connection", async () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  let answers = true;
  const probe = vi.fn(async () => {
    if (!answers) throw socketError("ECONNREFUSED");
  });
  registerDatabaseProbe(probe);
  const t0 = Date.now() + 10_000;
  expect(await databaseAvailable(t0)).toBe(true);
  expect(await databaseAvailable(t0 + 500)).toBe(true);
  expect(probe).toHaveBeenCalledTimes(1);

  // A broken pool connection marks it down without a probe; the next probe, a second later, finds it back.
  reportDatabaseError(new Error("Connection terminated unexpectedly"));
  reportDatabaseError(new Error("a query was wrong"));
  expect(await databaseAvailable(Date.now())).toBe(false);
  expect(probe).toHaveBeenCalledTimes(1);
  expect(await databaseAvailable(Date.now() + 1_500)).toBe(true);
  expect(probe).toHaveBeenCalledTimes(2);

  // Requests arriving together share one probe.
  answers = false;
  const together = await Promise.all([databaseAvailable(Date.now() + 3_000), databaseAvailable(Date.now() + 3_000)]);
  expect(together).toEqual([false, false]);
  expect(probe).toHaveBeenCalledTimes(3);
});

it("reads a probe that hangs as a busy database while it answered, and as one still away once it was away", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  vi.spyOn(console, "error").mockImplementation(() => {});
  registerDatabaseProbe(async () => {});
  expect(await databaseAvailable(Date.now() + 50_000)).toBe(true);
  registerDatabaseProbe(() => new Promise(() => {}));
  const busy = databaseAvailable(Date.now() + 60_000);
  await vi.advanceTimersByTimeAsync(2_000);
  expect(await busy).toBe(true);
  reportDatabaseError(socketError("ECONNREFUSED"));
  const stillAway = databaseAvailable(Date.now() + 70_000);
  await vi.advanceTimersByTimeAsync(2_000);
  expect(await stillAway).toBe(false);
  vi.useRealTimers();
});

it("never marks an answering database down for a wait that took too long (overload)", async () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  registerDatabaseProbe(async () => {});
  expect(await databaseAvailable(Date.now() + 80_000)).toBe(true);
  reportDatabaseError(
    Object.assign(new Error("Timed out fetching a new connection from the connection pool."), { code: "P2024" }),
  );
  reportDatabaseError(new Error("timeout exceeded when trying to connect"));
  expect(await databaseAvailable(Date.now())).toBe(true);
});

it("turns a database lost during a route handler into the 503, and leaves other errors alone", async () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  registerDatabaseProbe(async () => {});
  const request = new Request("http://localhost/publikasjoner/x/referanse.ris");
  const ok = await unlessDatabaseAway(request, async () => new Response("TY  - RPRT"));
  expect(ok.status).toBe(200);
  const lost = await unlessDatabaseAway(request, async () => {
    throw socketError("ECONNRESET");
  });
  expect(lost.status).toBe(503);
  expect(await lost.text()).toMatch(/^Databasen svarer ikke/);
  // Requests after it get the 503 from proxy.ts until the database answers a probe.
  expect(await databaseAvailable(Date.now())).toBe(false);
  await expect(
    unlessDatabaseAway(request, async () => {
      throw new TypeError("a bug");
    }),
  ).rejects.toThrow("a bug");
});
