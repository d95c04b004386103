// Cache expiry shared between the server processes of the app, so that none of them keeps
// showing what was just changed. A save expires the page cache in the process that handled it
// (cache-handler.mjs), which tells the others here, in two ways:
// - on one machine, through the front server that started it (scripts/serve.mjs, over Node's
//   IPC channel): the front server empties its own cache, passes the expiry to its other
//   server processes, and answers when all have it, before the save's response is sent;
// - to every other instance on the same database, through PostgreSQL's LISTEN/NOTIFY.
// Best effort: without the database, each machine still expires its own caches, and a lost
// connection is retried every few seconds. Plain JavaScript, like the cache handler.

import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import pg from "pg";

const CHANNEL = "page_cache_expired";
const RETRY_MS = 3000;
// Notifications of this process come back to it too; they are told apart by this id.
const instance = randomUUID();

/** @type {pg.Client | null} */
let client = null;
/** @type {Promise<pg.Client | null> | null} */
let connecting = null;
/** @type {Set<(tags: string[]) => void>} */
const listeners = new Set();

/** @param {string[]} tags */
function deliver(tags) {
  for (const listener of listeners) listener(tags);
}

/** @param {pg.Notification} message */
function received(message) {
  /** @type {string[]} */
  let tags;
  try {
    const parsed = JSON.parse(message.payload ?? "");
    if (parsed.from === instance || !Array.isArray(parsed.tags)) return;
    tags = parsed.tags.filter((/** @type {unknown} */ tag) => typeof tag === "string");
  } catch {
    return; // Not ours: another program on the same channel.
  }
  deliver(tags);
  void tellFrontServer(tags, { forward: false });
}

// The front server's side of the conversation is in scripts/serve.mjs.
export const IPC = "pageCache";
// Longer than the front server waits for each of its other processes (scripts/serve.mjs), so
// that it has emptied its cache a second time before this one stops waiting.
const IPC_TIMEOUT_MS = 5000;
const inFrontServer = cluster.isWorker && typeof process.send === "function";
/** @type {Map<number, () => void>} */
const answers = new Map();

/** @param {Record<string, unknown>} message */
const toFrontServer = (message) => process.send?.(message);
let lastId = 0;

if (inFrontServer) {
  process.on("message", (/** @type {{ [IPC]?: string; tags?: unknown; id?: number } | null} */ message) => {
    if (message?.[IPC] === "expire" && Array.isArray(message.tags)) {
      deliver(message.tags);
      toFrontServer({ [IPC]: "done", id: message.id });
    } else if (message?.[IPC] === "done" && message.id !== undefined) {
      answers.get(message.id)?.();
    }
  });
  // From now on the front server waits for this process to have an expiry before it answers.
  toFrontServer({ [IPC]: "hello" });
}

/**
 * Sends a message and resolves when its answer arrives (`answers.get(id)()` is called) or when
 * `timeoutMs` have passed: a process that does not answer must not hold up a save.
 * @template K
 * @param {Map<K, () => void>} answers
 * @param {K} id
 * @param {number} timeoutMs
 * @param {() => void} send
 * @returns {Promise<void>}
 */
export function untilAnswered(answers, id, timeoutMs, send) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      answers.delete(id);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    answers.set(id, done);
    send();
  });
}

/**
 * Tells the front server; with `forward`, it also expires its other processes' caches.
 * @param {string[]} tags
 * @param {{ forward: boolean }} options
 */
function tellFrontServer(tags, { forward }) {
  if (!inFrontServer) return Promise.resolve();
  const id = ++lastId;
  return untilAnswered(answers, id, IPC_TIMEOUT_MS, () => toFrontServer({ [IPC]: "expired", id, tags, forward }));
}

/** @param {string} reason */
function retryLater(reason) {
  console.error(`Page cache: no connection for sharing cache expiry with other instances (${reason}); retrying.`);
  setTimeout(() => connect().catch((error) => retryLater(error.message)), RETRY_MS).unref();
}

/**
 * @param {pg.Client} lostClient
 * @param {string} reason
 */
function lost(lostClient, reason) {
  if (client !== lostClient) return;
  client = null;
  lostClient.removeAllListeners();
  // A broken connection may still report an error while it closes: with no listener, that would
  // end the process.
  lostClient.on("error", () => {});
  lostClient.end().catch(() => {});
  retryLater(reason);
}

/**
 * The listening connection; null where there is none to make (no database, or a build).
 * @returns {Promise<pg.Client | null>}
 */
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
    // (pg's types do not name the socket under the connection.)
    /** @type {{ connection?: { stream?: { unref?: () => void } } }} */ (
      /** @type {unknown} */ (next)
    ).connection?.stream?.unref?.();
    client = next;
    return next;
  })().finally(() => {
    connecting = null;
  });
  return connecting;
}

/**
 * Resolves when this process listens on the channel (true), or has no database to listen on
 * (false): from then on, every other instance's expiry reaches it.
 * @returns {Promise<boolean>}
 */
export function listening() {
  return connect().then((connection) => connection !== null);
}

/**
 * Calls `listener` with the tags that another process or instance expired.
 * @param {(tags: string[]) => void} listener
 */
export function onSharedExpiry(listener) {
  listeners.add(listener);
  connect().catch((error) => retryLater(error.message));
}

// One query at a time on the listening connection: pg 8 queues overlapping ones with a warning,
// and pg 9 will refuse them (two saves at the same moment).
/** @type {Promise<unknown>} */
let notifying = Promise.resolve();

/**
 * Tells the other processes and instances that these tags expired here.
 * @param {string[]} tags
 */
export async function shareExpiry(tags) {
  const onThisMachine = tellFrontServer(tags, { forward: true });
  try {
    const connection = await connect();
    const notify = () =>
      connection?.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ from: instance, tags })]);
    notifying = notifying.catch(() => {}).then(notify);
    await notifying;
  } catch (error) {
    console.error(
      `Page cache: could not tell other instances of the app about a change (${error instanceof Error ? error.message : error}).`,
    );
  }
  await onThisMachine;
}
