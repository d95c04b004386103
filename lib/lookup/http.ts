import type { Limiter } from "./limiter";

// One polite GET of JSON from an outside service: an identifying User-Agent, a timeout, the
// service's turn from the shared limiter, and one more try after a 429 or 5xx when the wait it
// asks for (Retry-After) is short. Every failure is one of three plain outcomes, never a throw.

export type Fetched = { ok: true; body: unknown } | { ok: false; reason: "not-found" | "unavailable" | "malformed" };

export type HttpOptions = {
  userAgent: string;
  timeoutMs: number;
  /** The longest Retry-After honoured; a longer wait gives up at once. */
  maxRetryWaitMs: number;
  limiter: Limiter;
};

/** Retry-After in milliseconds (seconds or an HTTP date); one second when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 1000;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - now);
}

const RETRIED = (status: number) => status === 429 || status >= 500;

async function once(url: string, service: string, accept: string, options: HttpOptions) {
  await options.limiter.slot(service);
  return fetch(url, {
    headers: { Accept: accept, "User-Agent": options.userAgent },
    signal: AbortSignal.timeout(options.timeoutMs),
    redirect: "follow",
  });
}

export async function getJson(url: string, service: string, accept: string, options: HttpOptions): Promise<Fetched> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await once(url, service, accept, options);
    } catch {
      // A timeout, a refused connection or a name that does not resolve: the service is away.
      return { ok: false, reason: "unavailable" };
    }
    if (RETRIED(response.status)) {
      await response.body?.cancel();
      const wait = retryAfterMs(response.headers.get("retry-after"));
      if (attempt >= 1 || wait > options.maxRetryWaitMs) return { ok: false, reason: "unavailable" };
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: "not-found" };
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      // The body stopped coming before the timeout.
      return { ok: false, reason: "unavailable" };
    }
    try {
      return { ok: true, body: JSON.parse(text) };
    } catch {
      return { ok: false, reason: "malformed" };
    }
  }
}
