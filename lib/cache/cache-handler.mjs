// Next.js's page and data cache (`cacheHandler` in next.config.ts, Next's documented interface
// for a custom incremental cache: get, set, revalidateTag, resetRequestCache), kept in this
// process's memory, made for "never stale after a save":
//
// 1. An entry is served only while none of its tags has expired since it was stored, checked
//    here with one clock (Date.now()). Next's own check compares Date.now() stamps with
//    performance.timeOrigin + performance.now(), which drift apart in a long-running process (an
//    NTP step moves only the wall clock); while the wall clock is ahead, Next's default cache
//    keeps serving an expired page. Every expiry is immediate, also one with a cache profile:
//    the portal never serves stale content on purpose.
// 2. Renders in flight. A render that read the database before a save and stores its result
//    after the expiry (a link prefetch, a background refresh) would look newer than the expiry.
//    Here an entry whose render began before an expiry of one of its tags is not served; the
//    next request renders it afresh.
// 3. Nothing from before the process started: the cache lives in memory only, so a restart,
//    a save in another instance while this one was down or a database reset to the seed never
//    shows an old page (Next's default keeps its cache on disk across restarts). The pages
//    prerendered at build time are rendered once more on their first request.
//
// Expiry reaches the other processes and instances of the app too (expiry-channel.mjs).
// Plain JavaScript, checked by tsc through its JSDoc types, because Next loads this file at run
// time, outside the TypeScript build.

import { LRUCache } from "lru-cache";
import { onSharedExpiry, shareExpiry } from "./expiry-channel.mjs";

/**
 * What Next stores: a page (APP_PAGE: html, rscData, segmentData, headers with its tags), a route
 * handler's response (APP_ROUTE: body, headers), or data (FETCH, from unstable_cache).
 * @typedef {{ kind?: string; html?: string; rscData?: Buffer; body?: Buffer | string; data?: unknown; segmentData?: Map<string, Buffer>; headers?: Record<string, unknown>; revalidate?: number | false }} CachedValue
 * @typedef {{ tags?: string[]; softTags?: string[]; kind?: string; cacheControl?: { revalidate?: number | false; expire?: number } }} CacheContext
 * @typedef {{ lastModified: number; value: CachedValue; cacheControl?: CacheContext["cacheControl"]; tags: string[] }} Entry
 */

// Per process, like Next's own tag manifest (Next makes a new handler for every request).
/** @type {Map<string, number>} tag → when it last expired */
const expiredAt = new Map();
/** @type {Map<string, number>} key → since when a render of it may be running */
const renderSince = new Map();
/** The cache's size: PAGE_CACHE_MB, 256 unless set (per Next.js process). */
const maxBytes = Math.max(1, Number(process.env.PAGE_CACHE_MB || 256)) * 1024 * 1024;

/** @param {CachedValue} value */
function sizeOf(value) {
  let bytes = 1024 + (value.html?.length ?? 0) + (value.rscData?.length ?? 0);
  for (const segment of value.segmentData?.values() ?? []) bytes += segment.length;
  if (value.body !== undefined) bytes += value.body.length;
  if (value.kind === "FETCH") bytes += JSON.stringify(value.data ?? null).length;
  return bytes;
}

/** @type {LRUCache<string, Entry>} */
const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => sizeOf(entry.value) });

/**
 * A page's tags are in its headers (x-next-cache-tags, the tags of its path and layouts); data
 * is tagged by its caller (unstable_cache's tags) and, when read, by the page reading it.
 * @param {CachedValue} value
 * @param {CacheContext | undefined} ctx
 */
function tagsOf(value, ctx) {
  const header = value.headers?.["x-next-cache-tags"];
  return [...(ctx?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
}

/** @param {string[]} tags */
function expire(tags) {
  const now = Date.now();
  for (const tag of tags) expiredAt.set(tag, now);
}

// Another instance's expiry is stamped on arrival, by this process's clock.
onSharedExpiry(expire);

/**
 * @param {string[]} tags
 * @param {number} time
 */
const expiredSince = (tags, time) => tags.some((tag) => (expiredAt.get(tag) ?? -Infinity) >= time);

/**
 * Next renders an entry after a lookup that found nothing, or one past its revalidate time.
 * @param {Entry | undefined} entry
 * @param {number} now
 */
function rendersNext(entry, now) {
  if (!entry) return true;
  const seconds = entry.cacheControl?.revalidate ?? entry.value.revalidate;
  return typeof seconds === "number" && entry.lastModified + seconds * 1000 < now;
}

export default class MemoryCacheHandler {
  /** @param {unknown} [_options] what Next passes (unused: everything is in this process's memory) */
  constructor(_options) {}

  /**
   * @param {string} key
   * @param {CacheContext} [ctx]
   * @returns {Promise<{ lastModified: number; value: CachedValue; cacheControl?: CacheContext["cacheControl"] } | null>}
   */
  async get(key, ctx) {
    let entry = entries.get(key);
    if (entry && expiredSince([...entry.tags, ...(ctx?.softTags ?? [])], entry.lastModified)) {
      entries.delete(key);
      entry = undefined;
    }
    const now = Date.now();
    if (rendersNext(entry, now) && !renderSince.has(key)) {
      if (renderSince.size >= 100_000) renderSince.clear();
      renderSince.set(key, now);
    }
    return entry ? { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl } : null;
  }

  /**
   * @param {string} key
   * @param {CachedValue | null} data null: forget the entry
   * @param {CacheContext} [ctx]
   */
  async set(key, data, ctx) {
    const since = renderSince.get(key) ?? Date.now();
    renderSince.delete(key);
    if (!data) {
      entries.delete(key);
      return;
    }
    const tags = tagsOf(data, ctx);
    // Rendered across an expiry: it may show the content from before it.
    if (expiredSince(tags, since)) {
      entries.delete(key);
      return;
    }
    entries.set(key, { lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl, tags });
  }

  /**
   * Expires the tags at once, here and in every other process and instance.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [_durations] a cache profile's: ignored, every expiry is immediate
   */
  async revalidateTag(tags, _durations) {
    const list = [tags].flat();
    expire(list);
    await shareExpiry(list);
  }

  resetRequestCache() {}
}
