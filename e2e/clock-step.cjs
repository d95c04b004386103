// Loaded into the end-to-end server (NODE_OPTIONS): its wall clock runs 3 s ahead of its
// monotonic clock, as on a machine whose clock NTP stepped forward after the server started.
// Next's cache compares the two clocks; this once made public pages stale after a publish in
// CI (see lib/cache/cache-handler.mjs), and here it would again on every run.
const wallClock = Date.now;
Date.now = () => wallClock() + 3000;
