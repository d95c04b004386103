import "server-only";
import { db } from "@/lib/db";
import { UNKNOWN_IP } from "./client-ip";

// Login throttling per account and per IP address. Failed attempts are counted until
// 15 minutes pass without one; from the third failure each one locks the key for longer,
// and the fifth locks an account for 15 minutes. An address is locked after 20 failures,
// since several editors may share one office address. Admins see and lift locks.

const WINDOW_MS = 15 * 60_000;
const ACCOUNT_LOCKS_MS = [0, 0, 0, 10_000, 60_000, 15 * 60_000];
const IP_LOCK_AFTER = 20;

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

function lockFor(key: string, failures: number): number {
  // Where the address cannot be known (lib/auth/client-ip.ts), locking it would lock everyone out.
  if (key === ipKey(UNKNOWN_IP)) return 0;
  if (key.startsWith("ip:")) return failures >= IP_LOCK_AFTER ? WINDOW_MS : 0;
  return ACCOUNT_LOCKS_MS[Math.min(failures, ACCOUNT_LOCKS_MS.length - 1)] ?? WINDOW_MS;
}

/** Seconds until the first of these keys is unlocked; 0 when none is locked. */
export async function lockedForSeconds(keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts a failure for each key, in one statement per key, so that failures arriving at once
 * (an attacker's parallel guesses, or two instances) are all counted: a read and then a write
 * would let two of them count as one.
 */
export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  for (const key of keys) {
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" (key, failures, "lastFailureAt", "lockedUntil", "updatedAt") VALUES (${key}, 1, ${now}, NULL, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."lastFailureAt" IS NULL OR "LoginThrottle"."lastFailureAt" < ${windowStart} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "lockedUntil" = CASE WHEN "LoginThrottle"."lastFailureAt" IS NULL OR "LoginThrottle"."lastFailureAt" < ${windowStart} THEN NULL ELSE "LoginThrottle"."lockedUntil" END,
        "lastFailureAt" = ${now},
        "updatedAt" = ${now}
      RETURNING failures`;
    const lock = lockFor(key, row?.failures ?? 1);
    // Never shortened by a failure counted at the same moment with a lower count.
    if (lock)
      await db.$executeRaw`UPDATE "LoginThrottle" SET "lockedUntil" = GREATEST(COALESCE("lockedUntil", ${new Date(now.getTime() + lock)}), ${new Date(now.getTime() + lock)}) WHERE key = ${key}`;
  }
}

export async function clearFailures(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

/** Current locks and recent failures, for the admins' view. */
export async function throttleOverview(now = new Date()) {
  return db.loginThrottle.findMany({
    where: { OR: [{ lockedUntil: { gt: now } }, { lastFailureAt: { gt: new Date(now.getTime() - WINDOW_MS) } }] },
    orderBy: { lastFailureAt: "desc" },
  });
}
