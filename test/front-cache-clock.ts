import { vi } from "vitest";

/**
 * Fake time for the front cache (lib/cache/front-cache.mjs), moved on with vi.advanceTimersByTime
 * instead of waiting. A page's age comes from Date.now(); its lifetime from lru-cache, which reads
 * performance.now() from the object it found when it was imported (faking the global does not
 * reach it, so its `now` follows the fake Date here) and keeps a reading for 1 ms by a setTimeout.
 * With `shouldAdvanceTime` the fake time also runs on by itself, for tests with real sockets.
 * Undo with vi.useRealTimers() and vi.restoreAllMocks().
 */
export function fakeFrontCacheClock({ shouldAdvanceTime = false } = {}): void {
  vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], shouldAdvanceTime });
  vi.spyOn(performance, "now").mockImplementation(() => Date.now());
}
