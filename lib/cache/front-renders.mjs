// One render at a time per page (front-server.mjs). Requests for a page that Next is rendering
// for another visitor wait for that render instead of starting one of their own (as nginx's
// proxy_cache_lock does), and get it from the cache when it was stored. After a save every page is
// asked for afresh, often by many visitors at once, and one first-time search at 100,000 works can
// keep the database busy for half a second: ten of them at once took ten times as long. Only a
// request that began after the last change joins a render (one from before may show old content),
// and a page whose response was not stored is not waited for again for a while (it is private, or
// Next rendered it afresh and keeps it itself).

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */
/** @typedef {import("./front-cache.mjs").FrontCache} FrontCache */
/** @typedef {(unstorable: boolean) => void} Ended called when a response is over: true when it was whole but not one to store */

/**
 * @param {FrontCache} cache
 * @param {object} deps
 * @param {number} deps.joinTimeoutMs how long a request waits for another's render
 * @param {(request: IncomingMessage, response: ServerResponse, key: string) => boolean} deps.fromCache
 * @param {(request: IncomingMessage, response: ServerResponse, key: string | null, ended: Ended) => void} deps.pass
 */
export function createRenders(cache, { joinTimeoutMs, fromCache, pass }) {
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

  return { lead, join, rendering, notStored };
}
