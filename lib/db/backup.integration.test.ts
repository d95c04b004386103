import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createGunzip, gunzipSync, gzipSync } from "node:zlib";
import { createReadStream } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { readTar, TAR_END, tarEntry } from "./tar";
import { backupFileName, pruneBackups, verifyBackup, writeBackup } from "./backup";
import { applyMigrationSubset, restoreBackup } from "./restore";
import { migrationsDir } from "./migrations";

let dir: string;
const dropLater: (() => Promise<void>)[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selvhjelp-backup-test-"));
});

afterAll(async () => {
  for (const drop of dropLater) await drop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Every table of `public`, each as its rows in JSON (generated columns included), sorted. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const tables = (
      await client.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
      )
    ).rows;
    const result: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "public"."${name}" t`);
      result[name] = rows.rows.map((row) => row.row).sort();
    }
    return result;
  });
}

async function newDatabase(migrations?: string[]): Promise<TestDatabase> {
  if (!migrations) {
    const database = await createTestDatabase();
    dropLater.push(database.drop);
    return database;
  }
  const serverUrl = inject("databaseServerUrl");
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () =>
    withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {});
  dropLater.push(drop);
  await applyMigrationSubset(url.toString(), migrations);
  return { url: url.toString(), drop };
}

const ids = {
  user: "backup-test-user",
  parent: "backup-test-parent",
  child: "backup-test-child",
};

describe("a backup of a seeded database", () => {
  let database: TestDatabase;
  let before: Record<string, string[]>;
  let file: string;

  beforeAll(async () => {
    database = await newDatabase();
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    await seed(prisma);
    await prisma.$disconnect();
    await withClient(database.url, async (client) => {
      await client.query(
        `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, 'anne@example.no', 'Anne Ås', 'admin', 'x', now())`,
        [ids.user],
      );
      await client.query(
        `INSERT INTO "EditorSession" (id, "userId", "expiresAt") VALUES ('backup-test-session', $1, now() + interval '1 hour')`,
        [ids.user],
      );
      // A child written before its parent's newest row version: COPY gives the child first.
      await client.query(
        `INSERT INTO "Organisation" (id, slug, name, "formerNames", "updatedAt") VALUES ($1, 'forelder', 'Forelder', '{}', now())`,
        [ids.parent],
      );
      await client.query(
        `INSERT INTO "Organisation" (id, slug, name, "formerNames", "parentId", "updatedAt") VALUES ($1, 'barn', 'Barn', '{}', $2, now())`,
        [ids.child, ids.parent],
      );
      await client.query(
        `UPDATE "Organisation" SET name = 'Forelder «Æ» \\ tab\tlinje\nslutt', "formerNames" = '{"a,b","c\\"d"}' WHERE id = $1`,
        [ids.parent],
      );
      await client.query(
        `INSERT INTO "AuditEvent" (id, action, detail, "userId") VALUES ('backup-test-audit', 'publish', '{"note": "før"}', $1)`,
        [ids.user],
      );
      await client.query(
        `UPDATE "Publication" SET "deletedAt" = now() WHERE id = (SELECT id FROM "Publication" ORDER BY slug LIMIT 1)`,
      );
      // An attached file: its bytes (every byte value, as in a PDF or an image) are in the backup.
      await client.query(
        `INSERT INTO "Attachment" (id, kind, role, title, "fileName", "mediaType", "byteSize", sha256, "publicationId")
         VALUES ('backup-test-file', 'pdf', 'fulltext', 'Rapport', 'rapport.pdf', 'application/pdf', 256, 'x',
           (SELECT id FROM "Publication" ORDER BY slug LIMIT 1))`,
      );
      await client.query(
        `INSERT INTO "AttachmentFile" ("attachmentId", variant, "mediaType", "byteSize", sha256, bytes)
         VALUES ('backup-test-file', 'original', 'application/pdf', 256, 'x', $1)`,
        [Buffer.from(Array.from({ length: 256 }, (_, i) => i))],
      );
      // pg-boss keeps its own schema in the same database; a backup leaves it alone.
      await client.query(
        `CREATE SCHEMA pgboss; CREATE TABLE pgboss.job (id text PRIMARY KEY); INSERT INTO pgboss.job VALUES ('kept')`,
      );
    });
    before = await snapshot(database.url);
    ({ file } = await writeBackup(database.url, dir));
  });

  it("holds every table but the sessions, with its rows, and no generated column or other schema", async () => {
    const manifest = await verifyBackup(file);
    const names = manifest.tables.map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining(["Publication", "Revision", "AuditEvent", "User", "_prisma_migrations", "SearchWord"]),
    );
    expect(names).not.toContain("EditorSession");
    expect(manifest.excluded).toEqual({ tables: ["EditorSession"], schemas: ["pgboss"] });
    const publication = manifest.tables.find((entry) => entry.name === "Publication")!;
    expect(publication.generated).toEqual(["searchVector"]);
    expect(publication.columns).not.toContain("searchVector");
    expect(publication.rows).toBe(before.Publication!.length);
    const folders = (await fs.readdir(migrationsDir(), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(manifest.migrations.map((migration) => migration.name)).toEqual(folders.sort());
  });

  it("is a plain tar.gz archive that tar lists", () => {
    const listing = execFileSync("tar", ["tzf", file], { encoding: "utf8" }).trim().split("\n");
    expect(listing[0]).toBe("manifest.json");
    expect(listing).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tables\/\d{3}-AuditEvent\.copy$/),
        expect.stringMatching(/-Publication\.copy$/),
      ]),
    );
  });

  it("refuses while another client is connected, and changes nothing", async () => {
    const other = new pg.Client({ connectionString: database.url, application_name: "selvhjelp-jobs" });
    await other.connect();
    try {
      await expect(restoreBackup(database.url, file)).rejects.toThrow(
        /Other clients are connected to the database: selvhjelp-jobs \(1\)/,
      );
    } finally {
      await other.end();
    }
    expect(await snapshot(database.url)).toEqual(before);
  });

  it("refuses a damaged or cut-off file before touching the database", async () => {
    const bytes = await fs.readFile(file);
    const cut = path.join(dir, "cut.tar.gz");
    await fs.writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreBackup(database.url, cut)).rejects.toThrow(/cannot be read as a backup/);
    const tar = gunzipSync(bytes);
    const short = path.join(dir, "short.tar.gz");
    await fs.writeFile(short, gzipSync(tar.subarray(0, tar.length - 4096)));
    await expect(restoreBackup(database.url, short)).rejects.toThrow(/cannot be read as a backup|incomplete/);
    expect(await snapshot(database.url)).toEqual(before);
  });

  it("brings back every row of every table after inserts, updates and deletes, and the triggers still work", async () => {
    await withClient(database.url, async (client) => {
      await client.query(
        `INSERT INTO "Revision" (id, "entityType", "entityId", version, snapshot) VALUES ('after', 'publication', 'x', 9, '{}')`,
      );
      await client.query(`UPDATE "Publication" SET title = 'Endret tittel', "deletedAt" = NULL`);
      await client.query(
        `DELETE FROM "PublicationContributor" WHERE "publicationId" IN (SELECT id FROM "Publication" ORDER BY slug LIMIT 3)`,
      );
      await client.query(`DELETE FROM "Organisation" WHERE id = $1`, [ids.child]);
      await client.query(`UPDATE "User" SET name = 'Ny' WHERE id = $1`, [ids.user]);
      await client.query(`DELETE FROM "AuditEvent"`);
      await client.query(`DELETE FROM "Attachment"`);
      await client.query(`INSERT INTO "Topic" (id, slug, name, "updatedAt") VALUES ('new-topic', 'ny', 'Ny', now())`);
    });
    expect(await snapshot(database.url)).not.toEqual(before);

    const lines: string[] = [];
    const safetyDir = path.join(dir, "safety");
    const result = await restoreBackup(database.url, file, {
      safetyBackupDir: safetyDir,
      log: (line) => lines.push(line),
    });

    expect(result.applied).toEqual([]);
    expect(lines.join("\n")).not.toMatch(/Warning/);
    expect(result.safetyBackup && path.basename(result.safetyBackup)).toMatch(/^before-restore-.*\.tar\.gz$/);
    expect((await verifyBackup(result.safetyBackup!)).tables.find((entry) => entry.name === "Revision")!.rows).toBe(
      before.Revision!.length + 1,
    );
    const after = await snapshot(database.url);
    expect(after).toEqual({ ...before, EditorSession: [] });

    await withClient(database.url, async (client) => {
      // The pg-boss schema was not touched.
      expect((await client.query("SELECT id FROM pgboss.job")).rows).toEqual([{ id: "kept" }]);
      // Triggers, foreign keys and the generated column work as before.
      const pair = await client.query<{ work: string; person: string; familyName: string }>(
        `SELECT p.id AS work, per.id AS person, per."familyName" FROM "Publication" p, "Person" per
          WHERE NOT EXISTS (SELECT 1 FROM "PublicationContributor" c WHERE c."publicationId" = p.id AND c."personId" = per.id)
            AND p."searchAuthors" NOT LIKE '%' || per."familyName" || '%' ORDER BY p.slug, per.slug LIMIT 1`,
      );
      const { work, person, familyName } = pair.rows[0]!;
      await client.query(
        `INSERT INTO "PublicationContributor" ("publicationId", "personId", position) VALUES ($1, $2, 99)`,
        [work, person],
      );
      const updated = await client.query<{ searchAuthors: string; matches: boolean }>(
        `SELECT "searchAuthors", "searchVector" @@ plainto_tsquery('norwegian', $2) AS matches FROM "Publication" WHERE id = $1`,
        [work, familyName],
      );
      expect(updated.rows[0]!.searchAuthors).toContain(familyName);
      expect(updated.rows[0]!.matches).toBe(true);
      await expect(
        client.query(
          `INSERT INTO "Organisation" (id, slug, name, "formerNames", "parentId", "updatedAt") VALUES ('o', 'o', 'O', '{}', 'missing', now())`,
        ),
      ).rejects.toThrow(/foreign key/);
    });
  });
  it("when loading fails after the schema was dropped, names the backup of the database as it was, which brings it back", async () => {
    const current = await snapshot(database.url);
    // Same rows as the manifest says, but rows the table cannot take: passes the file check, fails the load.
    const parts: Buffer[] = [];
    for await (const entry of readTar(createReadStream(file).pipe(createGunzip()))) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry.body) chunks.push(Buffer.from(chunk));
      let body = Buffer.concat(chunks);
      if (entry.name.endsWith("-User.copy"))
        body = Buffer.from(body.toString("utf8").replace(/^[^\n]*$/gm, (line) => (line ? "only-one-column" : line)));
      parts.push(tarEntry(entry.name, body, new Date()));
    }
    const damaged = path.join(dir, "damaged.tar.gz");
    await fs.writeFile(damaged, gzipSync(Buffer.concat([...parts, TAR_END])));

    const failure = restoreBackup(database.url, damaged, { safetyBackupDir: path.join(dir, "safety-2") });
    await expect(failure).rejects.toThrow(
      /The restore failed after the schema was dropped: .*The database as it was before is in .*before-restore-.*\.tar\.gz/,
    );
    const safety = (await fs.readdir(path.join(dir, "safety-2")))[0]!;
    await restoreBackup(database.url, path.join(dir, "safety-2", safety));
    expect(await snapshot(database.url)).toEqual(current);
  });
});

// The migration whose data step (firstPublishedAt from the audit log) shows that a restored
// backup was migrated forward, not only given the newer schema; the backup is from before it, and
// every migration since is applied on restore.
const MIGRATION_WITH_DATA_STEP = "20261127175701_publication_first_published";

describe("a backup from before a newer migration", () => {
  it("restores into the older schema and is migrated forward", async () => {
    const folders = (await fs.readdir(migrationsDir(), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const older = folders.slice(0, folders.indexOf(MIGRATION_WITH_DATA_STEP));
    expect(older.length).toBeGreaterThan(0);
    const old = await newDatabase(older);
    await withClient(old.url, async (client) => {
      await client.query(`INSERT INTO "Publication" (id, slug, title, type, status, "createdAt", "updatedAt") VALUES
        ('p1', 'en', 'En rapport', 'rapport', 'published', '2020-01-01', now()),
        ('p2', 'to', 'Et utkast', 'rapport', 'draft', '2021-01-01', now())`);
      await client.query(
        `INSERT INTO "AuditEvent" (id, at, action, "entityType", "entityId") VALUES ('a1', '2020-02-03T04:05:06Z', 'publish', 'publication', 'p1')`,
      );
    });
    const { file, manifest } = await writeBackup(old.url, dir);
    expect(manifest.migrations.map((migration) => migration.name)).toEqual(older);
    const oldRows = await snapshot(old.url);

    const target = await newDatabase();
    const result = await restoreBackup(target.url, file);

    expect(result.applied).toEqual(folders.slice(older.length));
    const restored = await snapshot(target.url);
    expect(restored.AuditEvent).toEqual(oldRows.AuditEvent);
    expect(restored._prisma_migrations!.map((row) => JSON.parse(row).migration_name).sort()).toEqual(folders);
    await withClient(target.url, async (client) => {
      // That migration's own data step ran on the restored rows.
      const rows = await client.query<{ id: string; first: string | null }>(
        `SELECT id, "firstPublishedAt"::text AS first FROM "Publication" ORDER BY id`,
      );
      expect(rows.rows).toEqual([
        { id: "p1", first: "2020-02-03 04:05:06" },
        { id: "p2", first: null },
      ]);
    });
  });
});

describe("pruning", () => {
  it("keeps the newest scheduled backups and nothing else is touched", async () => {
    const folder = path.join(dir, "prune");
    await fs.mkdir(folder);
    const names = [0, 1, 2, 3].map((day) => backupFileName(new Date(Date.UTC(2026, 0, 1 + day, 3, 15))));
    for (const name of [...names, "before-restore-x.tar.gz", "notes.txt"])
      await fs.writeFile(path.join(folder, name), "");
    const removed = await pruneBackups(folder, 2);
    expect(removed.map((file) => path.basename(file))).toEqual(names.slice(0, 2));
    expect((await fs.readdir(folder)).sort()).toEqual(
      [...names.slice(2), "before-restore-x.tar.gz", "notes.txt"].sort(),
    );
  });
});
