import { execFileSync } from "node:child_process";
import pg from "pg";

// How fast this machine is at the time of a run, for `npm run bench`: the same fixed work in a
// new Node process and in PostgreSQL, at the start of the run and at its end. The searches' targets
// are in milliseconds, and this shared machine was 1.4-1.7 times slower on some days than on
// others with the same code (bench/README.md): these figures tell such runs apart.

// Sorting and a JSON round trip of fixed pseudo-random data, timed five times in a fresh process
// (nothing compiled or cached from the bench); the median, in ms.
const NODE_WORK = `
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const times = [];
for (let round = 0; round < 5; round++) {
  seed = 1;
  const start = performance.now();
  const numbers = Array.from({ length: 200000 }, random).sort((a, b) => a - b);
  const objects = Array.from({ length: 20000 }, (_, i) => ({ i, title: "Selvhjelp " + numbers[i * 10], tags: [i % 7, i % 11] }));
  if (JSON.parse(JSON.stringify(objects)).length !== objects.length) throw new Error("JSON");
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(times[2]);`;

/** The median of five timings of the same work in PostgreSQL (aggregating half a million rows), in ms. */
async function databaseWork(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      await client.query("SELECT sum(i % 97) FROM generate_series(1, 500000) AS s(i)");
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[2]!;
  } finally {
    await client.end();
  }
}

export type Calibration = { nodeMs: number; postgresMs: number };

export async function calibrate(databaseUrl: string): Promise<Calibration> {
  const nodeMs = Number(execFileSync(process.execPath, ["-e", NODE_WORK], { encoding: "utf8" }).trim());
  const postgresMs = await databaseWork(databaseUrl);
  return { nodeMs: Math.round(nodeMs * 10) / 10, postgresMs: Math.round(postgresMs * 10) / 10 };
}

export const calibrationText = ({ nodeMs, postgresMs }: Calibration) =>
  `the same fixed work took ${nodeMs} ms in Node and ${postgresMs} ms in PostgreSQL`;
