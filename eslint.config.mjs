import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Destructuring to leave fields out (`{ slug: _slug, ...rest }`) is deliberate.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Routes stay thin: pages, layouts and route handlers call the data layer in lib/ (queries,
    // actions), which alone talks to the database and decides which rows and fields leave it.
    // The types a route needs come from those modules too, not from Prisma's generated ones.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // lib/db.ts (the client, also by a relative path) and the generated client; lib/db/*
              // (embedded server, availability) holds no client.
              regex: "^@prisma/|(?:^|/)lib/db$|(?:^|/)lib/generated(?:/|$)",
              message:
                "No Prisma in app/: call the data layer in lib/ (e.g. lib/<entity>/queries.ts or actions.ts) and use the types it exports.",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "lib/generated/**",
    ".data/**",
    ".data-*/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
