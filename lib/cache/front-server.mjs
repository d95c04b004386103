// The front server: the process that owns the public port. It answers from the front cache
// (front-cache.mjs) what it may, and passes every other request on to the Next.js server
// processes behind it (front-pass.mjs), streaming their responses back unchanged while keeping a
// copy of those the cache may store. One render at a time per page (front-renders.mjs); after a
// change the most asked-for pages are rendered again (front-rewarm.mjs). Started by
// scripts/serve.mjs. Plain JavaScript because it runs outside the Next.js build.

import { randomUUID } from "node:crypto";
import http from "node:http";
import { REQUEST_ID_HEADER, validRequestId } from "../log.mjs";
import { createPass } from "./front-pass.mjs";
import { createRenders } from "./front-renders.mjs";
import { createReplies } from "./front-replies.mjs";
import { createRewarm } from "./front-rewarm.mjs";

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */

/**
 * @typedef {object} FrontServerOptions
 * @property {string} [publicUrl] the site's public address (SITE_URL): the Host that Next is told
 * @property {string} [token] sent to Next with every request passed on as it is, so that Next can
 *   tell this server's X-Real-IP from a visitor's (FRONT_SERVER_HEADER)
 * @property {number} [idleTimeoutMs] how long Next may stay silent before the visitor gets an error page
 * @property {number} [joinTimeoutMs] how long a request waits for another's render
 * @property {number} [trustedProxies] how many proxies in front of this server add to X-Forwarded-For
 * @property {number} [rewarmDelayMs] how long after the last change the most asked-for pages are
 *   rendered again (not at all when not given)
 */

/**
 * @param {import("./front-cache.mjs").FrontCache} cache (one of 0 bytes passes every request on)
 * @param {{ host: string; port: number }} upstream where Next.js listens
 * @param {FrontServerOptions} [options]
 */
export function createFrontServer(cache, upstream, options = {}) {
  const { idleTimeoutMs = 120_000, joinTimeoutMs = 15_000, trustedProxies = 0, rewarmDelayMs, token = "" } = options;
  const site = new URL(options.publicUrl ?? "http://localhost:3000");
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  // A request with a body (a save, an import) gets a connection of its own: on a kept-alive one
  // that Next closes at that moment it would fail, and its body cannot be sent again.
  const freshAgent = new http.Agent({ keepAlive: false });

  // Requests not yet answered, for `drain`.
  let inFlight = 0;
  let draining = false;
  /** @type {(() => void) | null} */
  let drained = null;

  /** @type {WeakMap<IncomingMessage, string>} the id each request is logged by, also in Next (lib/log.mjs) */
  const requestIds = new WeakMap();
  const isDraining = () => draining;
  const { fromCache, fromStale } = createReplies(cache, isDraining);
  const pass = createPass(cache, {
    upstream,
    site,
    token,
    trustedProxies,
    idleTimeoutMs,
    agent,
    freshAgent,
    requestIds,
    isDraining,
    fromStale,
  });
  const { lead, join, rendering, notStored } = createRenders(cache, { joinTimeoutMs, fromCache, pass });
  const rewarm = createRewarm(cache, {
    upstream,
    agent,
    site,
    idleTimeoutMs,
    rewarmDelayMs,
    isListening: () => server.listening,
    lead,
    rendering,
  });
  // After a change, whether a page can be stored is found out afresh.
  const stopListening = cache.onClear((popular) => {
    notStored.clear();
    rewarm.schedule(popular);
  });

  const server = http.createServer((request, response) => {
    inFlight++;
    response.once("close", () => {
      inFlight--;
      if (draining && inFlight === 0) drained?.();
    });
    const key = cache.keyOf(request);
    if (key !== null && (fromCache(request, response, key) || join(request, response, key))) return;
    // A proxy in front may hand its own request id on; a visitor may not choose one.
    requestIds.set(request, (trustedProxies > 0 && validRequestId(request.headers[REQUEST_ID_HEADER])) || randomUUID());
    pass(request, response, key, lead(key));
  });
  server.keepAliveTimeout = 65_000;

  /**
   * Stops taking connections and lets the requests under way finish, for up to `timeoutMs`
   * (SIGTERM: scripts/serve.mjs); connections kept alive are closed after their current answer.
   * Resolves when all are answered or the time is up, with how many were cut off.
   * @param {number} timeoutMs
   * @returns {Promise<number>}
   */
  function drain(timeoutMs) {
    draining = true;
    server.close();
    server.closeIdleConnections();
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(inFlight), timeoutMs);
      /** @param {number} cut */
      const finish = (cut) => {
        clearTimeout(timer);
        drained = null;
        server.closeAllConnections();
        resolve(cut);
      };
      if (inFlight === 0) finish(0);
      else drained = () => finish(0);
    });
  }
  server.on("close", () => {
    rewarm.stop();
    stopListening();
    agent.destroy();
    freshAgent.destroy();
  });
  return Object.assign(server, { drain });
}
