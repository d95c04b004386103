import { defineConfig } from "vitest/config";

// Two kinds of tests, each run on its own (package.json: test:unit, test:integration):
// - unit: `*.test.ts`, no database, seconds;
// - integration: `*.integration.test.ts`, against a real PostgreSQL: one embedded server for the
//   run (test/global-setup.ts), on which each test file makes its own database, or a server of
//   the test's own (lib/db/embedded, lib/db/faults).
const INTEGRATION = "**/*.integration.test.ts";
const NOT_TESTS = ["**/node_modules/**", "e2e/**", ".next/**", ".next-*/**", ".data*/**"];

export default defineConfig({
  resolve: {
    // "@/lib/..." as in tsconfig.json; a RegExp so that "@prisma/..." is left alone.
    alias: [
      { find: /^@\//, replacement: `${import.meta.dirname}/` },
      { find: /^server-only$/, replacement: `${import.meta.dirname}/test/server-only-stub.ts` },
      { find: /^next\/cache$/, replacement: `${import.meta.dirname}/test/next-cache-stub.ts` },
    ],
  },
  test: {
    // Only for tests: the session cookie's signing key.
    env: { AUTH_SECRET: "test-only-secret-with-at-least-32-characters" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...NOT_TESTS, INTEGRATION] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: [INTEGRATION],
          exclude: NOT_TESTS,
          // Started only when this project runs.
          globalSetup: ["test/global-setup.ts"],
        },
      },
    ],
  },
});
