import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { DEPLOYMENT_MISMATCH_MESSAGE } from "../lib/deployment-skew";
import { startLoadBalancer, type LoadBalancer } from "../scripts/lib/load-balancer";
import { freePort } from "../lib/db/embedded";
import { E2E_DATA_DIR, E2E_DIST_DIR, E2E_PORT } from "./env";

// Two instances of the portal built separately (two build folders, two `next build` runs) on one
// PostgreSQL, behind Debian's nginx as a round-robin load balancer, as docs/operations.md's "Running in
// production" describes: A is started from the build the other end-to-end tests use, B builds its
// own. Both get only the same AUTH_SECRET (and the same sources): the server actions key and the
// deployment id are derived from them (scripts/lib/deployment.ts).

const BALANCER_PORT = Number(process.env.E2E_INSTANCES_PORT ?? E2E_PORT + 1);
const PORT_A = BALANCER_PORT + 1;
const PORT_B = BALANCER_PORT + 2;
// The database's port is one the system has just found free, not a fixed one: this test starts in
// the middle of the run, when the other tests' connections use ports of the ephemeral range
// (where 543xx lies): a fixed port was found taken in a CI run.
let pgPort = 0;
const databaseUrl = () => `postgresql://selvhjelp:selvhjelp@127.0.0.1:${pgPort}/selvhjelp`;
const DATA_DIR = `${E2E_DATA_DIR}-instances`;
const SITE_URL = `http://localhost:${BALANCER_PORT}`;

type Instance = { url: string; upstream: string; output(): string; stop(): Promise<void> };

async function startInstance(port: number, env: Record<string, string>, args: string[]): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], {
    env: {
      ...process.env,
      PORT: String(port),
      SITE_URL,
      TRUST_PROXY: "1",
      WEB_CONCURRENCY: "1",
      NODE_OPTIONS: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The instance on port ${port} stopped:\n${output}`);
    if (
      await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    upstream: `127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

async function createEditor(label: string) {
  const account = {
    email: `${label}-${randomUUID().slice(0, 8)}@example.no`,
    password: `passord-${randomUUID()}`,
    name: `Eva ${randomUUID().slice(0, 4)}`,
  };
  await query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'editor', $4, now())`,
    [randomUUID(), account.email, account.name, await hashPassword(account.password)],
  );
  return account;
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

/** A login that stays on the form: waits until its answer is shown and the form reset for the next one. */
async function failedLogIn(page: Page, email: string, password: string) {
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && response.url().includes("/redaksjon/logg-inn"),
  );
  await logIn(page, email, password);
  await answered;
  await expect(page.getByRole("button", { name: "Logg inn" })).toBeEnabled();
}

let a: Instance;
let b: Instance;
let balancer: LoadBalancer;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  // B's build takes a minute or two on a busy machine.
  test.setTimeout(600_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  pgPort = Number(process.env.E2E_INSTANCES_PG_PORT ?? (await freePort()));
  // The secret the end-to-end server was given, with which it built the shared build.
  const AUTH_SECRET = readFileSync(`${E2E_DATA_DIR}/auth-secret`, "utf8").trim();
  // A: the embedded PostgreSQL of this test; from the build of the other tests, never building
  // into the folder their server runs from.
  a = await startInstance(
    PORT_A,
    { AUTH_SECRET, DATA_DIR, EMBEDDED_PG_PORT: String(pgPort), NEXT_DIST_DIR: E2E_DIST_DIR, DATABASE_URL: "" },
    ["--no-build"],
  );
  b = await startInstance(
    PORT_B,
    { AUTH_SECRET, DATA_DIR: `${DATA_DIR}-b`, DATABASE_URL: databaseUrl(), NEXT_DIST_DIR: `${E2E_DIST_DIR}-b` },
    [],
  );
  balancer = await startLoadBalancer(BALANCER_PORT, [a.upstream, b.upstream]);
});

test.afterAll(async () => {
  await balancer?.stop();
  await b?.stop();
  await a?.stop();
  rmSync(`${DATA_DIR}-b`, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
});

test("two builds of the same sources with the same AUTH_SECRET name the same deployment", async ({ request }) => {
  expect(b.output()).toContain("Building the app");
  expect(a.output()).not.toContain("Building the app");
  const announced = (instance: Instance) => /Deployment ([\w-]+)/.exec(instance.output())?.[1];
  expect(announced(a)).toMatch(/^[0-9a-f]{12}-[0-9a-f]{8}$/);
  expect(announced(b)).toBe(announced(a));
  // The id every page carries, which Next.js compares on each navigation and action.
  for (const instance of [a, b])
    expect(await (await request.get(`${instance.url}/om`)).text()).toContain(`data-dpl-id="${announced(a)}"`);
});

test("an editor logs in and saves through both instances; visitors on both see each save at once", async ({
  page,
  request,
}) => {
  const editor = await createEditor("instanser");
  const [project] = await query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Project" WHERE status = 'published' AND "deletedAt" IS NULL ORDER BY slug LIMIT 1`,
  );
  const publicPath = `/prosjekter/${project!.slug}`;
  const saves = () =>
    balancer
      .requests()
      .filter((entry) => entry.method === "POST" && entry.path.startsWith(`/redaksjon/prosjekter/${project!.id}`));

  await page.goto(`${balancer.url}/redaksjon/logg-inn`);
  await logIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${editor.name}`);

  // Saves until each instance has taken at least one: two saves, as a rule.
  for (let version = 2; new Set(saves().map((entry) => entry.upstream)).size < 2; version++) {
    expect(version, "six saves all landed on one instance").toBeLessThan(8);
    // Both instances keep the public page in their caches before the save.
    // (The front cache keeps a page from the second time Next.js answers it from its own cache.)
    for (const instance of [a, b]) {
      const cached = async () => (await request.get(`${instance.url}${publicPath}`)).headers()["x-front-cache"];
      await expect.poll(cached, { intervals: [100], timeout: 5_000 }).toBe("HIT");
    }
    const summary = `Lagret gjennom lastbalansereren, runde ${version} ${randomUUID().slice(0, 6)}`;
    await page.goto(`${balancer.url}/redaksjon/prosjekter/${project!.id}`);
    await page.getByLabel("Kort sammendrag").fill(summary);
    // nginx alternates between the two, so the number of requests a page load makes decides
    // where each save lands: an even number sends every save to the same instance. Once the
    // page is quiet, one extra request puts the other instance next in turn.
    await page.waitForLoadState("networkidle");
    const [first] = saves();
    if (first && balancer.requests().at(-1)?.upstream !== first.upstream)
      await request.get(`${balancer.url}/api/health`);
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText(`Lagret (versjon ${version}). Endringen vises på nettstedet nå.`)).toBeVisible();
    // The expiry reaches both at once; the page is then rendered afresh, which on a busy machine
    // (the other tests run beside this one) can take a few seconds.
    for (const instance of [a, b]) {
      await expect
        .poll(async () => (await request.get(`${instance.url}${publicPath}`)).text(), { timeout: 10_000 })
        .toContain(summary);
    }
  }
  const answered = new Set(balancer.requests().map((entry) => entry.upstream));
  expect(answered).toEqual(new Set([a.upstream, b.upstream]));
  expect(balancer.requests().filter((entry) => entry.status >= 500)).toEqual([]);
});

test("login throttling counts the failures on both instances together", async ({ page }) => {
  const editor = await createEditor("sperre");
  const logins = () =>
    balancer.requests().filter((entry) => entry.method === "POST" && entry.path === "/redaksjon/logg-inn");
  await page.goto(`${balancer.url}/redaksjon/logg-inn`);
  const before = logins().length;
  await failedLogIn(page, editor.email, "feil-passord-1");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Feil e-post eller passord.");
  await failedLogIn(page, editor.email, "feil-passord-2");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Feil e-post eller passord.");
  // The third failure locks the account (lib/auth/throttle.ts) only when both instances counted.
  await failedLogIn(page, editor.email, "feil-passord-3");
  await expect(page.locator("form").getByRole("alert")).toContainText("For mange mislykkede forsøk.");
  expect(
    new Set(
      logins()
        .slice(before)
        .map((entry) => entry.upstream),
    ),
  ).toEqual(new Set([a.upstream, b.upstream]));
  // Locked on whichever instance answers now, even with the right password.
  await failedLogIn(page, editor.email, editor.password);
  await expect(page.locator("form").getByRole("alert")).toContainText("For mange mislykkede forsøk.");
  const [row] = await query<{ failures: number }>(`SELECT failures FROM "LoginThrottle" WHERE key = $1`, [
    `email:${editor.email}`,
  ]);
  expect(row?.failures).toBe(3);
});

test("a page from another deployment gets a clear message, and the form keeps what was typed", async ({ page }) => {
  const editor = await createEditor("versjon");
  const [project] = await query<{ id: string; version: number }>(
    `SELECT id, version FROM "Project" WHERE "deletedAt" IS NULL ORDER BY slug DESC LIMIT 1`,
  );
  // As if the page had been rendered by a build of other sources or with another AUTH_SECRET.
  await page.route("**/*", (route) =>
    route.request().method() === "POST"
      ? route.continue({ headers: { ...route.request().headers(), "x-deployment-id": "annen-versjon" } })
      : route.continue(),
  );
  await page.goto(`${balancer.url}/redaksjon/logg-inn`);
  await logIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { name: "Siden er fra en annen versjon av portalen" })).toBeVisible();
  await expect(page.getByText(DEPLOYMENT_MISMATCH_MESSAGE)).toBeVisible();

  await page.unroute("**/*");
  await page.goto(`${balancer.url}/redaksjon/logg-inn`);
  await logIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${editor.name}`);
  await page.goto(`${balancer.url}/redaksjon/prosjekter/${project!.id}`);
  await page.route("**/*", (route) =>
    route.request().method() === "POST"
      ? route.continue({ headers: { ...route.request().headers(), "x-deployment-id": "annen-versjon" } })
      : route.continue(),
  );
  await page.getByLabel("Kort sammendrag").fill("Skrevet på en side fra en annen versjon");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(DEPLOYMENT_MISMATCH_MESSAGE);
  await expect(page.getByLabel("Kort sammendrag")).toHaveValue("Skrevet på en side fra en annen versjon");
  const [after] = await query<{ version: number }>(`SELECT version FROM "Project" WHERE id = $1`, [project!.id]);
  expect(after?.version).toBe(project!.version);
});
