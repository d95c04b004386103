// `npm run bench`: the production build on the synthetic database (npm run db:synthetic, made here
// when missing), loaded on loopback with autocannon: one page of every page type a visitor can
// reach and 20 searches, each cold (the first request) and warm; the server's peak memory; and
// each page type's HTML from a static server as its baseline, with the ratio. Prints a table,
// writes bench/results.json.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { frontCacheMegabytes } from "../lib/cache/front-cache.mjs";
import { benchDatabase, startServer } from "./lib/bench-server";
import { median, printTable, type Row } from "./lib/bench-table";
import { benchEditorPages, printEditorTable } from "./lib/bench-editor";
import { benchSearches, firstSearchAfterSave, type PageType, searchSummary } from "./lib/bench-searches";
import { load, timedRequest, type Measurement } from "./lib/bench-load";
import { calibrate, calibrationText } from "./lib/bench-calibration";
import { commandLine, peakRssMb, processTree } from "./lib/processes";
import { soak } from "./lib/soak";
import { startStaticServer } from "./lib/static-baseline";

const { values } = parseArgs({
  options: {
    publications: { type: "string", default: "100000" },
    seconds: { type: "string", default: "12" },
    "search-seconds": { type: "string", default: "5" },
    "warmup-seconds": { type: "string", default: "3" },
    // Server processes sharing the port (WEB_CONCURRENCY of npm start).
    workers: { type: "string", default: "1" },
    // Instead of the measurements: SECONDS of mixed load with a save every 10 s (scripts/lib/soak.ts).
    soak: { type: "string" },
    // Only one part: "search" the 20 searches, the ten visitors at once and the first search after
    // a save; "editor" the editors' pages signed in (scripts/lib/bench-editor.ts).
    only: { type: "string" },
  },
});
const PORT = Number(process.env.BENCH_PORT ?? 3202);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 3203);
const base = `http://127.0.0.1:${PORT}`;
// The front server's cache (scripts/serve.mjs); FRONT_CACHE_MB=0 measures Next.js alone.
const frontCacheMb = frontCacheMegabytes();

// Turns of the app and its static copy per page type (see main).
const ROUNDS = 3;

/** The same first-time URL asked for by `visitors` at the same moment: how long each waited. */
async function coldBurst(url: string, visitors: number) {
  const latencies = (await Promise.all(Array.from({ length: visitors }, () => timedRequest(url))))
    .map((ms) => Math.round(ms * 10) / 10)
    .sort((a, b) => a - b);
  return { path: url.slice(base.length), visitors, latenciesMs: latencies, slowestMs: latencies.at(-1)! };
}

async function main(): Promise<void> {
  const count = Number(values.publications);
  const seconds = Number(values.seconds);
  const searchSeconds = Number(values["search-seconds"]);
  if (values.only !== undefined && values.only !== "search" && values.only !== "editor")
    throw new Error(`--only takes «search» or «editor», not «${values.only}»`);
  // The load of other work on the machine skews every figure; it is recorded with them.
  const loadBefore = os.loadavg();
  console.log(`Benchmark on ${os.cpus().length} cores, load average ${loadBefore.map((n) => n.toFixed(1)).join(" ")}`);
  const database = await benchDatabase(count);
  let server: ChildProcess | undefined;
  let staticServer: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  try {
    const { pages, otherPages, searches, warmupPaths, coldBurstPath } = await benchSearches(database.url);
    // The machine's speed before the build, and again at the end (bench-calibration.ts).
    const calibrationBefore = await calibrate(database.url);
    console.log(`  Machine speed: ${calibrationText(calibrationBefore)}`);
    console.log("  Building and starting the production server");
    const started = await startServer(database.url, { port: PORT, workers: values.workers! });
    server = started.child;
    if (values.soak !== undefined) {
      const seconds = Number(values.soak);
      if (!Number.isInteger(seconds) || seconds < 30)
        throw new Error(`--soak takes a number of seconds (at least 30), not «${values.soak}»`);
      await soak(
        base,
        database.url,
        server.pid!,
        [...pages.map((type) => type.path), ...searches.map((search) => search.path)],
        seconds,
      );
      return;
    }
    if (values.only === "editor") {
      printEditorTable(await benchEditorPages(base, database.url));
      return;
    }
    // Node compiles hot code only after a while: warm the server up on other pages first.
    for (const path of warmupPaths) await load(base + path, { connections: 10, seconds: 3 });
    const rows: Row[] = [];
    // Cold: the first request of the URL. Warm: after a short unmeasured load on it.
    const page = async (name: string, path: string, connections: number, duration: number) => {
      const coldMs = await timedRequest(base + path);
      await load(base + path, { connections, seconds: Number(values["warmup-seconds"]) });
      rows.push({ name, path, ...(await load(base + path, { connections, seconds: duration, coldMs })) });
      console.log(`  ${name}: ${rows.at(-1)!.requestsPerSecond} req/s`);
    };
    // Each page type against the same body served as a file, measured right after it so that
    // other work on the machine weighs on both alike. First the cold request of every page.
    const warmup = Number(values["warmup-seconds"]);
    let staticServerName: string | null = null;
    const againstCopies = async (types: PageType[]) => {
      if (!types.length) return;
      const coldMs = new Map<string, number>();
      for (const type of types) coldMs.set(type.path, await timedRequest(base + type.path));
      const bodies = new Map<string, Buffer>();
      for (const type of types) {
        const response = await fetch(base + type.path);
        if (!response.ok) throw new Error(`${type.path} answered ${response.status}: not a page to measure`);
        bodies.set(type.file, Buffer.from(await response.arrayBuffer()));
      }
      const copies = await startStaticServer(bodies, STATIC_PORT);
      staticServer = copies;
      staticServerName = copies.server;
      // The load of other work on the machine (and of its neighbours: this is a shared virtual
      // machine) comes and goes within seconds, so the two are measured in turns, ROUNDS rounds each,
      // and each keeps its median round.
      for (const type of types) {
        await load(base + type.path, { connections: 10, seconds: warmup });
        await load(copies.url(type.file), { connections: 10, seconds: warmup });
        const app: Measurement[] = [];
        const copy: Measurement[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          app.push(
            await load(base + type.path, { connections: 10, seconds: seconds / ROUNDS, coldMs: coldMs.get(type.path) }),
          );
          copy.push(await load(copies.url(type.file), { connections: 10, seconds: seconds / ROUNDS }));
        }
        const measured = median(app);
        const baseline = median(copy);
        const ratio = Math.round((measured.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100;
        rows.push({
          name: type.name,
          path: type.path,
          ...measured,
          staticRequestsPerSecond: baseline.requestsPerSecond,
          ratio,
        });
        console.log(
          `  ${type.name}: ${measured.requestsPerSecond} req/s, its static copy ${baseline.requestsPerSecond} (${ratio} ×)`,
        );
      }
      await copies.stop();
      staticServer = undefined;
    };
    // (No static copies when only the searches are measured.) The HTML pages first; the other
    // page types (feeds, API, exports …) after the searches and the editor pages, so that their
    // load (an export formats 2,000 works) weighs on no search measured after it.
    if (values.only !== "search") await againstCopies(pages);
    // One connection: the latency is the server's own time, without queueing behind other requests.
    for (const search of searches) await page(search.name, search.path, 1, searchSeconds);
    // Ten visitors at once making the same first-time search, as after a save on a busy day.
    const burst = await coldBurst(base + coldBurstPath, 10);
    console.log(`  ${burst.visitors} visitors at once, first time: ${burst.slowestMs} ms for the slowest`);
    // The first search is «selvhjelp»: after a save of a work it does not find, and of one it finds.
    const afterSave = {
      path: searches[0]!.path,
      ms: await firstSearchAfterSave(database.url, base + searches[0]!.path, { word: "selvhjelp", shown: false }),
      shownMs: await firstSearchAfterSave(database.url, base + searches[0]!.path, { word: "selvhjelp", shown: true }),
    };
    const summary = {
      // The searches: the rows without a static copy (some page types have a query too).
      ...searchSummary(rows.filter((row) => row.ratio === undefined)),
      firstAfterSaveMs: afterSave.ms,
      firstAfterSaveOfShownWorkMs: afterSave.shownMs,
    };
    const editorRows = values.only === "search" ? [] : await benchEditorPages(base, database.url);
    if (values.only !== "search") await againstCopies(otherPages);
    // The front server and the Next.js processes behind it (scripts/serve.mjs).
    const serverPids = processTree(server.pid!).filter((pid) =>
      /next-server|scripts\/serve\.mjs/.test(commandLine(pid)),
    );
    // Their peaks added up (an upper bound of the total).
    const peakRss = serverPids.map(peakRssMb).reduce((sum, mb) => sum + mb, 0);

    const pageRows = rows.filter((row) => row.ratio !== undefined);

    console.log(
      `\n${count.toLocaleString("en")} synthetic works · build and start ${started.seconds} s · ${values.workers} Next.js process(es) · front cache ${frontCacheMb ? `${frontCacheMb} MB` : "off"} · peak RSS ${peakRss} MB`,
    );
    printTable(rows);
    if (editorRows.length) printEditorTable(editorRows);
    console.log(`${burst.path}, first time, ${burst.visitors} visitors at once: ${burst.latenciesMs.join(", ")} ms`);
    const slowest = pageRows.reduce<Row | null>(
      (worst, row) => (!worst || row.ratio! < worst.ratio! ? row : worst),
      null,
    );
    if (slowest)
      console.log(
        `Every page type serves at least ${slowest.ratio} × the requests per second of its static file (${slowest.name}); static server: ${staticServerName}`,
      );
    console.log(
      `Searches: cold p95 ${summary.coldP95Ms} ms, rare words and names ${summary.rareColdP95Ms} ms, repeated p95 at most ${summary.repeatedWorstP95Ms} ms; ${afterSave.path} after a save of a work it does not find: ${afterSave.ms} ms, of one it finds: ${afterSave.shownMs} ms`,
    );
    const calibrationAfter = await calibrate(database.url);
    console.log(
      `Machine speed: before the run ${calibrationText(calibrationBefore)}; after it ${calibrationText(calibrationAfter)}`,
    );
    console.log(
      `Load average before ${loadBefore.map((n) => n.toFixed(1)).join(" ")}, after ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    );
    const searchRows = rows.filter((row) => row.ratio === undefined);
    const results = {
      date: new Date().toISOString(),
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      loadAverage: { before: loadBefore, after: os.loadavg() },
      calibration: { before: calibrationBefore, after: calibrationAfter },
      publications: count,
      buildAndStartSeconds: started.seconds,
      serverProcesses: Number(values.workers),
      frontCacheMb,
      serverPeakRssMb: peakRss,
      staticServer: staticServerName,
      only: values.only ?? null,
      lowestRatioToStatic: slowest?.ratio ?? null,
      searches: summary,
      worstSearchP95Ms: Math.max(...searchRows.map((row) => row.p95)),
      rows,
      coldBurst: burst,
      editorPages: editorRows,
    };
    mkdirSync("bench", { recursive: true });
    const file = values.only ? `bench/results-${values.only}.json` : "bench/results.json";
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Written to ${file}`);
  } finally {
    await staticServer?.stop();
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server?.once("exit", resolve));
    }
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
