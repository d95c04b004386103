import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. On these machines only `prisma generate` runs through it;
// migrations are applied by lib/db/migrations.ts (see docs/operations.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/selvhjelp" },
});
