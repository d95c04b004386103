import { randomUUID } from "node:crypto";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { E2E_DATABASE_URL } from "./env";

// Editors for the browser tests: a fresh account per worker, created straight in the test
// server's embedded database, and signed in once per worker.

export type Account = { email: string; password: string; name: string };

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost")
    throw new Error(`Refusing to touch a non-local database (${host}) from the browser tests.`);
}

export async function withDatabase<T>(
  run: (client: pg.Client) => Promise<T>,
  databaseUrl = E2E_DATABASE_URL,
): Promise<T> {
  assertLocal(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createAccount(
  role: "admin" | "editor",
  label: string,
  databaseUrl = E2E_DATABASE_URL,
): Promise<Account> {
  const account = {
    email: `${label}-${randomUUID().slice(0, 8)}@example.no`,
    password: `passord-${randomUUID()}`,
    name: `${label === "admin" ? "Ada" : "Eva"} ${randomUUID().slice(0, 4)}`,
  };
  const hash = await hashPassword(account.password);
  await withDatabase(
    (db) =>
      db.query(
        `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
        [randomUUID(), account.email, account.name, role, hash],
      ),
    databaseUrl,
  );
  return account;
}

export async function logIn(page: Page, account: Account) {
  await page.goto("/redaksjon/logg-inn");
  await page.getByLabel("E-post").fill(account.email);
  await page.getByLabel("Passord").fill(account.password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  // Generous: argon2 hashing and a first render can be slow on a busy 2-core machine.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${account.name}`, { timeout: 20_000 });
}

async function signedInState(browser: Browser, account: Account) {
  const context = await browser.newContext();
  await logIn(await context.newPage(), account);
  const state = await context.storageState();
  await context.close();
  return state;
}

// databaseUrl: the database of the server the project tests (playwright.config.ts).
type WorkerFixtures = { databaseUrl: string; admin: Account; adminState: Awaited<ReturnType<typeof signedInState>> };

export const test = base.extend<{ adminPage: Page }, WorkerFixtures>({
  databaseUrl: [E2E_DATABASE_URL, { scope: "worker", option: true }],
  admin: [async ({ databaseUrl }, use) => use(await createAccount("admin", "admin", databaseUrl)), { scope: "worker" }],
  adminState: [async ({ browser, admin }, use) => use(await signedInState(browser, admin)), { scope: "worker" }],
  adminPage: async ({ browser, adminState }, use) => {
    const context = await browser.newContext({ storageState: adminState });
    await use(await context.newPage());
    await context.close();
  },
});

export { expect };
