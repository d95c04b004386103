import { defineConfig } from "vitest/config";

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
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "e2e/**", ".next/**", ".next-*/**", ".data*/**"],
    // One embedded PostgreSQL for the whole run; each test file makes its own database on it.
    globalSetup: ["test/global-setup.ts"],
    // Only for tests: the session cookie's signing key.
    env: { AUTH_SECRET: "test-only-secret-with-at-least-32-characters" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
