import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { checkHealth, healthResponse } from "./health";

let database: TestDatabase;
const clients: PrismaClient[] = [];

const client = (url: string) => {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  clients.push(prisma);
  return prisma;
};

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  for (const prisma of clients) await prisma.$disconnect();
  await database?.drop();
});

it("reports ok with the database reachable: 200, JSON, not cached", async () => {
  const prisma = client(database.url);
  const report = await checkHealth(() => prisma.$queryRaw`SELECT 1`);
  expect(report).toMatchObject({ status: "ok", database: "ok" });
  expect(report.durationMs).toBeGreaterThanOrEqual(0);
  expect(report.durationMs).toBeLessThan(2_000);
  const response = healthResponse(report);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(await response.json()).toEqual(report);
});

it("reports the database down when nothing listens there: 503", async () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const url = new URL(database.url);
  url.port = String(await freePort());
  const prisma = client(url.toString());
  const report = await checkHealth(() => prisma.$queryRaw`SELECT 1`);
  expect(report).toMatchObject({ status: "error", database: "down" });
  const response = healthResponse(report);
  expect(response.status).toBe(503);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toMatchObject({ status: "error", database: "down" });
  expect(errors).toHaveBeenCalled();
  errors.mockRestore();
});

it("reports a database that does not answer in time as a timeout, without waiting for it", async () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const prisma = client(database.url);
  const started = Date.now();
  const report = await checkHealth(() => prisma.$queryRaw`SELECT pg_sleep(3)`, { timeoutMs: 300 });
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(report).toMatchObject({ status: "error", database: "timeout" });
  expect(healthResponse(report).status).toBe(503);
  errors.mockRestore();
});
