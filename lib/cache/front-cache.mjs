// The front cache: finished public responses (status, headers, body) kept in memory by the front
// server (front-server.mjs), which serves them again without asking Next.js. Next spends about
// 1.5 ms of a core on every request even when it has the page cached; this takes a small
// fraction of that. Like a reverse proxy's cache (nginx, Varnish), it stores only what the
// response allows a shared cache to store, and it is emptied whenever content changes
// (`clear`, from the same expiry that empties Next's cache: cache-handler.mjs).
//
// The rules are in front-cache-rules.mjs.
// Plain JavaScript, checked by tsc through its JSDoc types, because the front server runs
// outside the Next.js build.

import { LRUCache } from "lru-cache";

/** @typedef {import("node:http").IncomingHttpHeaders} IncomingHttpHeaders */
/** @typedef {Record<string, string | string[] | number | undefined>} Headers */
/** @typedef {{ method?: string; url?: string; headers: IncomingHttpHeaders }} Request */
/** @typedef {{ status: number; headers: Headers; body: Buffer }} Response */
/** @typedef {Response & { storedAt: number; hits: number; headerList: string[] }} Entry */

import {
  EDITOR_COOKIES,
  EDITOR_PATHS,
  KEYED_HEADERS,
  MAX_BODY_BYTES,
  NOT_REPLAYED,
  POPULAR_COUNT,
  ROUTER_HEADERS,
  STALE_IF_ERROR_MS,
  acceptsGzip,
  sharedLifetime,
  single,
  varyHeaders,
} from "./front-cache-rules.mjs";
export { frontCacheMegabytes, MAX_BODY_BYTES, sharedLifetime, STALE_IF_ERROR_MS } from "./front-cache-rules.mjs";

export class FrontCache {
  /** @param {{ maxBytes?: number }} [options] 0 bytes: a cache that answers nothing (FRONT_CACHE_MB=0) */
  constructor({ maxBytes = 64 * 1024 * 1024 } = {}) {
    this.enabled = maxBytes > 0;
    this.generation = 0;
    /** @type {Set<(popular: string[]) => void>} */
    this.clearListeners = new Set();
    /** @type {LRUCache<string, Entry>} */
    // Pages past their lifetime stay (noDeleteOnStaleGet) until the space is needed, for `stale`.
    this.entries = new LRUCache({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (entry) => entry.body.length + 1024,
      ttlAutopurge: false,
      noDeleteOnStaleGet: true,
    });
  }

  /**
   * The key of a request this cache may answer, or null when it must go to Next as it is.
   * @param {Request} request
   * @returns {string | null}
   */
  keyOf(request) {
    const { method, url = "", headers } = request;
    if (!this.enabled) return null;
    if ((method !== "GET" && method !== "HEAD") || !url.startsWith("/") || headers.range || headers.authorization)
      return null;
    if (EDITOR_PATHS.test(url) || EDITOR_COOKIES.test(single(headers.cookie))) return null;
    const values = [
      acceptsGzip(headers["accept-encoding"]) ? "gzip" : "",
      ...ROUTER_HEADERS.map((name) => single(headers[name])),
    ];
    // A newline cannot be part of a header value or a request line: the parts stay apart.
    return `${url}\n${values.join("\n")}`;
  }

  /**
   * The request a key stands for: its URL and the keyed headers it had, which is all that Next
   * is told of a request this cache answers (front-server.mjs adds the fixed ones).
   * @param {string} key
   * @returns {{ url: string; headers: Record<string, string> }}
   */
  requestOf(key) {
    const [url = "/", ...values] = key.split("\n");
    const headers = Object.fromEntries(
      KEYED_HEADERS.map((name, i) => [name, values[i] ?? ""]).filter(([, value]) => value),
    );
    return { url, headers };
  }

  /**
   * A stored response for the key, still fresh, with its age in seconds. `headerList` holds its
   * headers and Content-Length as names and values in turn, made once when it was stored, which
   * `response.writeHead` takes as they are (a hit spends most of its time on headers).
   * @param {string} key
   * @returns {(Response & { age: number; headerList: string[] }) | undefined}
   */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.hits++;
    const { status, headers, body, headerList } = entry;
    return { status, headers, body, headerList, age: Math.floor((Date.now() - entry.storedAt) / 1000) };
  }

  /**
   * A stored response for the key even if past its lifetime (up to STALE_IF_ERROR_MS), for when
   * Next cannot answer: the front server then serves it rather than an error.
   * @param {string} key
   * @returns {(Response & { age: number; headerList: string[] }) | undefined}
   */
  stale(key) {
    const entry = this.entries.peek(key, { allowStale: true });
    const ageMs = entry ? Date.now() - entry.storedAt : Infinity;
    if (!entry || ageMs > STALE_IF_ERROR_MS) return undefined;
    const { status, headers, body, headerList } = entry;
    return { status, headers, body, headerList, age: Math.floor(ageMs / 1000) };
  }

  /** @param {string} key */
  has(key) {
    return this.entries.has(key);
  }

  /** Call when a request starts; pass the result to `set` with its response. */
  begin() {
    return this.generation;
  }

  /**
   * Stores the response if it is a shared one and nothing changed since its request began.
   * @param {string | null} key
   * @param {number} began
   * @param {Response} response
   */
  set(key, began, response) {
    const { status, headers, body } = response;
    const lifetime = sharedLifetime(status, headers);
    if (key === null || began !== this.generation || lifetime === null || varyHeaders(headers) === null) return false;
    if (body.length > MAX_BODY_BYTES) return false;
    const kept = Object.fromEntries(
      Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name) && name !== "content-length"),
    );
    /** @type {string[]} */
    const headerList = [];
    for (const [name, value] of Object.entries(kept))
      for (const one of Array.isArray(value) ? value : [value])
        if (one !== undefined) headerList.push(name, String(one));
    headerList.push("content-length", String(body.length));
    this.entries.set(
      key,
      { status, headers: kept, body, headerList, storedAt: Date.now(), hits: 0 },
      { ttl: lifetime * 1000 },
    );
    return this.entries.has(key);
  }

  /** Forgets everything: content changed. The listeners get the keys of the pages asked for most. */
  clear() {
    this.generation++;
    const popular = [...this.entries.entries()]
      .filter(([, entry]) => entry.hits > 0)
      .sort(([, a], [, b]) => b.hits - a.hits)
      .slice(0, POPULAR_COUNT)
      .map(([key]) => key);
    this.entries.clear();
    for (const listener of this.clearListeners) listener(popular);
  }

  /**
   * Calls `listener(popularKeys)` on every `clear`; returns the function that stops it.
   * @param {(popular: string[]) => void} listener
   */
  onClear(listener) {
    this.clearListeners.add(listener);
    return () => this.clearListeners.delete(listener);
  }

  get size() {
    return this.entries.size;
  }
}

/**
 * Headers of a response as it leaves the front server: without the cache's own instructions.
 * @template {Headers} T
 * @param {T} headers
 * @returns {T}
 */
export function outgoingHeaders(headers) {
  return /** @type {T} */ (
    Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "surrogate-control"))
  );
}
