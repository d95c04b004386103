// A small per-service limiter shared by every lookup in the process: requests to one service
// start at least `intervalMs` apart, so a pasted list never sends more than a few a second.

export type Limiter = { slot: (service: string) => Promise<void> };

export function createLimiter(intervalMs: number): Limiter {
  const next = new Map<string, number>();
  return {
    slot: async (service) => {
      const now = Date.now();
      const at = Math.max(now, next.get(service) ?? 0);
      next.set(service, at + intervalMs);
      if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
    },
  };
}
