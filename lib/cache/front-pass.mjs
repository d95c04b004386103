import { randomUUID } from "node:crypto";
import http from "node:http";
import { errorText, log, REQUEST_ID_HEADER } from "../log.mjs";
import { cacheTagHeaders } from "./cache-tags.mjs";
import { MAX_BODY_BYTES, outgoingHeaders, sharedLifetime } from "./front-cache.mjs";
import { anonymousHeaders, forwardable, forwardedFor, FRONT_SERVER_HEADER, NEXT_INTERNAL } from "./front-headers.mjs";

// Passing a request on to Next (front-server.mjs): its response is streamed back unchanged while
// a copy is kept for the cache when it may store it; when Next cannot answer, the stored page,
// else a page that says so.

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */
/** @typedef {import("./front-cache.mjs").FrontCache} FrontCache */
/** @typedef {(unstorable: boolean) => void} Ended called when a response is over: true when it was whole but not one to store */

const UNAVAILABLE = `<!doctype html>
<html lang="nb"><meta charset="utf-8"><title>Midlertidig utilgjengelig – Selvhjelp Forskning</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>Siden er midlertidig utilgjengelig</h1>
<p>Selvhjelp Forskning starter på nytt eller er overbelastet. Prøv igjen om et øyeblikk.</p>
</body></html>
`;

/**
 * @param {FrontCache} cache
 * @param {object} deps
 * @param {{ host: string; port: number }} deps.upstream where Next.js listens
 * @param {URL} deps.site the public address, the Host that Next is told
 * @param {string} deps.token sent to Next with every request passed on as it is (FRONT_SERVER_HEADER)
 * @param {number} deps.trustedProxies how many proxies in front add to X-Forwarded-For
 * @param {number} deps.idleTimeoutMs how long Next may stay silent before the visitor gets an error page
 * @param {http.Agent} deps.agent kept-alive connections, for requests without a body
 * @param {http.Agent} deps.freshAgent a connection of its own, for a request with a body
 * @param {WeakMap<IncomingMessage, string>} deps.requestIds the id each request is logged by
 * @param {() => boolean} deps.isDraining true once the server is stopping
 * @param {(request: IncomingMessage, response: ServerResponse, key: string | null) => boolean} deps.fromStale
 */
export function createPass(cache, deps) {
  const { upstream, site, token, trustedProxies, idleTimeoutMs, agent, freshAgent, requestIds, isDraining, fromStale } =
    deps;

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
        ...(isDraining() ? { connection: "close" } : {}),
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

  return pass;
}
