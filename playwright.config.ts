import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATA_DIR, E2E_DIST_DIR, E2E_PG_PORT, E2E_PORT as PORT, E2E_PURGE_PORT } from "./e2e/env";

// End-to-end tests in a real Chromium against the production build, served by the same
// start script as `npm start`, with its own fresh embedded database, port and build folder
// so that it never touches a running `npm start`.

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (found || process.env.PLAYWRIGHT_OWN_BROWSERS) return found;
  throw new Error(
    "No Chromium found. Install Debian's chromium (apt-get install chromium), set CHROMIUM_PATH, " +
      "or set PLAYWRIGHT_OWN_BROWSERS=1 to use browsers installed by `npx playwright install`.",
  );
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  // The machine is small and shared: saves and first renders may take a few seconds.
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // Visitors' tests read the seed content as it is; the editors' tests change it, so they
  // run afterwards.
  projects: [
    { name: "public", testIgnore: /editor.*\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "editors", testMatch: /editor.*\.spec\.ts/, dependencies: ["public"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && exec npx tsx scripts/start.ts`,
    url: `http://localhost:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      EMBEDDED_PG_PORT: String(E2E_PG_PORT),
      NEXT_DIST_DIR: E2E_DIST_DIR,
      SITE_URL: `http://localhost:${PORT}`,
      // Always the embedded database: the tests must never run against a shared server.
      DATABASE_URL: "",
      NODE_OPTIONS: "--require ./e2e/clock-step.cjs",
      // Two Next.js processes behind the front server (scripts/serve.mjs), each with its own page
      // cache: an editor's save and a visitor's next request often reach different processes,
      // so every "visitors see the change" step also tests that expiry reaches the other one,
      // and the front server's cache.
      WEB_CONCURRENCY: "2",
      // A CDN's purge hook: e2e/editor-cdn.spec.ts receives what saves send there.
      PURGE_URL: `http://127.0.0.1:${E2E_PURGE_PORT}/purge`,
    },
  },
});
