import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";
import { chromium, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { commandLine, processTree } from "./processes";

// `npm run bench -- --soak SECONDS`: a long load of mixed visitors (every page type and the
// searches, 50 connections) while an editor saves in a real browser every 10 s, as on a busy day.
// Prints, for every 30 s, the requests, errors, p99 latency and the server's memory, so that a
// leak or a slow decline shows as a trend. The editor is a throw-away account in the benchmark
// database, removed afterwards; the saves change the summary of one event (its revision history
// grows). An event, not a work: at 100,000 works the work form loads every work and person into
// its pickers and takes longer than a minute to open under this load (issue 11, item 4).

const SLICE_SECONDS = 30;
const SAVE_EVERY_MS = 10_000;
const CONNECTIONS = 50;

type Slice = {
  fromS: number;
  requests: number;
  errors: number;
  p99: number;
  rssMb: number;
  saves: number;
  failedSaves: number;
};

/** Current resident memory of the front server and the Next.js processes, in MB. */
function serverRssMb(serverPid: number): number {
  const kb = processTree(serverPid)
    .filter((pid) => /next-server|scripts\/serve\.mjs/.test(commandLine(pid)))
    .map((pid) => {
      try {
        return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      } catch {
        return 0;
      }
    })
    .reduce((sum, value) => sum + value, 0);
  return Math.round(kb / 1024);
}

/** An editor account straight in the database; returns its login and how to remove it. */
async function throwAwayEditor(databaseUrl: string) {
  const account = {
    email: `soak-${randomUUID().slice(0, 8)}@example.no`,
    password: `passord-${randomUUID()}`,
    name: "Soak Redaktør",
  };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const id = randomUUID();
  await client.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'editor', $4, now())`,
    [id, account.email, account.name, await hashPassword(account.password)],
  );
  const event = await client.query<{ id: string }>(
    `SELECT id FROM "Event" WHERE "deletedAt" IS NULL ORDER BY slug LIMIT 1`,
  );
  const remove = async () => {
    // The account's audit rows and revisions keep it (they name who saved); it is locked out.
    await client
      .query(`UPDATE "User" SET disabled = true, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [id])
      .catch(() => {});
    await client.end();
  };
  return { account, eventId: event.rows[0]!.id, remove };
}

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (path) => path && existsSync(path),
  );
  if (!found) throw new Error("The soak's editor needs Chromium: apt-get install chromium, or set CHROMIUM_PATH.");
  return found;
}

/** Saves the work's note every SAVE_EVERY_MS until `until`; counts saves and failures (never throws). */
async function editorSaving(
  page: Page,
  editUrl: string,
  until: number,
  counts: { saves: number; failed: number; messages: string[] },
) {
  let onForm = false;
  for (let round = 1; Date.now() < until; round++) {
    const started = Date.now();
    try {
      if (!onForm) await page.goto(editUrl, { timeout: 60_000 });
      onForm = true;
      await page.getByLabel("Kort sammendrag", { exact: true }).fill(`Soak ${new Date().toISOString()} (${round})`);
      // The form says «Lagret (versjon N).» after each save: the save is done when N has changed.
      const saved = page.getByText(/Lagret \(versjon \d+\)/);
      const before = (await saved.count()) > 0 ? await saved.first().textContent() : null;
      await page.getByRole("button", { name: "Lagre" }).click();
      await page.waitForFunction(
        (previous) => {
          const match = /Lagret \(versjon \d+\)/.exec(document.body.innerText);
          return match !== null && match[0] !== previous;
        },
        before?.match(/Lagret \(versjon \d+\)/)?.[0] ?? null,
        { timeout: 15_000 },
      );
      counts.saves++;
    } catch (error) {
      counts.failed++;
      counts.messages.push(error instanceof Error ? error.message.split("\n")[0]! : String(error));
      // What the editor saw, for the first failure.
      if (counts.failed === 1)
        await page.screenshot({ path: "bench/soak-failed-save.png", fullPage: true }).catch(() => {});
      onForm = false;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, SAVE_EVERY_MS - (Date.now() - started))));
  }
}

/** Runs the soak for `seconds` against the server at `base`; prints the slices and a summary. */
export async function soak(
  base: string,
  databaseUrl: string,
  serverPid: number,
  paths: string[],
  seconds: number,
): Promise<void> {
  const editor = await throwAwayEditor(databaseUrl);
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const counts = { saves: 0, failed: 0, messages: [] as string[] };
  try {
    const page = await (await browser.newContext({ baseURL: base })).newPage();
    await page.goto("/redaksjon/logg-inn");
    await page.getByLabel("E-post").fill(editor.account.email);
    await page.getByLabel("Passord").fill(editor.account.password);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.getByRole("heading", { level: 1, name: `Hei, ${editor.account.name}` }).waitFor({ timeout: 30_000 });
    const until = Date.now() + seconds * 1000;
    const saving = editorSaving(page, `/redaksjon/arrangementer/${editor.eventId}`, until, counts);
    const slices: Slice[] = [];
    console.log(
      `  Soak: ${seconds} s, ${CONNECTIONS} connections over ${paths.length} URLs, a save every ${SAVE_EVERY_MS / 1000} s`,
    );
    console.log("  from s  requests  errors  p99 ms  RSS MB  saves");
    for (let from = 0; from < seconds; from += SLICE_SECONDS) {
      const latencies: number[] = [];
      const before = { ...counts };
      const run = autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: Math.min(SLICE_SECONDS, seconds - from),
        timeout: 30,
        requests: paths.map((path) => ({ method: "GET", path })),
      });
      run.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
      const result = await run;
      latencies.sort((a, b) => a - b);
      const slice: Slice = {
        fromS: from,
        requests: result.requests.total,
        errors: result.non2xx + result.errors + result.timeouts,
        p99: Math.round((latencies[Math.floor(latencies.length * 0.99)] ?? NaN) * 10) / 10,
        rssMb: serverRssMb(serverPid),
        saves: counts.saves - before.saves,
        failedSaves: counts.failed - before.failed,
      };
      slices.push(slice);
      console.log(
        `  ${String(slice.fromS).padStart(6)}  ${String(slice.requests).padStart(8)}  ${String(slice.errors).padStart(6)}  ${String(slice.p99).padStart(6)}  ${String(slice.rssMb).padStart(6)}  ${slice.saves}${slice.failedSaves ? ` (${slice.failedSaves} failed)` : ""}`,
      );
    }
    await saving;
    const total = slices.reduce((sum, slice) => sum + slice.requests, 0);
    const errors = slices.reduce((sum, slice) => sum + slice.errors, 0);
    const rss = slices.map((slice) => slice.rssMb);
    console.log(
      `\nSoak: ${total.toLocaleString("en")} requests, ${errors} errors, p99 ${Math.min(...slices.map((s) => s.p99))}-${Math.max(...slices.map((s) => s.p99))} ms per slice, ` +
        `${counts.saves} saves (${counts.failed} failed), server RSS ${rss[0]} MB at the start, ${Math.max(...rss)} MB at most, ${rss.at(-1)} MB at the end`,
    );
    for (const message of counts.messages.slice(0, 5)) console.log(`  failed save: ${message}`);
  } finally {
    await browser.close();
    await editor.remove();
  }
}
