// Cache expiry shared between instances of the app on one database, through PostgreSQL's
// LISTEN/NOTIFY: a save expires the page cache in the instance that handled it (cache-handler.mjs),
// which tells the others here, so that no instance keeps showing what was just changed.
// Best effort: without the database, each instance still expires its own cache, and a lost
// connection is retried every few seconds. Plain JavaScript, like the cache handler.

import { randomUUID } from "node:crypto";
import pg from "pg";

const CHANNEL = "page_cache_expired";
const RETRY_MS = 3000;
// Notifications of this process come back to it too; they are told apart by this id.
const instance = randomUUID();

let client = null;
let connecting = null;
const listeners = new Set();

function received(message) {
  try {
    const { from, tags } = JSON.parse(message.payload ?? "");
    if (from !== instance && Array.isArray(tags)) for (const listener of listeners) listener(tags.filter((tag) => typeof tag === "string"));
  } catch {
    // Not ours: another program on the same channel.
  }
}

function retryLater(reason) {
  console.error(`Page cache: no connection for sharing cache expiry with other instances (${reason}); retrying.`);
  setTimeout(() => connect().catch((error) => retryLater(error.message)), RETRY_MS).unref();
}

function lost(lostClient, reason) {
  if (client !== lostClient) return;
  client = null;
  lostClient.removeAllListeners();
  lostClient.end().catch(() => {});
  retryLater(reason);
}

/** The listening connection; null where there is none to make (no database, or a build). */
function connect() {
  const url = process.env.DATABASE_URL;
  // Not while Next builds the app: the build's workers must be free to exit.
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return Promise.resolve(null);
  if (client) return Promise.resolve(client);
  connecting ??= (async () => {
    const next = new pg.Client({ connectionString: url, application_name: "page-cache-expiry" });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      next.end().catch(() => {});
      throw error;
    }
    next.on("notification", received);
    next.on("error", (error) => lost(next, error.message));
    next.on("end", () => lost(next, "closed"));
    // The connection must not keep a process alive that has nothing else to do.
    next.connection.stream.unref?.();
    client = next;
    return next;
  })().finally(() => {
    connecting = null;
  });
  return connecting;
}

/** Calls `listener` with the tags that another instance expired. */
export function onSharedExpiry(listener) {
  listeners.add(listener);
  connect().catch((error) => retryLater(error.message));
}

/** Tells the other instances that these tags expired here. */
export async function shareExpiry(tags) {
  try {
    const connection = await connect();
    await connection?.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ from: instance, tags })]);
  } catch (error) {
    console.error(`Page cache: could not tell other instances of the app about a change (${error.message}).`);
  }
}
