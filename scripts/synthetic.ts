// `npm run db:synthetic -- --publications 100000`: a separate database (see
// scripts/lib/bench-database.ts) with the real content plus that many synthetic works, for
// `npm run bench`. `--database-url URL` writes into another database instead, on explicit request.
import { parseArgs } from "node:util";
import { openBenchDatabase } from "./lib/bench-database";
import { prepareDatabase, type Database } from "./lib/database";
import { syntheticData } from "./lib/synthetic-data";
import { existingTopicIds, insertSyntheticData } from "./lib/synthetic-insert";
import pg from "pg";

const { values } = parseArgs({
  options: {
    publications: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    "database-url": { type: "string" },
  },
});

async function main(): Promise<void> {
  const count = Number(values.publications);
  if (!Number.isInteger(count) || count < 1 || count > 2_000_000)
    throw new Error("--publications must be a whole number from 1 to 2,000,000");
  const started = performance.now();
  const explicitUrl = values["database-url"];
  const database: Database = explicitUrl
    ? { url: explicitUrl, embedded: false, stop: async () => {} }
    : await openBenchDatabase({ fresh: true });
  try {
    await prepareDatabase(database.url);
    if (explicitUrl && (await hasSyntheticWorks(explicitUrl)))
      throw new Error("That database already holds synthetic works: use a fresh one.");
    const data = syntheticData(count, {
      seed: Number(values.seed),
      existingTopicIds: await existingTopicIds(database.url),
    });
    console.log(
      `  Writing ${count.toLocaleString("en")} synthetic works by ${data.persons.length.toLocaleString("en")} people`,
    );
    await insertSyntheticData(database.url, data, progressBar(count));
    console.log(`  Done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await database.stop();
  }
}

async function hasSyntheticWorks(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM "Publication" WHERE id LIKE 'syn\\_work\\_%' LIMIT 1`)).rowCount === 1;
  } finally {
    await client.end();
  }
}

function progressBar(total: number): (done: number) => void {
  const width = 30;
  let lastTenth = -1;
  return (done) => {
    const share = done / total;
    if (process.stdout.isTTY) {
      const filled = Math.round(share * width);
      process.stdout.write(
        `\r  [${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.floor(share * 100)}% ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`,
      );
      if (done === total) process.stdout.write("\n");
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      console.log(`  ${Math.floor(share * 100)}% (${done.toLocaleString("en")} / ${total.toLocaleString("en")})`);
    }
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
