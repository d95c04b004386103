import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticData, type SyntheticData, type SyntheticPublication } from "@/scripts/lib/synthetic-data";
import { insertSyntheticData } from "@/scripts/lib/synthetic-insert";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import type { OverviewFilters } from "./overview";

// Facet counts on generated works, checked against counts made here, in plain TypeScript, from
// the same data. Each facet counts under every filter but its own.

let database: TestDatabase;
let overview: typeof import("./overview");
const data: SyntheticData = syntheticData(600, { seed: 42 });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await insertSyntheticData(database.url, data);
  overview = await import("./overview");
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
});

const slugOf = (list: { id: string; slug: string }[]) => new Map(list.map((item) => [item.id, item.slug]));
const topicSlugs = slugOf(data.topics);
const projectSlugs = slugOf(data.projects);
const personSlugs = slugOf(data.persons);
const idOf = (slugs: Map<string, string>, slug: string) => [...slugs].find(([, s]) => s === slug)![0];

type Key = "type" | "year" | "language" | "topic" | "project" | "person";

function passes(work: SyntheticPublication, f: OverviewFilters, except?: Key): boolean {
  const checks: Record<Key, boolean> = {
    type: !f.type || work.type === f.type,
    year: (!f.yearFrom || work.year >= f.yearFrom) && (!f.yearTo || work.year <= f.yearTo),
    language: !f.language || work.language === f.language,
    topic: !f.topic || work.topicIds.includes(idOf(topicSlugs, f.topic)),
    project: !f.project || work.projectIds.includes(idOf(projectSlugs, f.project)),
    person: !f.person || work.personIds.includes(idOf(personSlugs, f.person)),
  };
  return Object.entries(checks).every(([key, ok]) => key === except || ok);
}

function expected(f: OverviewFilters) {
  const visible = data.publications.filter((w) => w.status === "published" && !w.deleted);
  const tally = (except: Key, values: (w: SyntheticPublication) => (string | number)[]) => {
    const counts = new Map<string, number>();
    for (const work of visible.filter((w) => passes(w, f, except))) {
      for (const value of values(work)) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    }
    return counts;
  };
  return {
    total: visible.filter((w) => passes(w, f)).length,
    types: tally("type", (w) => [w.type]),
    years: tally("year", (w) => [w.year]),
    languages: tally("language", (w) => [w.language]),
    topics: tally("topic", (w) => w.topicIds.map((id) => topicSlugs.get(id)!)),
    projects: tally("project", (w) => w.projectIds.map((id) => projectSlugs.get(id)!)),
    persons: tally("person", (w) => w.personIds.map((id) => personSlugs.get(id)!)),
  };
}

const common = <T>(items: T[]) => items[Math.floor(items.length / 3)]!;
const busiest = (key: "topicIds" | "projectIds" | "personIds", slugs: Map<string, string>) => {
  const counts = new Map<string, number>();
  for (const work of data.publications) for (const id of work[key]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return slugs.get([...counts].sort((a, b) => b[1] - a[1])[0]![0])!;
};

const cases: [string, OverviewFilters][] = [
  ["no filter", { page: 1 }],
  ["a type", { type: "rapport", page: 1 }],
  [
    "type, years and topic",
    { type: "tidsskriftartikkel", yearFrom: 2000, yearTo: 2015, topic: busiest("topicIds", topicSlugs), page: 1 },
  ],
  ["language and person", { language: "en", person: busiest("personIds", personSlugs), page: 1 }],
  ["project and a start year", { project: common([...projectSlugs.values()]), yearFrom: 2010, page: 1 }],
];

describe("facet counts", () => {
  it.each(cases)("are right with %s", async (_, filters) => {
    const result = await overview.searchPublications(filters);
    const want = expected(filters);
    const got = (list: { value: string; count: number }[]) => new Map(list.map((item) => [item.value, item.count]));
    expect(result.total).toBe(want.total);
    expect(got(result.facets.types)).toEqual(want.types);
    expect(new Map(result.facets.years.map((y) => [String(y.year), y.count]))).toEqual(want.years);
    expect(got(result.facets.languages)).toEqual(want.languages);
    expect(got(result.facets.topics)).toEqual(want.topics);
    // Projects and people: the 30 with most works (a selected one among them), each with its right count.
    for (const [facet, all] of [
      [result.facets.projects, want.projects],
      [result.facets.persons, want.persons],
    ] as const) {
      for (const item of facet) expect([item.value, item.count]).toEqual([item.value, all.get(item.value) ?? 0]);
      const shown = new Set(facet.map((item) => item.value));
      const leastShown = Math.min(...facet.map((item) => item.count));
      expect([...all].filter(([slug, count]) => !shown.has(slug) && count > leastShown)).toEqual([]);
      expect(facet.length).toBe(Math.min(30, [...all.values()].filter((count) => count > 0).length));
    }
  });

  it("are right when a second filter names no topic", async () => {
    const withUnknown = await overview.searchPublications({ type: "rapport", topic: "finnes-ikke", page: 1 });
    const typeOnly = await overview.searchPublications({ type: "rapport", page: 1 });
    expect(withUnknown.facets).toEqual(typeOnly.facets);
    expect(withUnknown.total).toBe(expected({ type: "rapport", page: 1 }).total);
  });

  it("agree with the totals of the filtered searches, also with search text", async () => {
    const result = await overview.searchPublications({ q: "mestring", yearFrom: 2005, page: 1 });
    expect(result.total).toBeGreaterThan(0);
    for (const { value, count } of result.facets.types) {
      expect((await overview.searchPublications({ q: "mestring", yearFrom: 2005, type: value, page: 1 })).total).toBe(
        count,
      );
    }
    const withoutYear = await overview.searchPublications({ q: "mestring", page: 1 });
    expect(result.facets.types.reduce((sum, t) => sum + t.count, 0)).toBe(result.total);
    expect(result.facets.years.reduce((sum, y) => sum + y.count, 0)).toBe(withoutYear.total);
  });

  // Three and four filters with search text: each facet counts the works under the other filters.
  // (On 600 works the text's works are counted in one pass; above the line, overview-approximate.)
  it.each([
    ["three", { q: "mestring", yearFrom: 2000, yearTo: 2015, topic: busiest("topicIds", topicSlugs), page: 1 }],
    [
      "four",
      {
        q: "mestring",
        type: "tidsskriftartikkel",
        yearFrom: 2000,
        language: "nb",
        topic: busiest("topicIds", topicSlugs),
        page: 1,
      },
    ],
  ] satisfies [string, OverviewFilters][])(
    "agree with the totals of the filtered searches with %s filters and search text",
    async (_, filters) => {
      const result = await overview.searchPublications(filters);
      const totalWith = async (change: Partial<OverviewFilters>) =>
        (await overview.searchPublications({ ...filters, ...change })).total;
      expect(result.facets.types.length).toBeGreaterThan(1);
      for (const { value, count } of result.facets.types)
        expect([value, await totalWith({ type: value })]).toEqual([value, count]);
      for (const { year, count } of result.facets.years)
        expect([year, await totalWith({ yearFrom: year, yearTo: year })]).toEqual([year, count]);
      for (const { value, count } of result.facets.languages)
        expect([value, await totalWith({ language: value })]).toEqual([value, count]);
      for (const { value, count } of result.facets.topics.slice(0, 8))
        expect([value, await totalWith({ topic: value })]).toEqual([value, count]);
    },
  );
});
