import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import {
  E2E_DATA_DIR,
  E2E_DIST_DIR,
  E2E_NORMAL_CLOCK_DATA_DIR,
  E2E_NORMAL_CLOCK_DATABASE_URL,
  E2E_NORMAL_CLOCK_PG_PORT,
  E2E_NORMAL_CLOCK_PORT,
  E2E_PG_PORT,
  E2E_LOOKUP_PORT,
  E2E_PORT as PORT,
  E2E_PURGE_PORT,
} from "./e2e/env";

// End-to-end tests in a real Chromium against the production build, served by the same
// start script as `npm start`, with its own fresh embedded database, port and build folder
// so that it never touches a running `npm start`.

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (found || process.env.PLAYWRIGHT_OWN_BROWSERS) return found;
  throw new Error(
    "No Chromium found. Install Debian's chromium (apt-get install chromium), set CHROMIUM_PATH, " +
      "or set PLAYWRIGHT_OWN_BROWSERS=1 to use browsers installed by `npx playwright install`.",
  );
}

// The test server: as `npm start` serves, with its own port, database, data and build folder.
const serverEnv = (port: number, dataDir: string, pgPort: number) => ({
  PORT: String(port),
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  NEXT_DIST_DIR: E2E_DIST_DIR,
  SITE_URL: `http://localhost:${port}`,
  // Always the embedded database: the tests must never run against a shared server.
  DATABASE_URL: "",
  // Two Next.js processes behind the front server (scripts/serve.mjs), each with its own page
  // cache: an editor's save and a visitor's next request often reach different processes,
  // so every "visitors see the change" step also tests that expiry reaches the other one,
  // and the front server's cache.
  WEB_CONCURRENCY: "2",
  // The outside services of «Legg til med DOI, ISBN eller NVA-lenke»: local stand-ins, never the internet.
  DOI_RESOLVER_URL: `http://127.0.0.1:${E2E_LOOKUP_PORT}/doi`,
  NVA_API_URL: `http://127.0.0.1:${E2E_LOOKUP_PORT}/nva`,
  OPENLIBRARY_URL: `http://127.0.0.1:${E2E_LOOKUP_PORT}/ol`,
});
const server = {
  timeout: 300_000,
  reuseExistingServer: false,
  stdout: "pipe",
  gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
} as const;

// The main server builds the app if needed; its wall clock runs 3 s ahead (e2e/clock-step.cjs).
const mainServer = {
  ...server,
  command: `rm -rf ${E2E_DATA_DIR} && exec npx tsx scripts/start.ts`,
  url: `http://localhost:${PORT}/`,
  env: {
    ...serverEnv(PORT, E2E_DATA_DIR, E2E_PG_PORT),
    NODE_OPTIONS: "--require ./e2e/clock-step.cjs",
    // A CDN's purge hook: e2e/editor-cdn.spec.ts receives what saves send there. (Not for the
    // second server below, whose saves would reach that test's listener too.)
    PURGE_URL: `http://127.0.0.1:${E2E_PURGE_PORT}/purge`,
  },
};

// The second server, with the machine's own clock. Playwright starts the servers one after the
// other, so this one serves the main server's build as it is: with its AUTH_SECRET (the
// deployment id names it) and --no-build, since building again would replace the build under
// the main server (as in e2e/database-outage.spec.ts).
const NORMAL_CLOCK = process.env.E2E_NORMAL_CLOCK !== "0";
const normalClockServer = {
  ...server,
  command: `rm -rf ${E2E_NORMAL_CLOCK_DATA_DIR} && AUTH_SECRET="$(cat ${E2E_DATA_DIR}/auth-secret)" exec npx tsx scripts/start.ts --no-build`,
  url: `http://localhost:${E2E_NORMAL_CLOCK_PORT}/`,
  env: { ...serverEnv(E2E_NORMAL_CLOCK_PORT, E2E_NORMAL_CLOCK_DATA_DIR, E2E_NORMAL_CLOCK_PG_PORT), NODE_OPTIONS: "" },
};
const normalClock = {
  ...devices["Desktop Chrome"],
  baseURL: `http://localhost:${E2E_NORMAL_CLOCK_PORT}`,
  databaseUrl: E2E_NORMAL_CLOCK_DATABASE_URL,
};

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
  // run afterwards. The tests tagged @clock (dates, «Kommende» events, calendar files, feeds, and
  // a publish that visitors must see at once) run a second time, against the server with the
  // machine's own clock, so that the stepped clock cannot hide a fault that a normal one shows,
  // nor the other way round. Only those: the whole suite twice would add about 6 minutes to a CI
  // run of 13-15 (limit 20); these add the second server's start (no build) and seven tests.
  // E2E_NORMAL_CLOCK=0 leaves the second server and its projects out.
  projects: [
    { name: "public", testIgnore: /editor.*\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "editors",
      testMatch: /editor.*\.spec\.ts/,
      dependencies: ["public"],
      use: { ...devices["Desktop Chrome"] },
    },
    ...(NORMAL_CLOCK
      ? [
          { name: "public, normal clock", testIgnore: /editor.*\.spec\.ts/, grep: /@clock/, use: normalClock },
          {
            name: "editors, normal clock",
            testMatch: /editor.*\.spec\.ts/,
            grep: /@clock/,
            dependencies: ["public, normal clock"],
            use: normalClock,
          },
        ]
      : []),
  ],
  webServer: [mainServer, ...(NORMAL_CLOCK ? [normalClockServer] : [])],
});
