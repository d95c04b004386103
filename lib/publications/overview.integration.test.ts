import { beforeAll, describe, expect, it } from "vitest";
import { seededOverview } from "@/test/seeded-overview";
import { parseOverviewParams } from "./filters";

const context = seededOverview();

beforeAll(async () => {
  // Authors whose surnames test Norwegian order, and works that must stay hidden.
  const { db } = context.database;
  for (const familyName of ["Åsen", "Ørjasæter", "Ævar", "Zeiner-Test"]) {
    const person = await db.person.create({
      data: { slug: `test-${familyName.toLowerCase()}`, familyName, status: "published" },
    });
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
  await db.publication.create({
    data: { slug: "test-draft", title: "Et hemmelig utkast", type: "rapport", year: 2021, status: "draft" },
  });
  await db.publication.create({
    data: {
      slug: "test-deleted",
      title: "Et hemmelig slettet arbeid",
      type: "rapport",
      year: 2021,
      status: "published",
      deletedAt: new Date(),
    },
  });
});

const surnames = (items: { contributors: { person: { familyName: string } }[] }[]) =>
  items.map((item) => item.contributors[0]?.person.familyName);

describe("searchPublications without search text", () => {
  it("orders by first author's surname with Æ, Ø and Å after Z", async () => {
    const { items, sort } = await context.overview.searchPublications({ page: 1 });
    expect(sort).toBe("alfabetisk");
    const names = surnames(items);
    expect(names[0]).toBe("Aglen");
    expect(names.slice(-4)).toEqual(["Zeiner-Test", "Ævar", "Ørjasæter", "Åsen"]);
  });

  it("never lists or counts drafts or deleted works", async () => {
    const { items, total, facets } = await context.overview.searchPublications({ page: 1 });
    const slugs = items.map((item) => item.slug);
    expect(slugs).not.toContain("test-draft");
    expect(slugs).not.toContain("test-deleted");
    expect(total).toBe(19);
    expect(facets.types.find((t) => t.value === "rapport")?.count).toBe(2 + 4);
    const hidden = await context.overview.searchPublications({ q: "hemmelig", page: 1 });
    expect(hidden.total).toBe(0);
  });

  it("filters by type and year range, and counts what it filters", async () => {
    const theses = await context.overview.searchPublications({ type: "doktorgradsavhandling", page: 1 });
    expect(theses.items.map((i) => i.slug).sort()).toEqual([
      "keeping-up-with-the-new-health-care-user",
      "takk-for-tilliten",
    ]);
    const range = await context.overview.searchPublications({ yearFrom: 2011, yearTo: 2012, page: 1 });
    expect(range.items.every((i) => i.year !== null && i.year >= 2011 && i.year <= 2012)).toBe(true);
    expect(range.total).toBe(range.items.length);
    expect(range.total).toBe(6);
  });

  it("filters by topic, project, person and language, by slug", async () => {
    const slugs = async (filters: Parameters<typeof import("./overview").searchPublications>[0]) =>
      (await context.overview.searchPublications(filters)).items.map((i) => i.slug).sort();
    expect(await slugs({ topic: "e-helse", page: 1 })).toEqual(["keeping-up-with-the-new-health-care-user"]);
    expect(await slugs({ person: "nora-gotaas", page: 1 })).toEqual([
      "etablering-og-igangsetting-av-selvhjelpsgrupper",
      "takk-for-tilliten",
    ]);
    expect(await slugs({ project: "selvhjelp-og-individuell-plan", page: 1 })).toEqual(["hjelper-selvhjelp"]);
    expect(await slugs({ language: "en", type: "tidsskriftartikkel", page: 1 })).toHaveLength(3);
  });

  it("reports a topic, project or person that does not exist instead of ignoring it silently", async () => {
    const result = await context.overview.searchPublications({ topic: "finnes-ikke", page: 1 });
    expect(result.total).toBe(19);
    expect(result.notices).toEqual(["Fant ikke temaet «finnes-ikke», så det filteret er ikke brukt."]);
  });

  it("sorts by year on request", async () => {
    const { items } = await context.overview.searchPublications({ sort: "nyeste", page: 1 });
    const years = items.map((i) => i.year ?? 0);
    expect(years.slice(0, 4)).toEqual([2021, 2021, 2021, 2021]);
    expect(items.at(-1)?.year).toBeNull();
  });

  it("pages through the results", async () => {
    const second = await context.overview.searchPublications({ page: 2 });
    expect(second.pageCount).toBe(1);
    expect(second.items).toEqual([]);
  });
});

describe("hostile input", () => {
  const inputs = [
    "'",
    "':*",
    "&|!",
    "a & b | !c <-> d",
    "\\",
    '\'; DROP TABLE "Publication"; --',
    "x".repeat(10_000),
    "selv\u0000hjelp",
    "\u0000",
    "(((",
    "*:",
    "ÆØÅ'æøå",
  ];

  it.each(inputs.map((q) => [JSON.stringify(q).slice(0, 40), q]))("answers %s with a normal result", async (_, q) => {
    const { filters } = parseOverviewParams({ q, type: q, tema: q, person: q, sprak: q, fra: q, side: q, sorter: q });
    const result = await context.overview.searchPublications(filters);
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(result.items)).toBe(true);
  });

  it("still finds the words around a NUL", async () => {
    const { filters } = parseOverviewParams({ q: "\u0000Gotaas\u0000" });
    expect((await context.overview.searchPublications(filters)).items.map((i) => i.slug)).toContain(
      "takk-for-tilliten",
    );
  });
});
