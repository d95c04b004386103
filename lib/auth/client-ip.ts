import { timingSafeEqual } from "node:crypto";

// The visitor's address, for login throttling and the audit log. A visitor can write any
// X-Forwarded-For or X-Real-IP, so a header is believed only when it provably comes from a
// proxy of our own:
// - the front server of `npm start` (lib/cache/front-server.mjs) sets X-Real-IP from the
//   connection and proves itself with FRONT_SERVER_TOKEN, a secret it hands its Next.js
//   processes at start (scripts/serve.mjs);
// - behind TRUST_PROXY=N proxies that each add the address they saw to X-Forwarded-For
//   (`next start` alone behind nginx, say), the visitor is the entry the outermost one added;
// - otherwise (`next start` or `next dev` alone, with no proxy named) the address is unknown:
//   Next passes on a visitor's X-Forwarded-For as it is, so nothing there can be believed.

export const UNKNOWN_IP = "unknown";
const FRONT_SERVER_HEADER = "x-front-server";

function sameSecret(given: string | null, expected: string): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function clientIp(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  if (sameSecret(headers.get(FRONT_SERVER_HEADER), env.FRONT_SERVER_TOKEN ?? ""))
    return headers.get("x-real-ip") || UNKNOWN_IP;
  const proxies = Number(env.TRUST_PROXY || 0);
  if (!Number.isInteger(proxies) || proxies < 1) return UNKNOWN_IP;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[chain.length - proxies] ?? UNKNOWN_IP;
}
