// What a backup holds and how it is read back: the manifest (its format, checked with zod), the
// snapshot's description and the check of a whole file. The format is described in backup.ts;
// restore.ts brings a file back.
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { z } from "zod";
import { readTar } from "./tar";

export const BACKUP_FORMAT = "selvhjelp-backup";
const FORMAT_VERSION = 1;
export const SCHEMA = "public";
/** Tables whose rows a backup leaves out (a restore leaves them empty). */
export const EXCLUDED_TABLES = ["EditorSession"];
export const MANIFEST = "manifest.json";
export const MIGRATIONS_TABLE = "_prisma_migrations";

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  server: z.string(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      columns: z.array(z.string()),
      generated: z.array(z.string()),
      rows: z.number().int(),
    }),
  ),
  sequences: z.array(z.object({ name: z.string(), value: z.string(), called: z.boolean() })),
  excluded: z.object({ tables: z.array(z.string()), schemas: z.array(z.string()) }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export class BackupError extends Error {}

export const quote = (name: string) => pg.escapeIdentifier(name);
export const table = (name: string) => `${quote(SCHEMA)}.${quote(name)}`;

export async function connect(databaseUrl: string, application: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: application });
  await client.connect();
  return client;
}

/** What the snapshot holds: tables (referenced before referencing, for readers), columns, counts. */
export async function describe(client: pg.Client, now: Date): Promise<BackupManifest> {
  const server = (await client.query<{ version: string }>("SELECT current_setting('server_version') AS version"))
    .rows[0]!.version;
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname COLLATE "C"`,
      [SCHEMA],
    )
  ).rows.map((row) => row.name);
  if (!tables.includes(MIGRATIONS_TABLE))
    throw new BackupError(
      `The database has no ${MIGRATIONS_TABLE} table: there is nothing of the portal's to back up.`,
    );
  const columns = await client.query<{ table: string; name: string; generated: string }>(
    `SELECT c.relname AS table, a.attname AS name, a.attgenerated AS generated
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
    [SCHEMA],
  );
  const migrations = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${table(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  const sequences = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY 1`,
    [SCHEMA],
  );
  const schemas = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname <> $1 AND nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1`,
    [SCHEMA],
  );
  const included = tables.filter((name) => !EXCLUDED_TABLES.includes(name));
  return {
    format: BACKUP_FORMAT,
    version: FORMAT_VERSION,
    createdAt: now.toISOString(),
    server,
    migrations: migrations.rows,
    tables: await sequentially(included, async (name, index) => {
      const own = columns.rows.filter((column) => column.table === name);
      const { count } = (await client.query<{ count: string }>(`SELECT count(*) FROM ${table(name)}`)).rows[0]!;
      return {
        name,
        file: `tables/${String(index + 1).padStart(3, "0")}-${name}.copy`,
        columns: own.filter((column) => !column.generated).map((column) => column.name),
        generated: own.filter((column) => column.generated).map((column) => column.name),
        rows: Number(count),
      };
    }),
    sequences: await sequentially(sequences.rows, async ({ name }) => {
      const row = (
        await client.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text, is_called FROM ${table(name)}`,
        )
      ).rows[0]!;
      return { name, value: row.last_value, called: row.is_called };
    }),
    excluded: {
      tables: EXCLUDED_TABLES.filter((name) => tables.includes(name)),
      schemas: schemas.rows.map((row) => row.name),
    },
  };
}

/** One query at a time on one client (pg 9 refuses overlapping ones). */
async function sequentially<T, R>(items: T[], run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const [index, item] of items.entries()) results.push(await run(item, index));
  return results;
}

export function entries(file: string) {
  return readTar(createReadStream(file).pipe(createGunzip()));
}

async function readManifest(body: AsyncIterable<Buffer>): Promise<BackupManifest> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  const parsed = manifestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
  if (!parsed.success)
    throw new BackupError(`The backup's manifest is not one this version understands: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Reads the whole backup and checks it (gzip's checksum, the archive, every table with the rows
 * the manifest names) before a restore touches anything. Returns its manifest.
 */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  let manifest: BackupManifest | undefined;
  const seen = new Map<string, number>();
  try {
    for await (const entry of entries(file)) {
      if (!manifest) {
        if (entry.name !== MANIFEST)
          throw new BackupError(`${file} is not a backup of this portal (it does not begin with ${MANIFEST}).`);
        manifest = await readManifest(entry.body);
        continue;
      }
      let rows = 0;
      // In COPY's text format a newline inside a value is written as \n: each raw one ends a row.
      for await (const chunk of entry.body)
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
      seen.set(entry.name, rows);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${file} cannot be read as a backup: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  if (!manifest) throw new BackupError(`${file} is empty.`);
  for (const entry of manifest.tables) {
    const rows = seen.get(entry.file);
    if (rows !== entry.rows)
      throw new BackupError(
        `${file} is incomplete: "${entry.name}" has ${rows ?? "no"} rows of the ${entry.rows} its manifest names.`,
      );
  }
  return manifest;
}
