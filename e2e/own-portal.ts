import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { freePort } from "../lib/db/embedded";
import { E2E_DATA_DIR, E2E_DIST_DIR } from "./env";

// An `npm start` of its own for a test that stops or breaks it (e2e/database-outage.spec.ts,
// e2e/shutdown.spec.ts): own port, embedded database and data folder, from the build of the test
// run as it is. With the test server's AUTH_SECRET (the deployment id names it) and --no-build,
// since building again would replace the build under the test server.

export type OwnPortal = {
  baseURL: string;
  pgPort: number;
  dataDir: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  log(): string;
  /** SIGTERM, and wait until it has exited; then its data folder is removed. */
  stop(): Promise<void>;
};

/**
 * `viaNpm`: started as `npm start` is (npm, its shell, then the script); `ownGroup`: in a process
 * group of its own, as a command typed in a terminal is (Ctrl-C signals the whole group).
 */
export async function startOwnPortal(
  dataDir: string,
  { viaNpm = false, ownGroup = false }: { viaNpm?: boolean; ownGroup?: boolean } = {},
): Promise<OwnPortal> {
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const pgPort = await freePort();
  const baseURL = `http://localhost:${port}`;
  const authSecret = readFileSync(path.join(E2E_DATA_DIR, "auth-secret"), "utf8").trim();
  const [command, args] = viaNpm
    ? ["npm", ["start", "--", "--no-build"]]
    : [process.execPath, ["--import", "tsx", path.join("scripts", "start.ts"), "--no-build"]];
  const child = spawn(command, args, {
    detached: ownGroup,
    env: {
      ...process.env,
      AUTH_SECRET: authSecret,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      NEXT_DIST_DIR: E2E_DIST_DIR,
      SITE_URL: baseURL,
      DATABASE_URL: "",
      WEB_CONCURRENCY: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  // «Ready at» is printed once the port takes connections: a request made the moment it appears is answered.
  let firstAnswer: Promise<number | string> | undefined;
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
    if (!firstAnswer && log.includes("Ready at"))
      firstAnswer = fetch(`${baseURL}/api/health`).then((r) => r.status, String);
  });
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log, { timeout: 200_000 }).toContain("Ready at");
  expect(await firstAnswer).toEqual(expect.any(Number));
  await expect
    .poll(
      () =>
        fetch(`${baseURL}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .toBe(200);
  return {
    baseURL,
    pgPort,
    dataDir,
    process: child,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
