// Next.js's own file-system cache for pages and data, made safe for "never stale after a
// publish". Three gaps in Next 16.4's expiry check are closed here:
//
// 1. Two clocks. Next stamps an expiry with Date.now() but compares it with
//    performance.timeOrigin + performance.now(). The two drift apart in a long-running process
//    (an NTP step moves only the wall clock); while the wall clock is ahead, an expired page
//    keeps being served. Here both sides use Date.now().
// 2. Renders in flight. A render that read the database before a publish and stores its
//    result after the expiry (a link prefetch, a background refresh) is stamped with the time
//    it was stored, so it looks newer than the expiry. Here an entry whose render began
//    before an expiry of one of its tags is not served; the next request renders it afresh.
//
// 3. Entries from before the process started. Next keeps its cache on disk across restarts and
//    serves such an entry once more while it renders it afresh, though the content may have
//    changed meanwhile: a save in another instance, or a database reset to the seed. Here an
//    entry older than the process is not served.
//
// Expiry reaches the other instances of the app on the same database too (expiry-channel.mjs).
// Plain JavaScript because Next loads this file at run time, outside the TypeScript build.

import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { onSharedExpiry, shareExpiry } from "./expiry-channel.mjs";

// Node hands over the CommonJS exports object; bundlers (Vitest) its default export.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

// Per process, like Next's own tag manifest (a new handler is made for every request).
const expiredAt = new Map(); // tag → when it last expired
const renderSince = new Map(); // key → since when a render of it may be running
const bornStale = new Set(); // keys whose stored entry was rendered across an expiry
const startedAt = Date.now();

function tagsOf(value, ctx) {
  if (value?.kind === "FETCH") return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

function expire(tags) {
  const now = Date.now();
  for (const tag of tags) expiredAt.set(tag, now);
}

// Another instance's expiry is stamped on arrival, by this process's clock.
onSharedExpiry(expire);

const expiredSince = (tags, time) => tags.some((tag) => (expiredAt.get(tag) ?? -Infinity) >= time);

// Next renders an entry after a lookup that found nothing, or one past its revalidate time.
function rendersNext(entry, now) {
  if (!entry) return true;
  const seconds = entry.cacheControl?.revalidate;
  return typeof seconds === "number" && entry.lastModified + seconds * 1000 < now;
}

export default class ClockSafeCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    let entry = await super.get(key, ctx);
    if (entry && (entry.lastModified < startedAt || bornStale.has(key) || expiredSince(tagsOf(entry.value, ctx), entry.lastModified))) entry = null;
    const now = Date.now();
    if (rendersNext(entry, now) && !renderSince.has(key)) renderSince.set(key, now);
    return entry;
  }

  async set(key, data, ctx) {
    const since = renderSince.get(key) ?? Date.now();
    renderSince.delete(key);
    if (data && expiredSince(tagsOf(data, ctx), since)) bornStale.add(key);
    else bornStale.delete(key);
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    // Without durations (revalidatePath, updateTag) the tags expire at once; with them
    // (revalidateTag with a profile) Next serves stale content on purpose.
    if (!durations || durations.expire === 0) {
      expire([tags].flat());
      await shareExpiry([tags].flat());
    }
    return super.revalidateTag(tags, durations);
  }
}
