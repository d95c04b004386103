// The production server of `npm start`: a front server on the public port (lib/cache/front-server.mjs,
// with the front cache) and behind it COUNT processes of `next start`, on a private port on
// 127.0.0.1 that they share through Node's cluster module (WEB_CONCURRENCY, default 1).
// This process also carries every cache expiry between them (the other side is in
// lib/cache/expiry-channel.mjs): it empties the front cache, passes the expiry to the other
// processes, and answers the one that saved only when all of them have it.
// Usage (from scripts/start.ts): node scripts/serve.mjs COUNT PORT NEXT_PORT
// FRONT_CACHE_MB sets the front cache's size (default 64; 0 turns it off). TRUST_PROXY is the number
// of proxies in front of the front server that add the visitor's address to X-Forwarded-For
// (default 0: the port is public, and the address is the connection's).
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { IPC, untilAnswered } from "../lib/cache/expiry-channel.mjs";
import { FrontCache, frontCacheMegabytes } from "../lib/cache/front-cache.mjs";
import { createFrontServer } from "../lib/cache/front-server.mjs";
import { log } from "../lib/log.mjs";

const IPC_TIMEOUT_MS = 2000;
// How long SIGTERM waits for the requests under way before the Next.js processes stop.
const DRAIN_MS = 10_000;
const HOST = "127.0.0.1";

if (cluster.isPrimary) {
  const [count = 1, port = 3000, nextPort = 3001] = process.argv.slice(2).map(Number);
  // FRONT_CACHE_MB=0: a cache of 0 bytes, which passes every request on.
  const cache = new FrontCache({ maxBytes: Math.max(0, frontCacheMegabytes()) * 1024 * 1024 });
  const trustedProxies = Number(process.env.TRUST_PROXY || 0);
  if (!Number.isInteger(trustedProxies) || trustedProxies < 0) {
    console.error(
      `  TRUST_PROXY must be the number of proxies in front of the server (0, 1, …), not «${process.env.TRUST_PROXY}».`,
    );
    process.exit(1);
  }
  // Proves to the Next.js processes that X-Real-IP comes from here (lib/auth/client-ip.ts); they
  // inherit it from this process's environment.
  const token = randomBytes(32).toString("hex");
  process.env.FRONT_SERVER_TOKEN = token;
  const publicUrl = process.env.SITE_URL || `http://localhost:${port}`;
  // One second after the last change, the 20 pages visitors asked for most are rendered again.
  const front = createFrontServer(
    cache,
    { host: HOST, port: nextPort },
    { publicUrl, token, trustedProxies, rewarmDelayMs: 1000 },
  );
  /** @type {Set<number>} workers whose page cache listens for expiry */
  const participants = new Set();
  /** @type {Map<string, () => void>} "worker:id" → resolve */
  const waiting = new Map();

  let stopping = false;
  /** @param {number} code */
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    // Requests under way are answered first (up to DRAIN_MS), by Next and its database.
    const cut = await front.drain(DRAIN_MS);
    if (cut > 0) log("error", "shutdown", { unanswered: cut, waitedMs: DRAIN_MS });
    const running = Object.values(cluster.workers ?? {}).filter(
      /** @returns {worker is import("node:cluster").Worker} */ (worker) => worker !== undefined && !worker.isDead(),
    );
    if (running.length === 0) process.exit(code);
    let left = running.length;
    for (const worker of running) {
      worker.once("exit", () => --left === 0 && process.exit(code));
      worker.process.kill("SIGTERM");
    }
  };

  let lastId = 0;
  /**
   * @param {import("node:cluster").Worker} worker
   * @param {string[]} tags
   */
  const expireIn = (worker, tags) => {
    const id = `${worker.id}:${++lastId}`;
    return untilAnswered(waiting, id, IPC_TIMEOUT_MS, () => worker.send({ [IPC]: "expire", id, tags }));
  };

  cluster.on("message", async (worker, message) => {
    const kind = message?.[IPC];
    if (kind === "hello") participants.add(worker.id);
    // An answer after the wait ended: that process may have served old pages until now.
    if (kind === "done") (waiting.get(message.id) ?? (() => cache.clear()))();
    if (kind !== "expired") return;
    cache.clear();
    if (message.forward) {
      const others = [...participants]
        .map((id) => cluster.workers?.[id])
        .filter(
          /** @returns {other is import("node:cluster").Worker} */ (other) =>
            other !== undefined && other !== worker && other.isConnected(),
        );
      await Promise.all(others.map((other) => expireIn(other, message.tags)));
      // Pages the others rendered from the old content meanwhile may have been stored.
      cache.clear();
    }
    if (worker.isConnected()) worker.send({ [IPC]: "done", id: message.id });
  });

  cluster.setupPrimary({
    args: ["start", "-p", String(nextPort), "-H", HOST, "--keepAliveTimeout", "70000"],
    silent: true,
  });
  for (let i = 0; i < count; i++) {
    const worker = cluster.fork();
    // Next's banner names the private port; the address to use is printed by npm start.
    worker.process.stdout?.on("data", (chunk) =>
      process.stdout.write(String(chunk).replace(/^.*- (Local|Network):.*\n/gm, "")),
    );
    worker.process.stderr?.pipe(process.stderr);
  }
  // The public port opens when the first Next.js process listens.
  cluster.once("listening", () => front.listen(port));
  front.on("error", (error) => {
    console.error(`  The front server could not listen on port ${port}: ${error.message}`);
    void stop(1);
  });
  // A worker that dies takes the others down with it: the start script reports it and stops.
  cluster.on("exit", (worker, code) => {
    participants.delete(worker.id);
    if (!stopping) console.error(`  A server process stopped (exit code ${code}); stopping the others.`);
    void stop(code ?? 1);
  });
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));
} else {
  // Next loads its cache handler at the first request; loaded now (the same module), it hears
  // of every expiry from the start, and does not serve pages saved on disk before one.
  await import(pathToFileURL(path.resolve("lib", "cache", "cache-handler.mjs")).href);
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  process.argv = [process.execPath, nextBin, ...process.argv.slice(2)];
  await import(pathToFileURL(nextBin).href);
}
