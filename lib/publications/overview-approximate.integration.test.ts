import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";

// The line of issue 12 on generated works: a search with at most 10,000 works is counted exactly,
// facets and all; above it the total is labelled as a lower bound and the facets as estimates, the
// first page holds only matching works, and the alphabetical and newest orders stay exact.
// 30,000 works, made in one statement: work g is titled «Tittel 0000g» followed by
//   «vanlig» when g % 3 > 0 (20,000 works), «middels» when g % 10 < 3 (9,000),
//   «grense» when g <= 10,000 (10,000) and «overgrense» when g <= 10,001 (10,001);
// it is a report when g is even, else a «fagartikkel», from the year 1990 + g % 30, in English
// when g % 5 = 0, else in bokmål.

let database: TestDatabase;
let overview: typeof import("./overview");
const WORKS = 30_000;
const works = Array.from({ length: WORKS }, (_, i) => i + 1);
const title = (g: number) => `Tittel ${String(g).padStart(5, "0")}`;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "Publication" (id, slug, title, type, year, language, status, "updatedAt", "sortName")
      SELECT 'gen' || g, 'gen-' || g, t, CASE WHEN g % 2 = 0 THEN 'rapport' ELSE 'fagartikkel' END::"PublicationType",
             1990 + g % 30, CASE WHEN g % 5 = 0 THEN 'en' ELSE 'nb' END, 'published', now(), t
        FROM generate_series(1, ${WORKS}) AS g,
             LATERAL (SELECT concat_ws(' ', 'Tittel ' || lpad(g::text, 5, '0'),
                        CASE WHEN g % 3 > 0 THEN 'vanlig' END, CASE WHEN g % 10 < 3 THEN 'middels' END,
                        CASE WHEN g <= 10000 THEN 'grense' END, CASE WHEN g <= 10001 THEN 'overgrense' END) AS t) AS x`);
    // The planner's row count, which sizes the sample: kept by autovacuum, here made at once.
    await client.query(`ANALYZE "Publication"`);
  } finally {
    await client.end();
  }
  overview = await import("./overview");
}, 120_000);
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
});

const search = (q: string, sort?: "alfabetisk" | "nyeste") => overview.searchPublications({ q, sort, page: 1 });
const typeCount = (result: Awaited<ReturnType<typeof search>>, type: string) =>
  result.facets.types.find((facet) => facet.value === type)?.count;
const count = (pass: (g: number) => boolean) => works.filter(pass).length;

describe("at most 10,000 works: exact", () => {
  it("counts 9,000 works and their facets exactly", async () => {
    const result = await search("middels");
    expect(result.approximate).toEqual({ total: false, facets: false });
    expect(result.total).toBe(9000);
    expect(typeCount(result, "rapport")).toBe(count((g) => g % 10 < 3 && g % 2 === 0));
    expect(typeCount(result, "fagartikkel")).toBe(count((g) => g % 10 < 3 && g % 2 === 1));
    const year = (y: number) => result.facets.years.find((facet) => facet.year === y)?.count;
    expect(year(1990)).toBe(count((g) => g % 10 < 3 && g % 30 === 0));
  });

  it("counts a filter's own facet exactly in the same pass when the search text alone is below the line", async () => {
    const result = await overview.searchPublications({ q: "middels", type: "rapport", page: 1 });
    expect(result.approximate).toEqual({ total: false, facets: false });
    expect(result.total).toBe(count((g) => g % 10 < 3 && g % 2 === 0));
    // The type facet under every filter but its own: all the works of «middels».
    expect(typeCount(result, "fagartikkel")).toBe(count((g) => g % 10 < 3 && g % 2 === 1));
    expect(result.suggestions.without).toContainEqual({ filter: "type", total: 9000 });
    for (const item of result.items) expect(item.title).toMatch(/ middels/);
  });

  it("counts exactly 10,000 works exactly", async () => {
    const result = await search("grense");
    expect(result.approximate).toEqual({ total: false, facets: false });
    expect(result.total).toBe(10_000);
    expect(typeCount(result, "rapport")).toBe(5000);
  });
});

describe("above 10,000 works: labelled", () => {
  it("labels the total of 10,001 works as over the line, and estimates their facets", async () => {
    const result = await search("overgrense");
    // Counted exactly up to one work past the line, then on the sample (overview-counts.ts).
    expect(result.approximate).toEqual({ total: true, facets: true });
    expect(result.total).toBeGreaterThan(10_000);
    const reports = typeCount(result, "rapport")!;
    expect(reports % 100).toBe(0);
    expect(Math.abs(reports - 5000) / 5000).toBeLessThan(0.3);
    // The page found out for itself that the search is above the line (aboveTheLine), and ranked the cheaper way.
    expect(result.items).toHaveLength(20);
    for (const item of result.items) expect(item.title).toMatch(/ overgrense$/);
  });

  it("estimates the facets of 20,000 works from a sample, rounded, and lists only matching works first", async () => {
    const result = await search("vanlig");
    expect(result.approximate).toEqual({ total: true, facets: true });
    expect(result.total).toBeGreaterThan(10_000);
    const reports = typeCount(result, "rapport")!;
    const truth = count((g) => g % 3 > 0 && g % 2 === 0);
    expect(Math.abs(reports - truth) / truth).toBeLessThan(0.2);
    // Two significant digits: «ca. 6 700».
    expect(reports % 100).toBe(0);
    expect(result.items).toHaveLength(20);
    for (const item of result.items) expect(item.title).toMatch(/ vanlig/);
  });

  it("counts the total exactly when the facets, counted under all filters but one, pass the line and it does not", async () => {
    const result = await overview.searchPublications({
      q: "vanlig",
      type: "rapport",
      yearFrom: 1990,
      yearTo: 2004,
      page: 1,
    });
    expect(result.approximate).toEqual({ total: false, facets: true });
    expect(result.total).toBe(count((g) => g % 3 > 0 && g % 2 === 0 && g % 30 < 15));
  });

  it("counts each facet of a search with three filters exactly, under the other two", async () => {
    // «vanlig» alone is above the line; the works that pass two of the three filters are not.
    const result = await overview.searchPublications({
      q: "vanlig",
      type: "rapport",
      yearFrom: 1991,
      yearTo: 1996,
      language: "en",
      page: 1,
    });
    const [report, inYears, english] = [
      (g: number) => g % 2 === 0,
      (g: number) => g % 30 >= 1 && g % 30 <= 6,
      (g: number) => g % 5 === 0,
    ];
    const vanlig = (g: number) => g % 3 > 0;
    expect(result.approximate).toEqual({ total: false, facets: false });
    expect(result.total).toBe(count((g) => vanlig(g) && report(g) && inYears(g) && english(g)));
    expect(typeCount(result, "fagartikkel")).toBe(count((g) => vanlig(g) && !report(g) && inYears(g) && english(g)));
    expect(result.facets.years.find((y) => y.year === 2000)?.count).toBe(
      count((g) => vanlig(g) && report(g) && g % 30 === 10 && english(g)),
    );
    expect(result.facets.languages.find((l) => l.value === "nb")?.count).toBe(
      count((g) => vanlig(g) && report(g) && inYears(g) && !english(g)),
    );
  });

  it("takes a filter's own facet from the search without it when the text alone is above the line", async () => {
    const result = await overview.searchPublications({ q: "vanlig", type: "rapport", page: 1 });
    expect(result.total).toBe(count((g) => g % 3 > 0 && g % 2 === 0));
    expect(result.approximate.total).toBe(false);
    // The own facet: from «vanlig» alone, 20,000 works, on the sample.
    expect(result.approximate.facets).toBe(true);
    const articles = typeCount(result, "fagartikkel")!;
    expect(Math.abs(articles - 10_000) / 10_000).toBeLessThan(0.2);
    expect(result.suggestions.without.find((option) => option.filter === "type")?.total).toBeGreaterThan(10_000);
  });

  it("counts a search whose filter leaves few of its text's works exactly (the text tested, not looked up)", async () => {
    const result = await overview.searchPublications({ q: "vanlig", yearFrom: 1991, yearTo: 1992, page: 1 });
    const inYears = (g: number) => g % 3 > 0 && g % 30 >= 1 && g % 30 <= 2;
    expect(result.approximate.total).toBe(false);
    expect(result.total).toBe(count(inYears));
    expect(typeCount(result, "rapport")).toBe(count((g) => inYears(g) && g % 2 === 0));
    expect(typeCount(result, "rapport")).toBeGreaterThan(0);
    expect(result.items).toHaveLength(20);
    for (const item of result.items) expect(item.title).toMatch(/ vanlig/);
  });

  it("keeps the alphabetical and newest orders exact", async () => {
    const matching = works.filter((g) => g % 3 > 0);
    const alphabetical = await search("vanlig", "alfabetisk");
    expect(alphabetical.items.map((item) => item.slug)).toEqual(matching.slice(0, 20).map((g) => `gen-${g}`));
    const newest = await search("vanlig", "nyeste");
    const of2019 = matching.filter((g) => g % 30 === 29).slice(0, 20);
    expect(newest.items.map((item) => item.slug)).toEqual(of2019.map((g) => `gen-${g}`));
    expect(newest.items[0]?.title.startsWith(title(of2019[0]!))).toBe(true);
  });

  it("pages through the relevance order without repeating a work", async () => {
    const pages = await Promise.all([1, 2, 100, 101].map((page) => overview.searchPublications({ q: "vanlig", page })));
    const slugs = pages.flatMap((result) => result.items.map((item) => item.slug));
    expect(slugs).toHaveLength(80);
    expect(new Set(slugs).size).toBe(80);
  });
});

describe("without search text: exact, however many", () => {
  it("counts the 15,000 reports and their facets exactly", async () => {
    const result = await overview.searchPublications({ type: "rapport", page: 1 });
    expect(result.approximate).toEqual({ total: false, facets: false });
    expect(result.total).toBe(15_000);
    // Types under every filter but their own: all 30,000 works.
    expect(typeCount(result, "fagartikkel")).toBe(15_000);
    const year = (y: number) => result.facets.years.find((facet) => facet.year === y)?.count;
    expect(year(1990)).toBe(count((g) => g % 2 === 0 && g % 30 === 0));
    expect(result.items.map((item) => item.slug)).toHaveLength(20);
  });

  it("counts what the search would find without its text, when it found nothing", async () => {
    const result = await overview.searchPublications({
      q: "xqzjw",
      type: "rapport",
      yearFrom: 1990,
      yearTo: 1999,
      page: 1,
    });
    expect(result.total).toBe(0);
    expect(result.suggestions.without).toContainEqual({
      filter: "q",
      total: count((g) => g % 2 === 0 && g % 30 < 10),
    });
  });
});

describe("the JSON API", () => {
  const list = async (q: string) => {
    const { listPublications } = await import("@/lib/interop/api/handlers");
    const response = await listPublications(new Request(`http://localhost:3000/api/v1/publikasjoner?q=${q}`), {
      params: Promise.resolve({ slug: "" }),
    });
    return (await response.json()).pagination;
  };

  it("says when its total is an estimate, and only then", async () => {
    expect(await list("grense")).toMatchObject({ total: 10_000, totalIsEstimate: false });
    const above = await list("overgrense");
    expect(above.totalIsEstimate).toBe(true);
    expect(above.total).toBeGreaterThan(10_000);
  });
});
