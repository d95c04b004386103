// `npm run db:seed`: applies migrations and (re)writes the real content by slug. Entries
// that editors changed are overwritten with the seed's version, so this is for resetting
// the seed content on purpose; `npm start` seeds only a new database.
import { openDatabase, prepareDatabase } from "./lib/database";

async function main() {
  const database = await openDatabase();
  try {
    await prepareDatabase(database.url, { forceSeed: true });
    console.log("  Done");
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
