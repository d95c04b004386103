import pg from "pg";
const c = new pg.Client({ connectionString: process.env.PGURL }); await c.connect();
for (const q of process.argv.slice(2)) { const t = performance.now(); const r = await c.query(q); const ms = (performance.now() - t).toFixed(1); for (const row of r.rows.slice(0, 30)) console.log(Object.values(row).join(" | ")); console.log(`-- ${ms} ms`); }
await c.end();
