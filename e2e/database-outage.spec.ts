import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { connectionUrl } from "../lib/db/embedded";
import { E2E_DATA_DIR } from "./env";
import { startOwnPortal, type OwnPortal } from "./own-portal";

// PostgreSQL goes away under a running `npm start` and comes back. This runs its own instance
// (e2e/own-portal.ts), so that the outage disturbs no other test. The database's process is killed (kill -9) and its port held by a
// stand-in that drops every connection, so that the restart of the embedded database
// (lib/db/embedded.ts) cannot succeed until the stand-in lets go.

test.describe.configure({ timeout: 240_000 });

let portal: OwnPortal;
let baseURL: string;
let pgPort: number;
const log = () => portal.log();

test.beforeAll(async () => {
  test.setTimeout(240_000);
  portal = await startOwnPortal(`${E2E_DATA_DIR}-outage`);
  ({ baseURL, pgPort } = portal);
});

test.afterAll(async () => {
  await portal?.stop();
});

/** Kills the embedded PostgreSQL and holds its port until release() is called. */
async function takeDatabaseAway(): Promise<{ release(): Promise<void> }> {
  const pid = Number(readFileSync(path.join(portal.dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  const standIn = net.createServer((socket) => socket.destroy());
  process.kill(pid, "SIGKILL");
  await new Promise<void>((resolve) => {
    const grab = () => standIn.listen(pgPort, "127.0.0.1");
    standIn.on("error", () => setTimeout(grab, 5));
    standIn.once("listening", () => resolve());
    grab();
  });
  return { release: () => new Promise((resolve) => standIn.close(() => resolve())) };
}

test("while the database is away, visitors get a Norwegian 503 and an editor's save keeps the form; afterwards all works again", async ({
  browser,
}) => {
  const email = `outage-${randomUUID().slice(0, 8)}@example.no`;
  const password = `passord-${randomUUID()}`;
  const db = new pg.Client({ connectionString: connectionUrl(pgPort, "selvhjelp") });
  await db.connect();
  await db.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, 'Eva Utfall', 'editor', $3, now())`,
    [randomUUID(), email, await hashPassword(password)],
  );
  await db.end();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/redaksjon/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hei, Eva Utfall", { timeout: 20_000 });

  const title = `Skrevet mens databasen var borte ${Date.now()}`;
  await page.goto("/redaksjon/publikasjoner/ny");
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Type (må fylles ut)").selectOption("rapport");
  await page.getByLabel("År", { exact: true }).fill("2025");
  await page.getByLabel("Sammendrag", { exact: true }).fill("Alt som er skrevet, står der fortsatt.");

  const outage = await takeDatabaseAway();
  try {
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Databasen" })).toHaveText(
      "Databasen svarer ikke. Endringen er ikke lagret – prøv igjen om litt.",
    );
    await expect(page.getByLabel("Tittel (må fylles ut)")).toHaveValue(title);
    await expect(page.getByLabel("År", { exact: true })).toHaveValue("2025");
    await expect(page.getByLabel("Sammendrag", { exact: true })).toHaveValue("Alt som er skrevet, står der fortsatt.");

    // Addresses no one asked for before, so that no cache has them.
    const unseen = `utfall-${Date.now()}`;
    const visitor = await browser.newContext({ baseURL });
    const visitorPage = await visitor.newPage();
    const response = await visitorPage.goto(`/publikasjoner/${unseen}`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("10");
    expect(response?.headers()["cache-control"]).toBe("no-store");
    await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText("Siden kan ikke vises akkurat nå");
    const api = await visitorPage.request.get(`/api/v1/publications?type=rapport&fra=2025&til=2025&q=${unseen}`);
    expect(api.status()).toBe(503);
    expect(await api.json()).toMatchObject({ status: 503, title: "Databasen svarer ikke" });
    for (const address of [`/publikasjoner/${unseen}/referanse.bib`, `/feed.xml?${unseen}`]) {
      const machine = await visitorPage.request.get(address);
      expect(machine.status(), address).toBe(503);
      expect(await machine.text(), address).toContain("Databasen svarer ikke");
    }
    // The icons and the manifest need no database.
    for (const address of ["/favicon.ico", "/icon.svg", "/ikoner/ikon-192.png", "/manifest.webmanifest"])
      expect((await visitorPage.request.get(address)).status(), address).toBe(200);
    await visitor.close();
  } finally {
    await outage.release();
  }

  // No restart of the portal: the embedded database comes back, the pool finds it, the same form saves.
  await expect.poll(log, { timeout: 20_000 }).toContain("The embedded PostgreSQL runs again");
  expect(log()).toContain("The embedded PostgreSQL stopped unexpectedly (SIGKILL); starting it again");
  await expect.poll(async () => (await page.request.get("/api/health")).status(), { timeout: 20_000 }).toBe(200);
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
  await expect(page.getByLabel("Tittel (må fylles ut)")).toHaveValue(title);
  expect((await page.request.get(`/publikasjoner/utfall-etterpa-${Date.now()}`)).status()).toBe(404);
  await context.close();
});
