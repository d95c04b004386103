// Writes synthetic works (scripts/lib/synthetic-data.ts) in batches, each column bound as one array
// and unnested, so that the search triggers run once per batch rather than once per row.
import pg from "pg";
import type { SyntheticData, SyntheticPublication } from "./synthetic-data";

const BATCH = 2000;

/** Public topic ids already in the database (the real ones), for synthetic works to use. */
export async function existingTopicIds(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Topic" WHERE status = 'published' AND "deletedAt" IS NULL ORDER BY slug`,
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

export async function insertSyntheticData(
  url: string,
  data: SyntheticData,
  progress: (done: number) => void = () => {},
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Person" (id, slug, "givenName", "familyName", status, "updatedAt")
       SELECT *, 'published', now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
      columns(data.persons, ["id", "slug", "givenName", "familyName"]),
    );
    await client.query(
      `INSERT INTO "Topic" (id, slug, name, status, "updatedAt") SELECT *, 'published', now() FROM unnest($1::text[], $2::text[], $3::text[])`,
      columns(data.topics, ["id", "slug", "name"]),
    );
    await client.query(
      `INSERT INTO "Project" (id, slug, title, "startYear", "endYear", status, "updatedAt")
       SELECT *, 'published', now() FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[])`,
      columns(data.projects, ["id", "slug", "title", "startYear", "endYear"]),
    );
    for (let start = 0; start < data.publications.length; start += BATCH) {
      const batch = data.publications.slice(start, start + BATCH);
      await insertPublications(client, batch);
      progress(start + batch.length);
    }
    // Each work was written twice (inserted, then completed by the triggers once its contributors
    // and topics existed): compact the table, as routine maintenance would over time.
    await client.query(`VACUUM (FULL, ANALYZE) "Publication"`);
    // No server has cached a search of this database yet: the record of the writes for them
    // (lib/publications/search-cache.ts), several rows a work, is not needed.
    await client.query(`TRUNCATE "SearchChange"`);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

// One statement for the works and their links: the triggers then refresh each work once.
async function insertPublications(client: pg.Client, batch: SyntheticPublication[]): Promise<void> {
  const pairs = (key: "personIds" | "topicIds" | "projectIds") =>
    batch.flatMap((work) => work[key].map((other, position) => ({ work: work.id, other, position })));
  await client.query(
    `WITH works AS (
       INSERT INTO "Publication" (id, slug, title, subtitle, type, year, language, "containerTitle", abstract, status, "firstPublishedAt", "deletedAt", "updatedAt")
       SELECT id, slug, title, subtitle, type, year, language, container, abstract, status, CASE WHEN status = 'published' THEN now() END,
              CASE WHEN deleted THEN now() END, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::"PublicationType"[], $6::int[], $7::text[], $8::text[],
                     $9::text[], $10::"ContentStatus"[], $11::boolean[])
              AS w(id, slug, title, subtitle, type, year, language, container, abstract, status, deleted)
     ), contributors AS (
       INSERT INTO "PublicationContributor" ("publicationId", "personId", position, role)
       SELECT *, 'author' FROM unnest($12::text[], $13::text[], $14::int[])
     ), topics AS (
       INSERT INTO "_PublicationToTopic" ("A", "B") SELECT * FROM unnest($15::text[], $16::text[])
     )
     INSERT INTO "_ProjectToPublication" ("A", "B") SELECT * FROM unnest($17::text[], $18::text[])`,
    [
      ...columns(batch, [
        "id",
        "slug",
        "title",
        "subtitle",
        "type",
        "year",
        "language",
        "containerTitle",
        "abstract",
        "status",
        "deleted",
      ]),
      ...columns(pairs("personIds"), ["work", "other", "position"]),
      ...columns(pairs("topicIds"), ["work", "other"]),
      ...columns(pairs("projectIds"), ["other", "work"]),
    ],
  );
}

/** The values of each key as one array: the parameters of an INSERT ... SELECT FROM unnest(...). */
function columns<Row, Key extends keyof Row>(rows: Row[], keys: Key[]): unknown[][] {
  return keys.map((key) => rows.map((row) => row[key]));
}
