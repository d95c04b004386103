import { createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What two instances of the portal must agree on so that a page one of them rendered works
// against the other (Next.js's self-hosting guide, "Multi-Server Deployments"), derived here so
// that the only thing to share is AUTH_SECRET (and the same sources):
// - the server actions key: Next salts every action's id with it at build time and encrypts
//   the actions' bound values with it, so two builds with different keys do not know each
//   other's actions ("Failed to find Server Action");
// - the deployment id: Next sends it with every navigation and action request, and reloads a
//   page when it changes. It names the sources and the key a build was made from, so two
//   builds of the same sources with the same AUTH_SECRET get the same one, on any machine,
//   in a fresh clone or in CI (no git, no clock, no build folder name in it).
// Plain Node: next.config.ts loads this module at build and at start.

/** What a build is made from besides node_modules (which package-lock.json names). */
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "prisma/schema.prisma",
  "package-lock.json",
];
// Generated from prisma/schema.prisma; tests are not part of a build.
const NOT_SOURCES = [/^lib\/generated\//, /\.test\.tsx?$/];

function sourceFiles(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full) || NOT_SOURCES.some((pattern) => pattern.test(entry))) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => sourceFiles(root, `${entry}/${name}`));
}

/** A hash of every source file's path and content (and of tsconfig.json's compiler options). */
export function sourcesHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap((entry) => sourceFiles(root, entry))) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  // `next build` adds its build folder's types to tsconfig.json's "include": not a source.
  const tsconfig = path.join(root, "tsconfig.json");
  if (existsSync(tsconfig))
    hash.update(JSON.stringify(JSON.parse(readFileSync(tsconfig, "utf8")).compilerOptions ?? {}));
  return hash.digest("hex");
}

const AES_KEY_BYTES = new Set([16, 24, 32]);

/**
 * The server actions key: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when set, else derived from
 * AUTH_SECRET. Derived (HKDF), not AUTH_SECRET itself: Next writes the key into the build
 * folder, which must not give away what signs the editors' sessions.
 */
export function serverActionsKey(env: Record<string, string | undefined> = process.env): string | undefined {
  const given = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (given) {
    if (!AES_KEY_BYTES.has(Buffer.from(given, "base64").length))
      throw new Error(
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 bytes in base64 (`openssl rand -base64 32`), or be left out.",
      );
    return given;
  }
  if (!env.AUTH_SECRET) return undefined;
  return Buffer.from(
    hkdfSync("sha256", env.AUTH_SECRET, "selvhjelp-forskning", "next-server-actions-encryption-key", 32),
  ).toString("base64");
}

/**
 * `<sources>-<key>`: 12 hex digits of the sources' hash and 8 of a fingerprint of the key
 * (an HMAC, which tells nothing of the key). Without a key Next makes a random one per build,
 * and the id says so with a random part: no other build will ever match it.
 */
export function deploymentId(sources: string, key: string | undefined): string {
  const keyPart = key
    ? createHmac("sha256", Buffer.from(key, "base64")).update("deployment-id").digest("hex").slice(0, 8)
    : `r${randomBytes(4).toString("hex")}`;
  return `${sources.slice(0, 12)}-${keyPart}`;
}

/** The deployment id a finished build was made with (Next records its config), if any. */
export function builtDeploymentId(distDir: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, "required-server-files.json"), "utf8"));
    return typeof manifest.config?.deploymentId === "string" && manifest.config.deploymentId
      ? manifest.config.deploymentId
      : undefined;
  } catch {
    return undefined; // no finished build there
  }
}
