import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "@/test/seeded-database";

// The search index follows every write: the database triggers keep the copies of names and topics
// on each work current, whichever code path writes.

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let overview: typeof import("./overview");

beforeAll(async () => {
  database = await createSeededDatabase();
  overview = await import("./overview");
});
afterAll(async () => database?.drop());

const slugs = async (q: string) => (await overview.searchPublications({ q, page: 1 })).items.map((item) => item.slug);

describe("the search index", () => {
  it("follows a renamed person", async () => {
    await database.db.person.update({ where: { slug: "marte-feiring" }, data: { familyName: "Feiring-Østby" } });
    expect(await slugs("østby")).toEqual(expect.arrayContaining(["mellom-kommune-og-sivilsamfunn", "samarbeid-om-selvhjelp"]));
  });

  it("follows contributors added and removed", async () => {
    const work = await database.db.publication.findUniqueOrThrow({ where: { slug: "fortrolige-fremmede" } });
    const person = await database.db.person.findUniqueOrThrow({ where: { slug: "hilde-hatleskog-zeiner" } });
    await database.db.publicationContributor.create({ data: { publicationId: work.id, personId: person.id, position: 1 } });
    expect(await slugs("zeiner")).toContain("fortrolige-fremmede");
    await database.db.publicationContributor.deleteMany({ where: { publicationId: work.id, personId: person.id } });
    expect(await slugs("zeiner")).not.toContain("fortrolige-fremmede");
  });

  it("follows topics linked, renamed and unpublished", async () => {
    await database.db.publication.update({ where: { slug: "fortrolige-fremmede" }, data: { topics: { connect: { slug: "rehabilitering" } } } });
    expect(await slugs("rehabilitering")).toContain("fortrolige-fremmede");
    await database.db.topic.update({ where: { slug: "rehabilitering" }, data: { name: "Tilbakeføring" } });
    expect(await slugs("tilbakeføring")).toContain("fortrolige-fremmede");
    await database.db.topic.update({ where: { slug: "rehabilitering" }, data: { status: "draft" } });
    expect(await slugs("tilbakeføring")).toEqual([]);
    const facets = (await overview.searchPublications({ page: 1 })).facets;
    expect(facets.topics.map((t) => t.value)).not.toContain("rehabilitering");
  });

  it("follows project links in the project facet", async () => {
    const project = { slug: "endringsarbeid-i-selvhjelpsgrupper" };
    const before = (await overview.searchPublications({ project: project.slug, page: 1 })).total;
    await database.db.publication.update({ where: { slug: "hjelper-selvhjelp" }, data: { projects: { connect: project } } });
    expect((await overview.searchPublications({ project: project.slug, page: 1 })).total).toBe(before + 1);
  });

  it("finds a new work at once, and forgets a work moved to the trash", async () => {
    await database.db.publication.create({ data: { slug: "ny", title: "Likepersonsarbeid i Finnmark", type: "rapport", status: "published" } });
    expect(await slugs("finnmark")).toEqual(["ny"]);
    await database.db.publication.update({ where: { slug: "ny" }, data: { deletedAt: new Date() } });
    expect(await slugs("finnmark")).toEqual([]);
  });

  it("sorts a work without contributors by its title, also after a new title", async () => {
    // ("Aaa" would not do: Norwegian collation reads "aa" as "å", after "z".)
    await database.db.publication.create({ data: { slug: "uten-forfatter", title: "Zzz", type: "annet", status: "published" } });
    await database.db.publication.update({ where: { slug: "uten-forfatter" }, data: { title: "Abc uten forfatter" } });
    const { items } = await overview.searchPublications({ page: 1 });
    expect(items[0]?.slug).toBe("uten-forfatter");
  });
});
