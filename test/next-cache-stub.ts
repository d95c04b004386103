// Vitest runs outside Next.js, which has no data cache there: cached functions run uncached.
export function unstable_cache<Args extends unknown[], Result>(fn: (...args: Args) => Promise<Result>) {
  return fn;
}
