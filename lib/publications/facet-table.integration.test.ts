import { beforeAll, describe, expect, it } from "vitest";
import { seededOverview } from "@/test/seeded-overview";

// The facet table each server process holds (facet-table.ts): the facets of a search that was
// never made before count every save since the table was loaded, whichever way it was written.

const context = seededOverview();
const ids = { work: "", topic: "" };

beforeAll(async () => {
  const { db } = context.database;
  const topic = await db.topic.create({ data: { slug: "test-lynglia-tema", name: "Lynglia", status: "published" } });
  const work = await db.publication.create({
    data: {
      slug: "test-lynglia",
      title: "Lynglia og selvhjelpsgrupper",
      type: "rapport",
      year: 2019,
      status: "published",
      topics: { connect: { id: topic.id } },
    },
  });
  Object.assign(ids, { work: work.id, topic: topic.id });
});

let searches = 0;
/** A search no earlier call made (so that no cached result answers it), by a word of the work. */
const facets = async () =>
  (await context.overview.searchPublications({ q: `lynglia ${"og ".repeat(++searches)}`.trim(), page: 1 })).facets;
const typeCount = async (type: string) => (await facets()).types.find((t) => t.value === type)?.count ?? 0;

describe("the facet table follows every save", () => {
  it("a work's type, year and topic changed", async () => {
    const { db } = context.database;
    expect(await typeCount("rapport")).toBe(1);
    await db.publication.update({ where: { id: ids.work }, data: { type: "bok", year: 2021 } });
    expect(await typeCount("rapport")).toBe(0);
    expect(await typeCount("bok")).toBe(1);
    expect((await facets()).years).toEqual([{ year: 2021, count: 1 }]);
    expect((await facets()).topics.map((t) => t.label)).toContain("Lynglia");
    await db.publication.update({ where: { id: ids.work }, data: { topics: { disconnect: { id: ids.topic } } } });
    expect((await facets()).topics.map((t) => t.label)).not.toContain("Lynglia");
  });

  it("a work moved to the trash, restored, and a new one published", async () => {
    const { db } = context.database;
    await db.publication.update({ where: { id: ids.work }, data: { deletedAt: new Date() } });
    expect((await facets()).types).toEqual([]);
    await db.publication.update({ where: { id: ids.work }, data: { deletedAt: null } });
    const other = await db.publication.create({
      data: { slug: "test-lynglia-2", title: "Mer om Lynglia", type: "fagartikkel", year: 2022, status: "published" },
    });
    expect(await typeCount("bok")).toBe(1);
    expect(await typeCount("fagartikkel")).toBe(1);
    await db.publication.delete({ where: { id: other.id } });
    expect(await typeCount("fagartikkel")).toBe(0);
  });

  it("a topic renamed and unpublished", async () => {
    const { db } = context.database;
    await db.publication.update({ where: { id: ids.work }, data: { topics: { connect: { id: ids.topic } } } });
    await db.topic.update({ where: { id: ids.topic }, data: { name: "Lyngliaene" } });
    expect((await facets()).topics.map((t) => t.label)).toContain("Lyngliaene");
    await db.topic.update({ where: { id: ids.topic }, data: { status: "draft" } });
    expect((await facets()).topics.map((t) => t.label)).not.toContain("Lyngliaene");
  });

  it("names the work in every change it records", async () => {
    const { db } = context.database;
    await db.publication.update({ where: { id: ids.work }, data: { note: "lagret" } });
    const [row] = await db.$queryRaw<{ work: string | null }[]>`
      SELECT "publicationId" AS work FROM "SearchChange" WHERE NOT global ORDER BY id DESC LIMIT 1`;
    expect(row?.work).toBe(ids.work);
  });
});
