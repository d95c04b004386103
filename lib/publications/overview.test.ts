import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "@/test/seeded-database";

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let overview: typeof import("./overview");

beforeAll(async () => {
  database = await createSeededDatabase();
  overview = await import("./overview");
  // Authors whose surnames test Norwegian order, and works that must stay hidden.
  const { db } = database;
  for (const familyName of ["Åsen", "Ørjasæter", "Ævar", "Zeiner-Test"]) {
    const person = await db.person.create({ data: { slug: `test-${familyName}`, familyName, status: "published" } });
    await db.publication.create({
      data: {
        slug: `test-work-${person.id}`,
        title: `Arbeid av ${familyName}`,
        type: "rapport",
        year: 2021,
        status: "published",
        contributors: { create: { personId: person.id, position: 0 } },
      },
    });
  }
  await db.publication.create({ data: { slug: "test-draft", title: "Et utkast", type: "rapport", year: 2021, status: "draft" } });
  await db.publication.create({
    data: { slug: "test-deleted", title: "Et slettet arbeid", type: "rapport", year: 2021, status: "published", deletedAt: new Date() },
  });
});
afterAll(async () => database?.drop());

const surnames = (items: { contributors: { person: { familyName: string } }[] }[]) =>
  items.map((item) => item.contributors[0]?.person.familyName);

describe("publicationOverview", () => {
  it("orders by first author's surname with Æ, Ø and Å after Z", async () => {
    const { items } = await overview.publicationOverview({ page: 1 });
    const names = surnames(items);
    expect(names[0]).toBe("Aglen");
    const tail = names.slice(-4);
    expect(tail).toEqual(["Zeiner-Test", "Ævar", "Ørjasæter", "Åsen"]);
  });

  it("never lists drafts or deleted works", async () => {
    const { items, total } = await overview.publicationOverview({ page: 1 });
    const slugs = items.map((item) => item.slug);
    expect(slugs).not.toContain("test-draft");
    expect(slugs).not.toContain("test-deleted");
    expect(total).toBe(19);
  });

  it("filters by type and year range, and counts what it filters", async () => {
    const theses = await overview.publicationOverview({ type: "doktorgradsavhandling", page: 1 });
    expect(theses.items.map((i) => i.slug).sort()).toEqual(["keeping-up-with-the-new-health-care-user", "takk-for-tilliten"]);
    const range = await overview.publicationOverview({ yearFrom: 2011, yearTo: 2012, page: 1 });
    expect(range.items.every((i) => i.year !== null && i.year >= 2011 && i.year <= 2012)).toBe(true);
    expect(range.total).toBe(range.items.length);
    expect(range.total).toBe(6);
  });

  it("pages through the results", async () => {
    const second = await overview.publicationOverview({ page: 2 });
    expect(second.pageCount).toBe(1);
    expect(second.items).toEqual([]);
  });

  it("counts types for the filter form from public works only", async () => {
    const facets = await overview.overviewFacets();
    expect(facets.types.get("rapport")).toBe(2 + 4);
    expect(facets.minYear).toBe(2011);
    expect(facets.maxYear).toBe(2021);
  });
});
