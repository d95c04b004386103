import { describe, expect, it } from "vitest";
import { countFacets } from "./facet-count";
import type { FacetTable, FacetWork } from "./facet-table";

// The facet counts of the matching works (facet-count.ts): each facet under every active filter
// but its own, the total under all of them.

const work = (type: string, year: number, topicIds: string[], personIds: string[] = []): FacetWork => ({
  type,
  year,
  language: "nb",
  design: null,
  plain: false,
  topicIds,
  projectIds: [],
  personIds,
});
const table: FacetTable = {
  works: new Map(),
  topics: new Map([
    ["t1", { slug: "tema-1", label: "Tema B" }],
    ["t2", { slug: "tema-2", label: "Tema A" }],
  ]),
  projects: new Map(),
  // "p2" is not public: it has no label.
  persons: new Map([["p1", { slug: "per", label: "Per" }]]),
};
const works = [
  work("rapport", 2010, ["t1"], ["p1", "p2"]),
  work("rapport", 2012, ["t2"]),
  work("bok", 2010, ["t1", "t2"]),
  // Fails both filters below: counted nowhere.
  work("bok", 2012, ["t2"]),
];
const count = (rows: ReturnType<typeof countFacets>, facet: string, value: string | null = null) =>
  rows.find((row) => row.facet === facet && row.value === value)?.count;
const none = { topic: null, project: null, person: null };

describe("countFacets", () => {
  it("counts every work without filters", () => {
    const rows = countFacets(table, works, {}, none);
    expect(count(rows, "total")).toBe(4);
    expect(count(rows, "rows")).toBe(4);
    expect(count(rows, "type", "rapport")).toBe(2);
    expect(count(rows, "year", "2012")).toBe(2);
    expect(count(rows, "without", "type")).toBe(4);
    expect(count(rows, "plain", "ja")).toBe(0);
    // Only public topics and people, most works first, then by label.
    expect(rows.filter((row) => row.facet === "topic").map((row) => row.label)).toEqual(["Tema A", "Tema B"]);
    expect(rows.filter((row) => row.facet === "person").map((row) => row.value)).toEqual(["per"]);
  });

  it("counts each facet under the other filters, and the total under all", () => {
    const tests = { type: (w: FacetWork) => w.type === "rapport", year: (w: FacetWork) => w.year === 2010 };
    const rows = countFacets(table, works, tests, none);
    expect(count(rows, "total")).toBe(1);
    // Types under the year filter: the rapport and the bok of 2010.
    expect(count(rows, "type", "rapport")).toBe(1);
    expect(count(rows, "type", "bok")).toBe(1);
    // Years under the type filter: the two reports.
    expect(count(rows, "year", "2010")).toBe(1);
    expect(count(rows, "year", "2012")).toBe(1);
    expect(count(rows, "without", "type")).toBe(2);
    expect(count(rows, "without", "year")).toBe(2);
    expect(count(rows, "without", "topic")).toBe(1);
    // Topics under both filters: only the report of 2010.
    expect(rows.filter((row) => row.facet === "topic").map((row) => row.value)).toEqual(["tema-1"]);
  });

  it("lists the chosen topic first", () => {
    const rows = countFacets(table, works, {}, { ...none, topic: "t1" });
    expect(rows.filter((row) => row.facet === "topic").map((row) => row.value)).toEqual(["tema-1", "tema-2"]);
  });
});
