import http from "node:http";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { E2E_DATA_DIR } from "./env";
import { startOwnPortal, type OwnPortal } from "./own-portal";

// SIGTERM (a deploy, `docker stop`, systemd) or Ctrl-C while a request is under way: it is answered,
// by Next and its database, before the server stops; then the job queue and last the database stop.
// On an `npm start` of its own (e2e/own-portal.ts) for each test, as it is stopped.

// One after another, in one worker: each starts a portal of its own.
test.describe.configure({ mode: "default", timeout: 240_000 });

let portal: OwnPortal | undefined;

test.afterEach(async () => {
  await portal?.stop();
  portal = undefined;
});

/**
 * An OAI-PMH request by POST (as harvesters may send it) whose body comes only after the server
 * has stopped taking new connections: Next reads the body before it answers, so the request is
 * under way all through the shutdown. Its `Expect: 100-continue` tells when the front server has
 * it: Node answers «100 Continue» as it hands the request on (no sleep guessing how long that takes).
 */
async function stopDuringARequest(portal: OwnPortal, stop: () => void) {
  const body = "verb=Identify";
  const events: string[] = [];
  let received!: () => void;
  const inServer = new Promise<void>((resolve) => (received = resolve));
  const request = http.request(`${portal.baseURL}/oai`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(body.length),
      expect: "100-continue",
    },
  });
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.on("continue", () => received());
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => {
        events.push("answered");
        resolve({ status: response.statusCode ?? 0, text });
      });
    });
    request.on("error", reject);
  });
  request.flushHeaders();
  const exited = new Promise<number | null>((resolve) => portal.process.once("exit", (code) => resolve(code)));
  await inServer;
  stop();
  events.push("stop");
  // The front server has begun to drain once it refuses new connections; only then comes the body.
  await expect.poll(() => refusesConnections(portal.baseURL), { timeout: 30_000 }).toBe(true);
  events.push("body sent");
  request.end(body);

  const { status, text } = await answer;
  expect(events).toEqual(["stop", "body sent", "answered"]);
  expect(status).toBe(200);
  expect(text).toContain("<Identify>");
  expect(await exited).toBe(0);
  expectStoppedInOrder(portal.log());
}

function expectStoppedInOrder(log: string) {
  expect(log).toContain("Stopping the embedded PostgreSQL");
  expect(log).not.toContain("stopped unexpectedly");
  expect(log).not.toContain("The database does not answer");
  expect(log).not.toContain('"event":"request-error"');
  expect(log).not.toContain('"event":"shutdown"');
}

test("SIGTERM lets a request under way finish, then stops the server and last the database", async () => {
  portal = await startOwnPortal(`${E2E_DATA_DIR}-shutdown`);
  const started = portal;
  await stopDuringARequest(started, () => started.process.kill("SIGTERM"));
});

// A terminal sends SIGINT to every process of its foreground job at once: before, PostgreSQL
// stopped at once too, and the request under way got a 500 («terminating connection due to
// administrator command»).
test("Ctrl-C in a terminal lets a request under way finish, and stops the database last", async () => {
  portal = await startOwnPortal(`${E2E_DATA_DIR}-shutdown-ctrl-c`, { ownGroup: true });
  const started = portal;
  await stopDuringARequest(started, () => process.kill(-started.process.pid!, "SIGINT"));
});

// A process manager that stops `npm start` by signalling npm alone (docker stop with npm as the
// container's command): npm passes the signal to its shell, which stops without passing it on.
// Before, the portal and its database went on running, orphaned.
test("SIGTERM to npm alone stops the portal and its database", async () => {
  portal = await startOwnPortal(`${E2E_DATA_DIR}-shutdown-npm`, { viaNpm: true });
  const started = portal;
  started.process.kill("SIGTERM");
  await expect.poll(() => started.log(), { timeout: 30_000 }).toContain("Stopping the embedded PostgreSQL");
  await expect.poll(() => refusesConnections(started.baseURL), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => refusesConnections(`http://127.0.0.1:${started.pgPort}`), { timeout: 30_000 }).toBe(true);
  expectStoppedInOrder(started.log());
});

/** Whether a new TCP connection to the server is refused (its listener closed). */
function refusesConnections(baseURL: string): Promise<boolean> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}
