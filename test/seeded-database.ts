import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seed } from "../prisma/seed/seed";
import { createTestDatabase } from "./database";

/**
 * A fresh database with the real seed content, for integration tests of the data layer.
 * It also points DATABASE_URL at it, so that modules importing lib/db (loaded afterwards
 * with a dynamic import) use it.
 */
export async function createSeededDatabase() {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  await seed(db);
  return {
    db,
    url: database.url,
    async drop() {
      await db.$disconnect();
      const { db: appDb } = await import("../lib/db");
      await appDb.$disconnect();
      await database.drop();
    },
  };
}
