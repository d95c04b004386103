import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_DATA_DIR } from "./env";
import { startOwnPortal, type OwnPortal } from "./own-portal";

// SIGTERM (a deploy, `docker stop`, systemd) while a request is under way: it is answered, by Next
// and its database, before the server stops; then the job queue and last the database stop.
// On an `npm start` of its own (e2e/own-portal.ts), as this one is stopped.

test.describe.configure({ timeout: 240_000 });

let portal: OwnPortal;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  portal = await startOwnPortal(`${E2E_DATA_DIR}-shutdown`);
});

test.afterAll(async () => {
  await portal?.stop();
});

test("SIGTERM lets a request under way finish, then stops the server and last the database", async () => {
  // An OAI-PMH request by POST (as harvesters may send it) whose body arrives 2 s late: Next
  // reads the body before it answers, so the request is under way when SIGTERM comes.
  const body = "verb=Identify";
  const events: string[] = [];
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(
      `${portal.baseURL}/oai`,
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          events.push("answered");
          resolve({ status: response.statusCode ?? 0, text });
        });
      },
    );
    request.on("error", reject);
    request.flushHeaders();
    request.write(body.slice(0, 4));
    setTimeout(() => {
      events.push("body sent");
      request.end(body.slice(4));
    }, 2_000);
  });
  const exited = new Promise<number | null>((resolve) => portal.process.once("exit", (code) => resolve(code)));
  // The request has reached Next (the front server passes a request with a body on at once).
  await new Promise((resolve) => setTimeout(resolve, 500));
  portal.process.kill("SIGTERM");
  events.push("SIGTERM");

  const { status, text } = await answer;
  expect(events).toEqual(["SIGTERM", "body sent", "answered"]);
  expect(status).toBe(200);
  expect(text).toContain("<Identify>");
  expect(await exited).toBe(0);
  const log = portal.log();
  expect(log).toContain("Stopping the embedded PostgreSQL");
  expect(log).not.toContain("stopped unexpectedly");
  expect(log).not.toContain('"event":"shutdown"');
});
