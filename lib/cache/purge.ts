import "server-only";
import { after } from "next/server";
import type { EntityType } from "@/lib/content/entities";
import { env } from "@/lib/env";
import { errorText, log } from "@/lib/log.mjs";
import { LISTS_TAG, SITE_TAG } from "./cache-tags.mjs";
import { entryTags } from "./entry-tags";

// The purge hook for a CDN or Varnish in front (the tags: cache-tags.mjs). After every save,
// once the editor has the answer, the tags of what changed are posted to PURGE_URL: as JSON
// `{"tags": [...]}` (Cloudflare's purge_cache takes exactly this) and as a `Surrogate-Key`
// header (Fastly, Varnish). With PURGE_TOKEN, as `Authorization: Bearer <token>`. Without
// PURGE_URL nothing is sent and nothing is read for it.

// Cloudflare takes at most 100 tags per purge request.
const TAGS_PER_REQUEST = 100;
const TIMEOUT_MS = 10_000;
// A purge that fails is tried again after these pauses; then it is logged as an error, and the
// CDN keeps the old page until its lifetime ends (s-maxage: five minutes).
const RETRY_PAUSES_MS = [1_000, 5_000];

type PurgeTarget = { url: string; token?: string; userAgent: string; timeoutMs?: number; retryPausesMs?: number[] };

/** Posts the tags to the purge hook, in requests of at most 100; true when every one was taken. */
export async function sendPurge(tags: string[], target: PurgeTarget): Promise<boolean> {
  const unique = [...new Set(tags)].sort();
  const started = performance.now();
  let ok = true;
  for (let i = 0; i < unique.length; i += TAGS_PER_REQUEST) {
    const batch = unique.slice(i, i + TAGS_PER_REQUEST);
    const pauses = target.retryPausesMs ?? RETRY_PAUSES_MS;
    for (let attempt = 0; ; attempt++) {
      const failure = await postOnce(batch, target);
      if (failure === null) break;
      if (attempt >= pauses.length) {
        log("error", "purge-failed", { tags: batch.length, attempts: attempt + 1, error: failure });
        ok = false;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, pauses[attempt]));
    }
  }
  if (ok) log("info", "purge", { tags: unique.length, durationMs: Math.round(performance.now() - started) });
  return ok;
}

/** One purge request: null when it was taken (2xx), else what went wrong. */
async function postOnce(tags: string[], target: PurgeTarget): Promise<string | null> {
  try {
    const response = await fetch(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "surrogate-key": tags.join(" "),
        "user-agent": target.userAgent,
        ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(target.timeoutMs ?? TIMEOUT_MS),
      redirect: "error",
    });
    await response.body?.cancel();
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return errorText(error);
  }
}

function purgeTarget(): PurgeTarget | null {
  if (!env.PURGE_URL) return null;
  return { url: env.PURGE_URL, token: env.PURGE_TOKEN, userAgent: `SelvhjelpForskning/1 (+${env.SITE_URL})` };
}

export const purgeConfigured = () => purgeTarget() !== null;

/**
 * Before a write: the tags of the entry as it is (an entry's old slug, the authors it had), or
 * null when there is no purge hook. When they cannot be read, the whole site is purged after.
 */
export async function tagsBeforeChange(type: EntityType, id: string | undefined): Promise<string[] | null> {
  if (!purgeConfigured()) return null;
  if (!id) return [];
  return entryTags(type, id).catch(() => [SITE_TAG]);
}

/**
 * After a write, once the answer is sent: purges what the entries touched before (`before`) and
 * touch now, and every list.
 */
export function purgeAfterChange(changed: { type: EntityType; id: string }[], before: string[] | null): void {
  const target = purgeTarget();
  if (!target || before === null) return;
  after(async () => {
    const now = await Promise.all(changed.map(({ type, id }) => entryTags(type, id))).catch(() => [[SITE_TAG]]);
    await sendPurge([...before, ...now.flat(), LISTS_TAG], target);
  });
}
