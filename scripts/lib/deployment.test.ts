import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtDeploymentId, deploymentId, serverActionsKey, sourcesHash } from "./deployment";

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of a few sources in a fresh folder, as another clone would have them. */
function clone(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "selvhjelp-deployment-"));
  copies.push(dir);
  for (const entry of ["components", "proxy.ts", "next.config.ts", "tsconfig.json"])
    cpSync(entry, path.join(dir, entry), { recursive: true });
  return dir;
}

describe("the deployment id", () => {
  it("is the same for two copies of the same sources, and not when a source or the key differs", () => {
    const first = clone();
    const second = clone();
    expect(sourcesHash(second)).toBe(sourcesHash(first));
    const key = serverActionsKey({ AUTH_SECRET: "a-secret-of-at-least-thirty-two-characters" });
    expect(deploymentId(sourcesHash(first), key)).toBe(deploymentId(sourcesHash(second), key));
    expect(deploymentId(sourcesHash(first), key)).toMatch(/^[0-9a-f]{12}-[0-9a-f]{8}$/);
    const otherKey = serverActionsKey({ AUTH_SECRET: "another-secret-of-at-least-thirty-two-characters" });
    expect(deploymentId(sourcesHash(first), otherKey)).not.toBe(deploymentId(sourcesHash(first), key));
    writeFileSync(path.join(second, "proxy.ts"), "// changed\n", { flag: "a" });
    expect(sourcesHash(second)).not.toBe(sourcesHash(first));
  });

  it("ignores what a build adds to tsconfig.json's include and what is not built (tests)", () => {
    const first = clone();
    const second = clone();
    const tsconfig = path.join(second, "tsconfig.json");
    const config = JSON.parse(readFileSync(tsconfig, "utf8"));
    config.include.push(".next-other/types/**/*.ts");
    writeFileSync(tsconfig, JSON.stringify(config, null, 2));
    writeFileSync(path.join(second, "components", "Extra.test.ts"), "export {};\n");
    expect(sourcesHash(second)).toBe(sourcesHash(first));
  });

  it("without a key, is never the same for two builds", () => {
    expect(deploymentId("0".repeat(64), undefined)).not.toBe(deploymentId("0".repeat(64), undefined));
  });

  it("is read back from a finished build, and is absent where there is none", () => {
    const dir = clone();
    expect(builtDeploymentId(dir)).toBeUndefined();
    writeFileSync(
      path.join(dir, "required-server-files.json"),
      JSON.stringify({ config: { deploymentId: "abc-def" } }),
    );
    expect(builtDeploymentId(dir)).toBe("abc-def");
  });
});

describe("the server actions key", () => {
  it("is a 32-byte AES key derived from AUTH_SECRET, not AUTH_SECRET itself", () => {
    const secret = "a-secret-of-at-least-thirty-two-characters";
    const key = serverActionsKey({ AUTH_SECRET: secret })!;
    expect(Buffer.from(key, "base64")).toHaveLength(32);
    expect(key).toBe(serverActionsKey({ AUTH_SECRET: secret }));
    expect(key).not.toContain(Buffer.from(secret).toString("base64").slice(0, 16));
    expect(serverActionsKey({})).toBeUndefined();
  });

  it("is NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when that is set, which must be an AES key", () => {
    const given = Buffer.alloc(16, 7).toString("base64");
    expect(serverActionsKey({ AUTH_SECRET: "x".repeat(40), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: given })).toBe(given);
    expect(() => serverActionsKey({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "c2hvcnQ=" })).toThrow(/16, 24 or 32 bytes/);
  });
});
