// The headers the front server (front-server.mjs) passes on, makes and compares: what a proxy
// never forwards, what Next must never take from a visitor, who the visitor is, and the fixed
// headers of a request that the shared cache may answer. Plain JavaScript, like the front server.

// Headers of one connection (RFC 9110, 7.6.1), never passed on by a proxy.
export const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "proxy-authorization",
]);

// Headers by which a request would tell Next how to treat it internally (a middleware prefetch,
// a data request, a matched path): never taken from a visitor.
export const NEXT_INTERNAL = /^(?:x-middleware-|x-nextjs-|x-invoke-|x-next-|x-vercel-|x-now-|x-matched-path$)/;
// Headers describing a body, which a 304 has not.
export const NOT_IN_304 = new Set(["content-length", "content-type", "content-encoding"]);
// The header by which Next knows that X-Real-IP comes from this server (lib/auth/client-ip.ts).
export const FRONT_SERVER_HEADER = "x-front-server";

/**
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @returns {Record<string, string | string[]>}
 */
export function forwardable(headers) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}

/**
 * X-Forwarded-For and X-Real-IP as Next gets them: the visitor's address, which login
 * throttling counts failures by (lib/auth/client-ip.ts). With no proxy in front (`trustedProxies`
 * 0, npm start on a public port) they describe this connection, and what the visitor sent is
 * dropped: otherwise anyone could name a new address on every attempt. Behind N proxies that each
 * add the address they saw (nginx's $proxy_add_x_forwarded_for), the visitor is the address the
 * outermost of them added, and the visitor's own entries before it are kept but not believed.
 * @param {import("node:http").IncomingMessage} request
 * @param {number} trustedProxies
 * @returns {{ "x-forwarded-for": string; "x-real-ip": string }}
 */
export function forwardedFor(request, trustedProxies) {
  const peer = request.socket.remoteAddress ?? "";
  if (trustedProxies === 0) return { "x-forwarded-for": peer, "x-real-ip": peer };
  const given = String(request.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...given, peer];
  return {
    "x-forwarded-for": chain.join(", "),
    "x-real-ip": chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer,
  };
}

/**
 * Whether an If-None-Match names the stored response's ETag (weakly compared, RFC 9110 13.1.2).
 * @param {string} ifNoneMatch
 * @param {string} etag
 */
export function sameEntity(ifNoneMatch, etag) {
  const ours = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === ours || tag.trim() === "*");
}

/**
 * The headers Next gets for a request the front cache may answer: made from the cache key alone
 * (the URL's variant: gzip, router headers) and fixed values, so that what Next renders for it,
 * and what the cache stores, is what a plain browser request for that URL gets.
 * @param {Record<string, string>} keyed the key's headers (FrontCache.requestOf)
 * @param {URL} site the public address
 */
export function anonymousHeaders(keyed, site) {
  return {
    ...keyed,
    host: site.host,
    "x-forwarded-host": site.host,
    "x-forwarded-proto": site.protocol.slice(0, -1),
    "x-forwarded-for": "127.0.0.1",
    "x-real-ip": "127.0.0.1",
    accept: keyed.rsc ? "*/*" : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "user-agent": "Mozilla/5.0 (X11; Linux x86_64) SelvhjelpFrontServer/1",
  };
}
