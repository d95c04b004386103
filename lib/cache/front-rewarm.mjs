import http from "node:http";
import { cacheTagHeaders } from "./cache-tags.mjs";
import { sharedLifetime } from "./front-cache.mjs";
import { anonymousHeaders, forwardable } from "./front-headers.mjs";

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */
/** @typedef {import("./front-cache.mjs").FrontCache} FrontCache */
/** @typedef {(unstorable: boolean) => void} Ended called when a response is over: true when it was whole but not one to store */

/**
 * @param {FrontCache} cache
 * @param {object} deps
 * @param {{ host: string; port: number }} deps.upstream where Next.js listens
 * @param {http.Agent} deps.agent
 * @param {URL} deps.site the public address, the Host that Next is told
 * @param {number} deps.idleTimeoutMs how long Next may stay silent
 * @param {number | undefined} deps.rewarmDelayMs how long after the last change (not at all when not given)
 * @param {() => boolean} deps.isListening whether the front server still takes requests
 * @param {(key: string) => Ended} deps.lead registers a render (front-renders.mjs)
 * @param {Map<string, { began: number }>} deps.rendering the renders under way
 */
export function createRewarm(
  cache,
  { upstream, agent, site, idleTimeoutMs, rewarmDelayMs, isListening, lead, rendering },
) {
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
    if (rewarmDelayMs === undefined || !isListening()) return;
    for (const key of keys) toRewarm.add(key);
    clearTimeout(rewarmTimer);
    rewarmTimer = setTimeout(rewarm, rewarmDelayMs);
  };
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
        if (!isListening()) return;
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

  return { schedule: scheduleRewarm, stop: () => clearTimeout(rewarmTimer) };
}
