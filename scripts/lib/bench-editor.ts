// The editors' pages at scale, for `npm run bench` (and `npm run bench -- --only editor`): every
// editor page type, fetched as a signed-in admin one request at a time (the server's own time, no
// queueing), against the targets of issue 11: each answers in < 300 ms and sends < 200 KB of HTML.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";

export const EDITOR_TARGET_MS = 300;
export const EDITOR_TARGET_KB = 200;
const ROUNDS = 10;

export type EditorRow = { name: string; path: string; coldMs: number; medianMs: number; worstMs: number; kb: number };

/** The pages: one of each type, the heavy case of each (a deep list page, the longest author list). */
async function editorPages(client: pg.Client): Promise<{ name: string; path: string }[]> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT "publicationId" AS id FROM "PublicationContributor" GROUP BY "publicationId" ORDER BY count(*) DESC, "publicationId" LIMIT 1`,
  );
  const { rows: works } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Publication" WHERE "deletedAt" IS NULL`,
  );
  const deepPage = Math.max(1, Math.floor((works[0]?.n ?? 0) / 25 / 2));
  const first = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]?.id ?? "none";
  // The heavy case of each edit form: the person on most works, the project with most members,
  // the organisation with most people; the history of the work with most revisions.
  const person = await first(
    `SELECT "personId" AS id FROM "PublicationContributor" GROUP BY "personId" ORDER BY count(*) DESC, "personId" LIMIT 1`,
  );
  const project = await first(
    `SELECT p.id FROM "Project" p LEFT JOIN "ProjectMember" m ON m."projectId" = p.id GROUP BY p.id ORDER BY count(m.id) DESC, p.id LIMIT 1`,
  );
  const organisation = await first(
    `SELECT o.id FROM "Organisation" o LEFT JOIN "Person" p ON p."affiliationId" = o.id GROUP BY o.id ORDER BY count(p.id) DESC, o.id LIMIT 1`,
  );
  const event = await first(`SELECT id FROM "Event" ORDER BY "startsAt" DESC NULLS LAST, id LIMIT 1`);
  const revised = await first(
    `SELECT "entityId" AS id FROM "Revision" WHERE "entityType" = 'publication' GROUP BY "entityId" ORDER BY count(*) DESC, "entityId" LIMIT 1`,
  );
  return [
    { name: "dashboard", path: "/redaksjon" },
    { name: "list: works", path: "/redaksjon/publikasjoner" },
    { name: "list: persons, by name", path: "/redaksjon/personer?sorter=tittel" },
    { name: `list: works, page ${deepPage}`, path: `/redaksjon/publikasjoner?sorter=tittel&side=${deepPage}` },
    { name: "new work form", path: "/redaksjon/publikasjoner/ny" },
    { name: "new project form", path: "/redaksjon/prosjekter/ny" },
    { name: "edit work, most authors", path: `/redaksjon/publikasjoner/${rows[0]?.id ?? "none"}` },
    { name: "edit person, most works", path: `/redaksjon/personer/${person}` },
    { name: "edit project, most members", path: `/redaksjon/prosjekter/${project}` },
    { name: "edit organisation, most people", path: `/redaksjon/organisasjoner/${organisation}` },
    { name: "edit event", path: `/redaksjon/arrangementer/${event}` },
    {
      name: "history, most revisions",
      path: `/redaksjon/publikasjoner/${revised === "none" ? rows[0]?.id : revised}/historikk`,
    },
    { name: "trash", path: "/redaksjon/papirkurv" },
    { name: "log", path: "/redaksjon/logg" },
    { name: "importer", path: "/redaksjon/importer" },
    { name: "editors", path: "/redaksjon/redaktorer" },
    { name: "picker search: persons", path: "/redaksjon/valg?sett=persons&q=han" },
    { name: "picker search: works", path: "/redaksjon/valg?sett=publications&q=selvhjelp" },
  ];
}

/** A throw-away admin, signed in through the login page in Chromium: its session cookie. */
async function signedInCookie(
  base: string,
  client: pg.Client,
): Promise<{ cookie: string; remove: () => Promise<void> }> {
  const id = randomUUID();
  const account = { email: `bench-${id.slice(0, 8)}@example.no`, password: `passord-${randomUUID()}` };
  await client.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, 'Bench Admin', 'admin', $3, now())`,
    [id, account.email, await hashPassword(account.password)],
  );
  const remove = async () => {
    // Its audit rows keep the account (they name who signed in); it is locked out.
    await client.query(`UPDATE "User" SET disabled = true, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [
      id,
    ]);
  };
  const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (path) => path && existsSync(path),
  );
  if (!executablePath) throw new Error("The editor pages' bench signs in with Chromium: apt-get install chromium.");
  const browser = await chromium.launch({ executablePath });
  try {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto("/redaksjon/logg-inn");
    await page.getByLabel("E-post").fill(account.email);
    await page.getByLabel("Passord").fill(account.password);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.getByRole("heading", { level: 1, name: "Hei, Bench Admin" }).waitFor({ timeout: 60_000 });
    const cookies = await context.cookies();
    return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "), remove };
  } finally {
    await browser.close();
  }
}

/** One request to the last byte: its time and body size; fails on anything but a 200 (a redirect to the login too). */
async function timed(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function benchEditorPages(base: string, databaseUrl: string): Promise<EditorRow[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // Without a listener, the database's stop after a failure here would crash the bench with a
  // pg error instead of the failure's own message.
  client.on("error", () => undefined);
  await client.connect();
  let session: Awaited<ReturnType<typeof signedInCookie>> | undefined;
  try {
    session = await signedInCookie(base, client);
    const rows: EditorRow[] = [];
    for (const { name, path } of await editorPages(client)) {
      const cold = await timed(base + path, session.cookie);
      for (let i = 0; i < 3; i++) await timed(base + path, session.cookie);
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) times.push((await timed(base + path, session.cookie)).ms);
      times.sort((a, b) => a - b);
      rows.push({
        name,
        path,
        coldMs: round(cold.ms),
        medianMs: round(times[Math.floor(ROUNDS / 2)]!),
        worstMs: round(times.at(-1)!),
        kb: round(cold.bytes / 1024),
      });
      console.log(`  ${name}: ${rows.at(-1)!.medianMs} ms, ${rows.at(-1)!.kb} KB`);
    }
    return rows;
  } finally {
    await session?.remove();
    await client.end();
  }
}

export function printEditorTable(rows: EditorRow[]): void {
  const header = ["editor page (signed in)", "cold ms", "median ms", "worst ms", "HTML KB", "targets"];
  const lines = rows.map((r) => [
    r.name,
    String(r.coldMs),
    String(r.medianMs),
    String(r.worstMs),
    String(r.kb),
    r.medianMs < EDITOR_TARGET_MS && r.kb < EDITOR_TARGET_KB ? "met" : "MISSED",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  for (const line of [header, ...lines])
    console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  console.log(
    `Targets: every editor page under ${EDITOR_TARGET_MS} ms (median of ${ROUNDS}) and ${EDITOR_TARGET_KB} KB of HTML`,
  );
}
