import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

// A local stand-in for doi.org, NVA and Open Library, answering from test/fixtures/lookup:
// each route (a path with its query) gives one answer, or a list used one after the other.

export type StandInAnswer = {
  status?: number;
  /** A fixture file's name, or the body itself. */
  fixture?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Never answers: for the timeout. */
  hang?: boolean;
};

export type StandIn = {
  url: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
};

// From the project's root, where Vitest and Playwright both run (Playwright loads this file as
// CommonJS, where import.meta is not available).
const FIXTURES = path.join(process.cwd(), "test", "fixtures", "lookup");

export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

export async function startStandIn(
  routes: Record<string, StandInAnswer | StandInAnswer[]>,
  port = 0,
  host = "127.0.0.1",
): Promise<StandIn> {
  const requests: StandIn["requests"] = [];
  const used = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const at = request.url ?? "/";
    requests.push({ path: at, headers: request.headers });
    const route = routes[decodeURIComponent(at)] ?? routes[at];
    const list = Array.isArray(route) ? route : route ? [route] : [];
    const n = used.get(at) ?? 0;
    used.set(at, n + 1);
    const answer = list[Math.min(n, list.length - 1)] ?? { status: 404, body: "Not found" };
    if (answer.hang) return;
    const body = answer.fixture ? fixture(answer.fixture) : (answer.body ?? "");
    response.writeHead(answer.status ?? 200, { "Content-Type": "application/json", ...answer.headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
