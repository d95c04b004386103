// When PostgreSQL is away (stopped, crashed, restarting, unreachable), in one place:
// - isDatabaseUnavailable(error) recognises the errors Prisma and pg give for it;
// - databaseAvailable() is what proxy.ts asks before every request that needs the database: it
//   answers from what lib/db.ts last saw (a connection that broke marks the database down at
//   once) and otherwise asks the database itself (SELECT 1), at most once a second; a wait that
//   took too long (an overloaded database) never marks an answering database down;
// - databaseUnavailableResponse(pathname) is the short Norwegian 503 that request then gets:
//   a page, a JSON problem under /api/, plain text for exports and feeds;
// - unlessDatabaseAway(request, handle) gives the same 503 from a route handler whose database
//   went away while it ran (the API, the exports); a page cannot set its status, so a page
//   rendering at that very moment still fails with a 500;
// - DATABASE_UNAVAILABLE_MESSAGE is what an editor's form says when a save could not be written.
// Nothing here holds a connection: when PostgreSQL is back, the pool (lib/db.ts) opens new ones
// by itself, and the next probe lets requests through again.
// No "server-only": proxy.ts runs in its own bundle and imports this file (and not lib/db.ts).

export const DATABASE_UNAVAILABLE_MESSAGE = "Databasen svarer ikke. Endringen er ikke lagret – prøv igjen om litt.";

/** Seconds a client is asked to wait (Retry-After); the embedded database restarts in about one. */
export const RETRY_AFTER_SECONDS = 10;
const RECHECK_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

// Prisma: can't reach, timed out, server closed the connection, no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Prisma's driver adapter (@prisma/adapter-pg) names what pg reported.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL: connection exceptions (class 08, but not 08P01, a protocol violation a query can
// cause), shutting down or starting up (57P01-57P03), too many connections.
const SQLSTATE = /^(0800[0-7]|57P0[1-3]|53300)$/;
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// pg's own messages for a connection that broke or never came.
const PG_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

type ErrorLike = {
  code?: unknown;
  errorCode?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: ErrorLike };
  cause?: unknown;
  kind?: unknown;
};

/** True when `error` (or what caused it) says the database cannot be reached, not that a query was wrong. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as ErrorLike & { originalCode?: unknown };
  const code = typeof e.code === "string" ? e.code : typeof e.errorCode === "string" ? e.errorCode : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && SQLSTATE.test(e.originalCode)) return true;
  if (typeof e.message === "string" && PG_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

// Addresses that answer without the database; /api/health reports on it itself. The icons and the
// manifest too, so that the outage page and a phone's home-screen link still show them.
const WITHOUT_DATABASE = new Set([
  "/api/health",
  "/api/v1/openapi.json",
  "/robots.txt",
  "/favicon.ico",
  "/icon.svg",
  "/apple-icon.png",
  "/manifest.webmanifest",
]);
const STATIC_FILES = /^\/ikoner\/[a-z0-9-]+\.png$/;

/**
 * Whether proxy.ts holds this request back while the database is away. Not a server action: its
 * form tells the editor, keeping what was typed (lib/content/engine/actions.ts). Not a CORS preflight.
 */
export function needsDatabase(request: Pick<Request, "method" | "headers">, pathname: string): boolean {
  if (request.method === "OPTIONS" || request.headers.has("next-action")) return false;
  return !WITHOUT_DATABASE.has(pathname) && !STATIC_FILES.test(pathname);
}

type State = { up: boolean; checkedAt: number; probe?: () => Promise<unknown>; checking?: Promise<boolean> };

// On globalThis: proxy.ts and the routes are separate bundles in one process, and must share it.
const KEY = Symbol.for("selvhjelp.database-availability");
const holder = globalThis as unknown as { [KEY]?: State };
const state: State = (holder[KEY] ??= { up: true, checkedAt: 0 });

/** lib/db.ts hands over how to ask the database (a trivial query on the app's own pool). */
export function registerDatabaseProbe(probe: () => Promise<unknown>): void {
  state.probe = probe;
}

/**
 * Waiting too long (for a connection from the pool, for a new connection, for the probe) is how an
 * overloaded database looks too: it never marks an answering database down, which would turn a
 * slow moment into a 503 for everyone. Only a refused, broken or closed connection does.
 */
function isTimeout(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as ErrorLike;
  return (
    e.code === "P2024" ||
    (typeof e.message === "string" && /^timeout exceeded when trying to connect|^no answer within/.test(e.message))
  );
}

/** A connection of the pool broke: requests get the 503 until a probe succeeds again. */
export function reportDatabaseError(error: unknown): void {
  if (!isDatabaseUnavailable(error) || isTimeout(error)) return;
  if (state.up)
    console.error(`The database does not answer: ${error instanceof Error ? error.message : String(error)}`);
  state.up = false;
  state.checkedAt = Date.now();
}

/** Whether requests that need the database should go ahead; asks the database at most once a second. */
export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  if (!state.probe || now - state.checkedAt < RECHECK_MS) return state.up;
  state.checking ??= probeOnce(state.probe, now).finally(() => (state.checking = undefined));
  return state.checking;
}

async function probeOnce(probe: () => Promise<unknown>, now: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  const wasUp = state.up;
  try {
    await Promise.race([probe(), timedOut]);
    state.up = true;
    if (!wasUp) console.error("The database answers again");
  } catch (error) {
    if (wasUp && isTimeout(error)) return true; // busy, not away (see isTimeout)
    if (wasUp) console.error(`The database does not answer: ${error instanceof Error ? error.message : String(error)}`);
    state.up = false;
  } finally {
    clearTimeout(timer);
    state.checkedAt = now;
  }
  return state.up;
}

/**
 * For a route handler rendered per request: a database lost while it runs (after proxy.ts let the
 * request in) is the same 503, not a 500. Not for routes Next caches (revalidate), which would keep it.
 */
export async function unlessDatabaseAway(request: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseError(error);
    return databaseUnavailableResponse(new URL(request.url).pathname);
  }
}

const PAGE = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Databasen svarer ikke – Selvhjelp Forskning</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1c2b29;line-height:1.5}h1{color:#11625c}</style></head>
<body><main><p>Selvhjelp Forskning</p><h1>Siden kan ikke vises akkurat nå</h1>
<p>Databasen vår svarer ikke for øyeblikket. Det er vanligvis over på noen sekunder: prøv igjen om litt.</p></main></body>
</html>
`;
const DETAIL = "Databasen svarer ikke akkurat nå. Prøv igjen om litt.";

/** The 503 for a request that needs the database: a page, a JSON problem under /api/, or plain text for exports and feeds. */
export function databaseUnavailableResponse(pathname: string): Response {
  const headers: Record<string, string> = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    const body = { type: "about:blank", title: "Databasen svarer ikke", status: 503, detail: DETAIL };
    // The API is open to other origins (lib/interop/api/http.ts); its errors must be readable there too.
    headers["Access-Control-Allow-Origin"] = "*";
    return new Response(JSON.stringify(body), {
      status: 503,
      headers: { ...headers, "Content-Type": "application/problem+json; charset=utf-8" },
    });
  }
  // A page is an address without a file extension (/publikasjoner/x); /feed.xml, .bib, .ics and /oai are machine outputs.
  const isPage = !/\.[a-z0-9]+$/i.test(pathname) && pathname !== "/oai";
  if (isPage)
    return new Response(PAGE, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
  return new Response(`${DETAIL}\n`, {
    status: 503,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
  });
}
