// The front cache's rules (front-cache.mjs): which requests it may answer, which responses it may
// keep and for how long, and which request headers make a variant.
//
// Rules:
// - Requests: GET and HEAD only, without Range or Authorization, and never an editor's: a request
//   with a session or preview cookie, or to /redaksjon or /api/auth, always goes to Next.
// - What Next is asked: for a request this cache may answer, Next gets a request made from the
//   cache key alone (`upstreamHeaders`): the URL, gzip or not, and Next's router headers, with a
//   fixed Host, address, Accept and User-Agent, and no cookie, conditional or prefetch header. So
//   whatever a visitor adds to a request (x-middleware-prefetch, a forged Host or
//   X-Forwarded-Host, cookies, If-None-Match, …), what is stored is what a plain browser request
//   for that URL gets. A HEAD is asked as a GET and shares its entry.
// - Responses: 200 only, without Set-Cookie, with a lifetime from `Surrogate-Control: max-age`
//   (meant for a server-side cache only, and removed before the response leaves) or else
//   `Cache-Control: s-maxage` or `max-age` (Next's built scripts and styles: a year, as they
//   never change); never `private`, `no-cache` or `no-store` unless Surrogate-Control says so
//   (the overview reads its query, so Next calls it private; the request it answered was the
//   anonymous one above), and of the pages Next keeps itself, only one it answered from its
//   cache (`x-nextjs-cache: HIT`), which its cache handler checked against every expiry. A fresh
//   render (MISS) may be one that began before a save: Next hands one render to every request
//   for the page that arrives while it runs, also to a request that came after the save.
// - Variants: by the request headers a response varies on, when all of them are ones this
//   cache keys on (Next's router headers and Accept-Encoding); any other Vary is not stored.
// - A response whose request began before the last `clear` is not stored: it may have been
//   rendered from content older than the change.
// - `clear` tells its listeners which stored pages visitors asked for most (at least twice), so
//   that the front server can have them rendered again at once (front-server.mjs).
// Plain JavaScript, checked by tsc through its JSDoc types.

/** @typedef {import("node:http").IncomingHttpHeaders} IncomingHttpHeaders */
/** @typedef {Record<string, string | string[] | number | undefined>} Headers */
/** @typedef {{ method?: string; url?: string; headers: IncomingHttpHeaders }} Request */
/** @typedef {{ status: number; headers: Headers; body: Buffer }} Response */
/** @typedef {Response & { storedAt: number; hits: number; headerList: string[] }} Entry */

// Auth.js splits a large session cookie into session-token.0, .1, …
export const EDITOR_COOKIES = /(?:^|;\s*)(?:__Secure-)?(?:authjs\.session-token(?:\.\d+)?|__prerender_bypass)=/;
export const EDITOR_PATHS = /^\/(?:redaksjon|api\/auth)(?:[/?#]|$)/;
// Next's router headers: a client navigation or prefetch asks for an RSC payload, not HTML.
export const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
// The request headers that take part in the key; a response may vary on these and no others.
export const KEYED_HEADERS = ["accept-encoding", ...ROUTER_HEADERS];
// Not forwarded from a stored response: they belong to one connection, or to this cache alone.
export const NOT_REPLAYED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "age",
  "surrogate-control",
]);
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
// How long after its lifetime a stored page may still be served while Next cannot answer (the
// database is away: a 503, or Next is down: no answer), as `stale-if-error` (RFC 5861) allows.
// A change empties the cache, so such a page is never older than the last save.
export const STALE_IF_ERROR_MS = 24 * 60 * 60 * 1000;
// How many of the most asked-for pages `clear` reports.
export const POPULAR_COUNT = 20;

/** The front cache's size: FRONT_CACHE_MB, 64 unless set; 0 turns the cache off. */
export function frontCacheMegabytes(env = process.env) {
  return Number(env.FRONT_CACHE_MB ?? 64);
}

/**
 * Seconds a shared cache may keep the response, or null when it must not keep it.
 * @param {number} status
 * @param {Headers} headers
 * @returns {number | null}
 */
export function sharedLifetime(status, headers) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return null;
  const fromNext = headers["x-nextjs-cache"];
  if (fromNext !== undefined && String(fromNext).toUpperCase() !== "HIT") return null;
  const surrogate = directives(headers["surrogate-control"]);
  if (surrogate.has("no-store")) return null;
  if (surrogate.has("max-age")) return seconds(surrogate.get("max-age"));
  const control = directives(headers["cache-control"]);
  if (control.has("private") || control.has("no-store") || control.has("no-cache")) return null;
  if (control.has("s-maxage")) return seconds(control.get("s-maxage"));
  return control.has("max-age") ? seconds(control.get("max-age")) : null;
}

/**
 * @param {Headers[string]} value
 * @returns {Map<string, string | undefined>}
 */
function directives(value) {
  const map = new Map();
  for (const part of String(value ?? "").split(",")) {
    const [name, argument] = part.trim().toLowerCase().split("=");
    if (name) map.set(name, argument?.replace(/^"|"$/g, ""));
  }
  return map;
}

/** @param {string | undefined} text */
function seconds(text) {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * The request headers a response varies on, or null when one of them is not keyed here.
 * @param {Headers} headers
 */
export function varyHeaders(headers) {
  const names = String(headers.vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.every((name) => KEYED_HEADERS.includes(name)) ? names : null;
}

/**
 * Whether the visitor takes gzip (Next compresses with gzip only): a plain yes or no, so that
 * the many ways of writing Accept-Encoding make two variants, not one per spelling.
 * @param {string | string[] | undefined} value
 */
export function acceptsGzip(value) {
  const gzip = String(value ?? "")
    .toLowerCase()
    .split(",")
    .map((part) => part.trim().split(";"))
    .find(([coding]) => coding?.trim() === "gzip" || coding?.trim() === "*");
  if (!gzip) return false;
  const q = gzip.slice(1).find((parameter) => parameter.trim().startsWith("q="));
  return q === undefined || Number(q.trim().slice(2)) > 0;
}

/** @param {string | string[] | undefined} value */
export const single = (value) => (Array.isArray(value) ? value.join(", ") : (value ?? ""));
