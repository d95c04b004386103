// The front server: the process that owns the public port. It answers from the front cache
// (front-cache.mjs) what it may, and passes every other request on to the Next.js server
// processes behind it, streaming their responses back unchanged while keeping a copy of those
// the cache may store. Started by scripts/serve.mjs.
//
// Requests for a page that Next is rendering for another visitor wait for that render instead of
// starting one of their own (as nginx's proxy_cache_lock does), and get it from the cache when it
// was stored. After a save every page is asked for afresh, often by many visitors at once, and
// one first-time search at 100,000 works can keep the database busy for half a second: ten of
// them at once took ten times as long. Only a request that began after the last change joins a
// render (one from before may show old content), and a page whose response was not stored is not
// waited for again for a while (it is private, or Next rendered it afresh and keeps it itself).
// Plain JavaScript because it runs outside the Next.js build.

import { randomUUID } from "node:crypto";
import http from "node:http";
import { errorText, log, REQUEST_ID_HEADER, validRequestId } from "../log.mjs";
import { cacheTagHeaders } from "./cache-tags.mjs";
import { MAX_BODY_BYTES, outgoingHeaders, sharedLifetime } from "./front-cache.mjs";
import {
  anonymousHeaders,
  forwardable,
  forwardedFor,
  FRONT_SERVER_HEADER,
  NEXT_INTERNAL,
  NOT_IN_304,
  sameEntity,
} from "./front-headers.mjs";

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */
/** @typedef {(unstorable: boolean) => void} Ended called when a response is over: true when it was whole but not one to store */

const UNAVAILABLE = `<!doctype html>
<html lang="nb"><meta charset="utf-8"><title>Midlertidig utilgjengelig – Selvhjelp Forskning</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>Siden er midlertidig utilgjengelig</h1>
<p>Selvhjelp Forskning starter på nytt eller er overbelastet. Prøv igjen om et øyeblikk.</p>
</body></html>
`;

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

  /** @type {Map<string, { began: number; done: Promise<void> }>} renders others may join */
  const rendering = new Map();
  /** @type {Map<string, number>} key → until when requests for it do not wait for each other */
  const notStored = new Map();

  /**
   * Registers the request as the one render of its key, unless its pages are not stored; returns the callback for when it ends.
   * @param {string | null} key
   * @returns {Ended}
   */
  function lead(key) {
    if (key === null || (notStored.get(key) ?? 0) > Date.now()) return () => {};
    /** @type {() => void} */
    let finish = () => {};
    const began = cache.begin();
    /** @type {Promise<void>} */
    const done = new Promise((resolve) => (finish = resolve));
    rendering.set(key, { began, done });
    let over = false;
    return (unstorable) => {
      if (over) return;
      over = true;
      if (rendering.get(key)?.done === done) rendering.delete(key);
      if (unstorable) {
        if (notStored.size >= 10_000) notStored.clear();
        notStored.set(key, Date.now() + 10_000);
      }
      finish();
    };
  }

  /**
   * Waits for a render of the same page that began after the last change, if one is running; false if none.
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   * @param {string} key
   * @returns {boolean}
   */
  function join(request, response, key, deadline = Date.now() + joinTimeoutMs) {
    const running = rendering.get(key);
    if (!running || running.began !== cache.begin()) return false;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    /** @type {Promise<boolean>} */
    const waited = new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()), false)));
    Promise.race([running.done.then(() => true), waited]).then((finished) => {
      clearTimeout(timer);
      if (request.socket.destroyed || fromCache(request, response, key)) return;
      // That render stored nothing (its visitor left, or Next failed): the first of those who
      // waited asks Next, and the others wait for that one.
      if (finished && join(request, response, key, deadline)) return;
      pass(request, response, key, lead(key));
    });
    return true;
  }

  // After a change, the pages visitors asked for most are rendered again, one at a time, once
  // the changes have settled: the next visitor then gets them from the cache instead of waiting
  // (or joins the render that is under way). A new change stops the round and starts another.
  /** @type {NodeJS.Timeout | undefined} */
  let rewarmTimer;
  /** @type {Set<string>} */
  let toRewarm = new Set();
  let rewarming = false;
  let rewarmAgain = false;
  /** @param {string[]} keys */
  const scheduleRewarm = (keys) => {
    if (rewarmDelayMs === undefined || !server.listening) return;
    for (const key of keys) toRewarm.add(key);
    clearTimeout(rewarmTimer);
    rewarmTimer = setTimeout(rewarm, rewarmDelayMs);
  };
  // After a change, whether a page can be stored is found out afresh.
  const stopListening = cache.onClear((popular) => {
    notStored.clear();
    scheduleRewarm(popular);
  });

  /** One round at a time: a round that is due while another runs follows it. */
  async function rewarm() {
    if (rewarming) {
      rewarmAgain = true;
      return;
    }
    rewarming = true;
    try {
      const keys = [...toRewarm];
      toRewarm = new Set();
      const generation = cache.begin();
      for (const [index, key] of keys.entries()) {
        if (!server.listening) return;
        if (cache.begin() !== generation) {
          // Changed again: the rest go into the next round.
          scheduleRewarm(keys.slice(index));
          return;
        }
        if (!cache.has(key) && rendering.get(key)?.began !== generation) await renderAgain(key);
      }
    } finally {
      rewarming = false;
      if (rewarmAgain) {
        rewarmAgain = false;
        void rewarm();
      }
    }
  }

  /**
   * Asks Next for the page of `key` as a visitor would, and stores it; once more if Next rendered it afresh for its own cache.
   * @param {string} key
   * @returns {Promise<void>}
   */
  function renderAgain(key, attempt = 1) {
    const ended = lead(key);
    const began = cache.begin();
    const { url, headers } = cache.requestOf(key);
    return new Promise((resolve) => {
      const outgoing = http.request(
        { ...upstream, agent, method: "GET", path: url, headers: anonymousHeaders(headers, site) },
        (incoming) => {
          /** @type {Buffer[]} */
          const chunks = [];
          incoming.on("data", (/** @type {Buffer} */ chunk) => chunks.push(chunk));
          incoming.on("error", () => resolve(ended(false)));
          incoming.on("end", () => {
            const status = incoming.statusCode ?? 502;
            const received = forwardable(incoming.headers);
            // Named for a CDN as when a visitor's request stored it (pass below).
            Object.assign(received, cacheTagHeaders(url, received));
            const stored = cache.set(key, began, { status, headers: received, body: Buffer.concat(chunks) });
            const renderedAfresh =
              !stored && attempt === 1 && received["x-nextjs-cache"] !== undefined && began === cache.begin();
            ended(!stored && !renderedAfresh && began === cache.begin() && sharedLifetime(status, received) === null);
            // Overtaken by a further change: rendered once more in the next round.
            if (began !== cache.begin()) scheduleRewarm([key]);
            resolve(renderedAfresh ? renderAgain(key, 2) : undefined);
          });
        },
      );
      outgoing.on("error", () => resolve(ended(false)));
      outgoing.setTimeout(idleTimeoutMs, () => outgoing.destroy(new Error("Next did not answer")));
      outgoing.end();
    });
  }

  /**
   * Answers from the cache, if it has the page: a HEAD without the body, and a browser whose copy
   * is the same (If-None-Match) with 304.
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   * @param {string} key
   */
  function fromCache(request, response, key) {
    const hit = cache.get(key);
    if (!hit) return false;
    reply(request, response, hit, "HIT");
    return true;
  }

  /**
   * Sends a stored response.
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   * @param {NonNullable<ReturnType<typeof cache.get>>} hit
   * @param {"HIT" | "STALE"} how
   */
  function reply(request, response, hit, how) {
    const ours = ["age", String(hit.age), "x-front-cache", how, ...(draining ? ["connection", "close"] : [])];
    const etag = hit.headers.etag;
    const browserHas = request.headers["if-none-match"];
    if (browserHas !== undefined && typeof etag === "string" && sameEntity(browserHas, etag)) {
      const kept = hit.headerList.filter((_, i, list) => !NOT_IN_304.has(list[i - (i % 2)] ?? ""));
      response.writeHead(304, [...kept, ...ours]);
      response.end();
      return;
    }
    response.writeHead(hit.status, [...hit.headerList, ...ours]);
    response.end(request.method === "HEAD" ? undefined : hit.body);
  }

  /**
   * When Next cannot answer (an error status, or no answer): the stored page, even past its
   * lifetime, if there is one (stale-if-error); true if it was sent.
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   * @param {string | null} key
   */
  function fromStale(request, response, key) {
    const stale = key === null ? undefined : cache.stale(key);
    if (!stale) return false;
    reply(request, response, stale, "STALE");
    return true;
  }

  /**
   * What Next is asked: for a page the cache may keep, the anonymous request its key stands for
   * (a GET, also for a HEAD); for any other request the visitor's, without Next's internal
   * headers, with the address from the connection and the public Host.
   * @param {import("node:http").IncomingMessage} request
   * @param {string | null} key
   */
  function upstreamRequest(request, key) {
    const requestId = requestIds.get(request) ?? randomUUID();
    if (key !== null) {
      const { url, headers } = cache.requestOf(key);
      return {
        method: "GET",
        path: url,
        headers: { ...anonymousHeaders(headers, site), [REQUEST_ID_HEADER]: requestId },
      };
    }
    const headers = forwardable(request.headers);
    for (const name of Object.keys(headers)) if (NEXT_INTERNAL.test(name)) delete headers[name];
    Object.assign(headers, forwardedFor(request, trustedProxies), {
      host: site.host,
      "x-forwarded-host": site.host,
      "x-forwarded-proto": site.protocol.slice(0, -1),
      [FRONT_SERVER_HEADER]: token,
      [REQUEST_ID_HEADER]: requestId,
    });
    // Their body is never sent on; a length announced for it would make Next wait for it on a
    // shared connection, and read the next visitor's request as that body.
    if (request.method === "GET" || request.method === "HEAD") delete headers["content-length"];
    return { method: request.method ?? "GET", path: request.url ?? "/", headers };
  }

  /**
   * Passes the request on to Next; `ended(unstorable)` is called when its response is over, with
   * true when it was whole but not one to store.
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   * @param {string | null} key
   * @param {(unstorable: boolean) => void} [ended]
   * @param {number} [attempt]
   */
  function pass(request, response, key, ended = () => {}, attempt = 1) {
    const began = cache.begin();
    const asked = upstreamRequest(request, key);
    const idempotent = asked.method === "GET" || asked.method === "HEAD";
    const withoutBody = request.method === "HEAD";
    let abandoned = false; // the visitor left before the answer was complete
    const options = { ...upstream, agent: idempotent ? agent : freshAgent, ...asked };
    const outgoing = http.request(options, (incoming) => {
      if (abandoned) return void incoming.destroy();
      const status = incoming.statusCode ?? 502;
      if (status >= 500 && fromStale(request, response, key)) {
        incoming.resume();
        incoming.on("end", () => ended(false));
        return;
      }
      const received = forwardable(incoming.headers);
      // What a CDN in front may keep names what it is about (cache-tags.mjs); stored so too.
      if (idempotent) Object.assign(received, cacheTagHeaders(asked.path, received));
      response.writeHead(status, {
        ...outgoingHeaders(received),
        ...(key !== null ? { "x-front-cache": "MISS" } : {}),
        [REQUEST_ID_HEADER]: String(asked.headers[REQUEST_ID_HEADER]),
        ...(draining ? { connection: "close" } : {}),
      });
      // A copy for the cache, unless it may not or cannot keep it.
      /** @type {Buffer[] | null} */
      let chunks = key !== null && sharedLifetime(status, received) !== null ? [] : null;
      let size = 0;
      incoming.on("data", (/** @type {Buffer} */ chunk) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) chunks = null;
        chunks?.push(chunk);
      });
      incoming.on("end", () => {
        const stored =
          chunks !== null && cache.set(key, began, { status, headers: received, body: Buffer.concat(chunks) });
        // (A render overtaken by a change is not stored, but the page may be.)
        ended(!stored && (chunks === null || began === cache.begin()));
        if (withoutBody) response.end();
      });
      incoming.on("error", () => response.destroy());
      if (withoutBody) incoming.resume();
      else incoming.pipe(response);
    });
    outgoing.on("error", (/** @type {NodeJS.ErrnoException} */ error) => {
      if (abandoned) return; // (the visitor's leaving destroyed it)
      // A kept-alive connection that Next closed at that moment: ask once more.
      if (
        attempt === 1 &&
        idempotent &&
        outgoing.reusedSocket &&
        error.code === "ECONNRESET" &&
        !response.headersSent
      ) {
        pass(request, response, key, ended, 2);
        return;
      }
      ended(false);
      const status = error.code === "ETIMEDOUT" ? 504 : 502;
      log("error", "upstream-error", {
        requestId: String(asked.headers[REQUEST_ID_HEADER]),
        method: asked.method,
        path: asked.path.split("?")[0],
        status,
        error: errorText(error),
      });
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (fromStale(request, response, key)) return;
      response.writeHead(status, {
        "content-type": "text/html; charset=utf-8",
        "retry-after": "5",
        "cache-control": "no-store",
      });
      response.end(withoutBody ? undefined : UNAVAILABLE);
    });
    // Silence, not length: a long streamed answer is fine, a stuck one is ended.
    outgoing.setTimeout(idleTimeoutMs, () =>
      outgoing.destroy(Object.assign(new Error("Next did not answer"), { code: "ETIMEDOUT" })),
    );
    response.on("close", () => {
      if (response.writableFinished) return;
      abandoned = true;
      outgoing.destroy();
      ended(false);
    });
    // Only a request with a body is streamed on; it is sent once (see freshAgent).
    if (idempotent) outgoing.end();
    else request.pipe(outgoing);
  }

  /** @type {WeakMap<IncomingMessage, string>} the id each request is logged by, also in Next (lib/log.mjs) */
  const requestIds = new WeakMap();
  // Requests not yet answered, for `drain`.
  let inFlight = 0;
  let draining = false;
  /** @type {(() => void) | null} */
  let drained = null;

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
    clearTimeout(rewarmTimer);
    stopListening();
    agent.destroy();
    freshAgent.destroy();
  });
  return Object.assign(server, { drain });
}
