import pg from "pg";
import { readFileSync } from "node:fs";
import { openBenchDatabase } from "/work/wt-scale/scripts/lib/bench-database";
const db = await openBenchDatabase();
const c = new pg.Client({ connectionString: db.url });
await c.connect();
if (process.argv[2] === "swap") {
  await c.query(`DROP INDEX IF EXISTS "Publication_updatedAt_id_idx"; DROP INDEX IF EXISTS "Publication_title_id_idx"`);
  await c.query(`DELETE FROM _prisma_migrations WHERE migration_name = '20261202150500_publication_editor_list_order'`);
  await c.query(readFileSync("prisma/migrations/20261202151500_publication_editor_list_indexes/migration.sql", "utf8"));
  await c.query(`VACUUM ANALYZE "Publication"`);
  await c.query(`DELETE FROM _prisma_migrations WHERE migration_name = '20261202151500_publication_editor_list_indexes'`);
  await c.query(`DROP INDEX "Publication_updatedAt_id_deletedAt_idx"; DROP INDEX "Publication_title_id_deletedAt_idx"; DROP INDEX "Publication_status_deletedAt_idx"`);
}
const q = async (sql: string) => {
  const r = await c.query("EXPLAIN (ANALYZE, BUFFERS) " + sql);
  console.log(sql.slice(0, 90)); console.log(r.rows.map((x: any) => x["QUERY PLAN"]).filter((l: string) => /Execution|Scan|Sort|Limit/.test(l)).slice(0, 4).join("\n"));
};
await c.query(readFileSync("prisma/migrations/20261202151500_publication_editor_list_indexes/migration.sql", "utf8"));
await q(`SELECT count(*) FROM "Publication" WHERE "deletedAt" IS NULL AND status='published'`);
await q(`SELECT count(*) FROM "Publication" WHERE "deletedAt" IS NULL`);
await q(`SELECT id FROM "Publication" WHERE "deletedAt" IS NULL ORDER BY title, id LIMIT 25 OFFSET 49500`);
await q(`SELECT id FROM "Publication" WHERE "deletedAt" IS NULL ORDER BY "updatedAt" DESC, id DESC LIMIT 25 OFFSET 49500`);
await q(`SELECT id FROM "Publication" WHERE "deletedAt" IS NOT NULL ORDER BY "updatedAt" DESC, id DESC LIMIT 25`);
await q(`SELECT id FROM "Publication" WHERE "deletedAt" IS NULL AND status='draft' AND ("createdById"='x' OR "updatedById"='x') ORDER BY "updatedAt" DESC LIMIT 10`);
await c.query(`DROP INDEX "Publication_updatedAt_id_deletedAt_idx"; DROP INDEX "Publication_title_id_deletedAt_idx"; DROP INDEX "Publication_status_deletedAt_idx"`);
await c.end(); await db.stop();
