import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { seededOverview } from "@/test/seeded-overview";

// The overview's cached searches (search-cache.ts, issue 12): a save keeps the cached searches it
// cannot have changed, and every write that can change one, by whichever path, has it computed
// afresh. Writes "behind the cache's back" (with the triggers off, as no path of the portal can)
// show which answers came from the cache.

const context = seededOverview();
const ids = { work: "", person: "", other: "", topic: "" };

beforeAll(async () => {
  const { db } = context.database;
  const person = await db.person.create({
    data: { slug: "test-tindeglimt-person", familyName: "Fjellvik", status: "published" },
  });
  const other = await db.person.create({
    data: { slug: "test-tindeglimt-other", familyName: "Berglund", status: "published" },
  });
  const topic = await db.topic.create({
    data: { slug: "test-tindeglimt-tema", name: "Fjelltema", status: "published" },
  });
  const work = await db.publication.create({
    data: {
      slug: "test-tindeglimt",
      title: "Tindeglimt i selvhjelpsgrupper",
      type: "rapport",
      year: 2020,
      status: "published",
      contributors: { create: { personId: person.id, position: 0 } },
      topics: { connect: { id: topic.id } },
    },
  });
  Object.assign(ids, { work: work.id, person: person.id, other: other.id, topic: topic.id });
});

/** A write that no trigger sees: what the cache cannot know about. */
async function behindTheCachesBack(statement: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: context.database.url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(statement, values);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

const search = (q: string) => context.overview.searchPublications({ q, page: 1 });
const item = async () => (await search("tindeglimt")).items.find((i) => i.slug === "test-tindeglimt");

describe("a save keeps the cached searches it cannot have changed", () => {
  it("serves a search from the cache after a save of a work it does not show, and afresh after one it shows", async () => {
    const before = await search("fjellbekk");
    expect(before.total).toBe(0);
    const first = await search("tindeglimt");
    expect(first.total).toBe(1);
    await behindTheCachesBack(
      `INSERT INTO "Publication" (id, slug, title, type, year, status, "updatedAt", "sortName")
       VALUES ('test-hidden', 'test-hidden', 'Tindeglimt bak ryggen', 'rapport', 2020, 'published', now(), 'x')`,
    );
    // Served from the cache: the work written behind its back is not counted.
    expect((await search("tindeglimt")).total).toBe(1);
    // A save of a work that matches neither before nor after keeps it.
    const unrelated = await context.database.db.publication.findFirstOrThrow({
      where: { status: "published", NOT: { title: { contains: "indeglimt" } } },
    });
    await context.database.db.publication.update({ where: { id: unrelated.id }, data: { note: "lagret på nytt" } });
    expect((await search("tindeglimt")).total).toBe(1);
    // A save of a work it shows has it counted afresh (and so the hidden one too).
    await context.database.db.publication.update({ where: { id: ids.work }, data: { note: "lagret" } });
    expect((await search("tindeglimt")).total).toBe(2);
    await context.database.db.publication.delete({ where: { id: "test-hidden" } });
    expect((await search("tindeglimt")).total).toBe(1);
  });
});

describe("every write that can change a cached search expires it", () => {
  it("a work moved to the trash and restored", async () => {
    const { db } = context.database;
    expect((await search("tindeglimt")).total).toBe(1);
    await db.publication.update({ where: { id: ids.work }, data: { deletedAt: new Date() } });
    expect((await search("tindeglimt")).total).toBe(0);
    await db.publication.update({ where: { id: ids.work }, data: { deletedAt: null } });
    expect((await search("tindeglimt")).total).toBe(1);
  });

  it("a work unpublished, and a new work that matches (an import)", async () => {
    const { db } = context.database;
    await db.publication.update({ where: { id: ids.work }, data: { status: "draft" } });
    expect((await search("tindeglimt")).total).toBe(0);
    await db.publication.update({ where: { id: ids.work }, data: { status: "published" } });
    const imported = await db.publication.create({
      data: { slug: "test-tindeglimt-2", title: "Mer tindeglimt", type: "bok", year: 2021, status: "published" },
    });
    expect((await search("tindeglimt")).total).toBe(2);
    await db.publication.delete({ where: { id: imported.id } });
    expect((await search("tindeglimt")).total).toBe(1);
  });

  it("a work that comes to match, and one that stops matching", async () => {
    const { db } = context.database;
    expect((await search("fjellbekk")).total).toBe(0);
    await db.publication.update({ where: { id: ids.work }, data: { title: "Tindeglimt ved fjellbekk" } });
    expect((await search("fjellbekk")).total).toBe(1);
    await db.publication.update({ where: { id: ids.work }, data: { title: "Tindeglimt i selvhjelpsgrupper" } });
    expect((await search("fjellbekk")).total).toBe(0);
  });

  it("a contributor added, and a full text linked", async () => {
    const { db } = context.database;
    expect((await item())?.contributors).toHaveLength(1);
    expect((await item())?.links).toHaveLength(0);
    await db.publicationContributor.create({ data: { publicationId: ids.work, personId: ids.other, position: 1 } });
    expect((await item())?.contributors).toHaveLength(2);
    await db.link.create({
      data: { publicationId: ids.work, kind: "fulltext", url: "https://example.org/t.pdf", label: "PDF" },
    });
    expect((await item())?.links).toHaveLength(1);
  });

  it("a person renamed, a topic renamed, and a person merged into another (deleted)", async () => {
    const { db } = context.database;
    const persons = async () => (await search("tindeglimt")).facets.persons.map((p) => p.label);
    expect(await persons()).toContain("Fjellvik");
    await db.person.update({ where: { id: ids.person }, data: { familyName: "Fjellvika" } });
    expect(await persons()).toContain("Fjellvika");
    const topics = async () => (await search("tindeglimt")).facets.topics.map((t) => t.label);
    expect(await topics()).toContain("Fjelltema");
    await db.topic.update({ where: { id: ids.topic }, data: { name: "Fjelltemaet" } });
    expect(await topics()).toContain("Fjelltemaet");
    // A merge moves the works to the person kept and deletes the other.
    await db.$transaction([
      db.publicationContributor.deleteMany({ where: { personId: ids.other } }),
      db.person.delete({ where: { id: ids.other } }),
    ]);
    expect(await persons()).not.toContain("Berglund");
  });

  it("a new word of the vocabulary counts for every search; a known one does not", async () => {
    const changes = async () =>
      (
        await context.database.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SearchChange" WHERE global`
      )[0]!.n;
    const before = await changes();
    await context.database.db.$executeRaw`INSERT INTO "SearchWord" (word) VALUES ('tindeglimt') ON CONFLICT DO NOTHING`;
    expect(await changes()).toBe(before);
    await context.database.db
      .$executeRaw`INSERT INTO "SearchWord" (word) VALUES ('fjellbekkene') ON CONFLICT DO NOTHING`;
    expect(await changes()).toBe(before + 1);
  });
});
