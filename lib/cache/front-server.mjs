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

import http from "node:http";
import { MAX_BODY_BYTES, outgoingHeaders, sharedLifetime } from "./front-cache.mjs";

// Headers of one connection (RFC 9110, 7.6.1), never passed on by a proxy.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization"]);

const UNAVAILABLE = `<!doctype html>
<html lang="nb"><meta charset="utf-8"><title>Midlertidig utilgjengelig – Selvhjelp Forskning</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>Siden er midlertidig utilgjengelig</h1>
<p>Selvhjelp Forskning starter på nytt eller er overbelastet. Prøv igjen om et øyeblikk.</p>
</body></html>
`;

function forwardable(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

/**
 * The X-Forwarded-* headers Next gets, and X-Real-IP: the visitor's address, which login
 * throttling counts failures by (lib/auth/config.ts). With no proxy in front (`trustedProxies`
 * 0, npm start on a public port) they describe this connection, and what the visitor sent is
 * dropped: otherwise anyone could name a new address on every attempt. Behind N proxies that each
 * add the address they saw (nginx's $proxy_add_x_forwarded_for), the visitor is the address the
 * outermost of them added, and the visitor's own entries before it are kept but not believed.
 */
export function forwardedHeaders(request, trustedProxies) {
  const peer = request.socket.remoteAddress ?? "";
  const own = { "x-forwarded-proto": request.socket.encrypted ? "https" : "http", "x-forwarded-host": request.headers.host ?? "" };
  if (trustedProxies === 0) return { "x-forwarded-for": peer, "x-real-ip": peer, ...own };
  const given = String(request.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...given, peer];
  return {
    "x-forwarded-for": chain.join(", "),
    "x-real-ip": chain[Math.max(0, chain.length - 1 - trustedProxies)],
    "x-forwarded-proto": request.headers["x-forwarded-proto"] ?? own["x-forwarded-proto"],
    "x-forwarded-host": request.headers["x-forwarded-host"] ?? own["x-forwarded-host"],
  };
}

/**
 * @param {import("./front-cache.mjs").FrontCache | null} cache null: pass every request on
 * @param {{ host: string; port: number }} upstream where Next.js listens
 * @param {{ idleTimeoutMs?: number; joinTimeoutMs?: number; trustedProxies?: number; rewarmDelayMs?: number }} [options]
 *   how long Next may stay silent before the visitor gets an error page, how long a request
 *   waits for another's render, how many proxies in front of this server add to
 *   X-Forwarded-For, and how long after the last change the most asked-for pages are rendered
 *   again (not at all when not given)
 */
export function createFrontServer(cache, upstream, { idleTimeoutMs = 120_000, joinTimeoutMs = 15_000, trustedProxies = 0, rewarmDelayMs } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  // A request with a body (a save, an import) gets a connection of its own: on a kept-alive one
  // that Next closes at that moment it would fail, and its body cannot be sent again.
  const freshAgent = new http.Agent({ keepAlive: false });

  const rendering = new Map(); // key → { began, done: Promise<void> }: renders others may join
  const notStored = new Map(); // key → until when requests for it do not wait for each other

  /** Registers the request as the one render of its key, unless its pages are not stored; returns the callback for when it ends. */
  function lead(key) {
    if (key === null || (notStored.get(key) ?? 0) > Date.now()) return () => {};
    let finish = () => {};
    const began = cache.begin();
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

  /** Waits for a render of the same page that began after the last change, if one is running; false if none. */
  function join(request, response, key, deadline = Date.now() + joinTimeoutMs) {
    const running = key === null ? undefined : rendering.get(key);
    if (!running || running.began !== cache.begin()) return false;
    let timer;
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
  let rewarmTimer;
  let toRewarm = new Set();
  let rewarming = false;
  let rewarmAgain = false;
  const scheduleRewarm = (keys) => {
    if (rewarmDelayMs === undefined || !server.listening) return;
    for (const key of keys) toRewarm.add(key);
    clearTimeout(rewarmTimer);
    rewarmTimer = setTimeout(rewarm, rewarmDelayMs);
  };
  // After a change, whether a page can be stored is found out afresh.
  const stopListening =
    cache?.onClear((popular) => {
      notStored.clear();
      scheduleRewarm(popular);
    }) ?? (() => {});

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

  /** Asks Next for the page of `key` as a visitor would, and stores it; once more if Next rendered it afresh for its own cache. */
  function renderAgain(key, attempt = 1) {
    const ended = lead(key);
    const began = cache.begin();
    const { url, headers } = cache.requestOf(key);
    const local = { "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1", "x-forwarded-proto": "http" };
    return new Promise((resolve) => {
      const outgoing = http.request({ ...upstream, agent, method: "GET", path: url, headers: { ...headers, ...local } }, (incoming) => {
        const chunks = [];
        incoming.on("data", (chunk) => chunks.push(chunk));
        incoming.on("error", () => resolve(ended(false)));
        incoming.on("end", () => {
          const status = incoming.statusCode ?? 502;
          const received = forwardable(incoming.headers);
          const stored = cache.set(key, began, { status, headers: received, body: Buffer.concat(chunks) });
          const renderedAfresh = !stored && attempt === 1 && received["x-nextjs-cache"] !== undefined && began === cache.begin();
          ended(!stored && !renderedAfresh && began === cache.begin() && sharedLifetime(status, received) === null);
          // Overtaken by a further change: rendered once more in the next round.
          if (began !== cache.begin()) scheduleRewarm([key]);
          resolve(renderedAfresh ? renderAgain(key, 2) : undefined);
        });
      });
      outgoing.on("error", () => resolve(ended(false)));
      outgoing.setTimeout(idleTimeoutMs, () => outgoing.destroy(new Error("Next did not answer")));
      outgoing.end();
    });
  }

  function fromCache(request, response, key) {
    const hit = cache?.get(key);
    if (!hit) return false;
    response.writeHead(hit.status, { ...hit.headers, age: String(hit.age), "x-front-cache": "HIT", "content-length": String(hit.body.length) });
    response.end(hit.body);
    return true;
  }

  /** Passes the request on to Next; `ended(unstorable)` is called when its response is over, with true when it was whole but not one to store. */
  function pass(request, response, key, ended = () => {}, attempt = 1) {
    const began = cache?.begin();
    const headers = forwardable(request.headers);
    Object.assign(headers, forwardedHeaders(request, trustedProxies));

    const idempotent = request.method === "GET" || request.method === "HEAD";
    // Their body is never sent on; a length announced for it would make Next wait for it on a
    // shared connection, and read the next visitor's request as that body.
    if (idempotent) delete headers["content-length"];
    // A page the cache may keep is asked for whole: a 304 for one browser is nothing to store.
    if (key !== null) for (const name of ["if-none-match", "if-modified-since", "if-range"]) delete headers[name];
    let abandoned = false; // the visitor left before the answer was complete
    const options = { ...upstream, agent: idempotent ? agent : freshAgent, method: request.method, path: request.url, headers };
    const outgoing = http.request(options, (incoming) => {
      if (abandoned) return void incoming.destroy();
      const status = incoming.statusCode ?? 502;
      const received = forwardable(incoming.headers);
      response.writeHead(status, { ...outgoingHeaders(received), ...(key !== null && cache ? { "x-front-cache": "MISS" } : {}) });
      // A copy for the cache, unless it may not or cannot keep it.
      let chunks = key !== null && cache && sharedLifetime(status, received) !== null ? [] : null;
      let size = 0;
      incoming.on("data", (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) chunks = null;
        chunks?.push(chunk);
      });
      incoming.on("end", () => {
        const stored = chunks !== null && cache.set(key, began, { status, headers: received, body: Buffer.concat(chunks) });
        // (A render overtaken by a change is not stored, but the page may be.)
        ended(!stored && (chunks === null || began === cache.begin()));
      });
      incoming.on("error", () => response.destroy());
      incoming.pipe(response);
    });
    outgoing.on("error", (error) => {
      if (abandoned) return; // (the visitor's leaving destroyed it)
      // A kept-alive connection that Next closed at that moment: ask once more.
      if (attempt === 1 && idempotent && outgoing.reusedSocket && error.code === "ECONNRESET" && !response.headersSent) {
        pass(request, response, key, ended, 2);
        return;
      }
      ended(false);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const status = error.code === "ETIMEDOUT" ? 504 : 502;
      response.writeHead(status, { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : UNAVAILABLE);
    });
    // Silence, not length: a long streamed answer is fine, a stuck one is ended.
    outgoing.setTimeout(idleTimeoutMs, () => outgoing.destroy(Object.assign(new Error("Next did not answer"), { code: "ETIMEDOUT" })));
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

  const server = http.createServer((request, response) => {
    const key = cache ? cache.keyOf(request) : null;
    if (key !== null && (fromCache(request, response, key) || join(request, response, key))) return;
    pass(request, response, key, lead(key));
  });
  server.keepAliveTimeout = 65_000;
  server.on("close", () => {
    clearTimeout(rewarmTimer);
    stopListening();
    agent.destroy();
    freshAgent.destroy();
  });
  return server;
}
