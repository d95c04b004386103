import { NOT_IN_304, sameEntity } from "./front-headers.mjs";

// The front server's answers from its cache (front-server.mjs).

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */
/** @typedef {import("./front-cache.mjs").FrontCache} FrontCache */
/** @typedef {(unstorable: boolean) => void} Ended called when a response is over: true when it was whole but not one to store */

/**
 * @param {FrontCache} cache
 * @param {() => boolean} isDraining true once the server is stopping: kept-alive connections are then closed
 */
export function createReplies(cache, isDraining) {
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
    const ours = ["age", String(hit.age), "x-front-cache", how, ...(isDraining() ? ["connection", "close"] : [])];
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

  return { fromCache, fromStale };
}
