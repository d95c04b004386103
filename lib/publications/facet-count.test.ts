import { describe, expect, it } from "vitest";
import { countFacets, countPassing, emptyTable, keysOf, storeWorks, type WorkRow } from "./facet-count";

// The facet table's works and their counts (facet-count.ts): each facet under every active filter
// but its own, the total under all of them.

// Work "w3" has the search key 3.
const row = (id: string, type: string, year: number, topicIds: string[], personIds: string[] = []): WorkRow => ({
  id,
  searchKey: Number(id.slice(1)),
  type,
  year,
  language: "nb",
  design: null,
  plain: false,
  topicIds,
  projectIds: [],
  personIds,
  public: true,
});
const table = emptyTable();
storeWorks(table, [
  row("w1", "rapport", 2010, ["t1"], ["p1", "p2"]),
  row("w2", "rapport", 2012, ["t2"]),
  row("w3", "bok", 2010, ["t1", "t2"]),
  // Fails both filters below: counted nowhere.
  row("w4", "bok", 2012, ["t2"]),
  // No longer public: not in the table.
  { ...row("w5", "bok", 2012, ["t2"]), public: false },
]);
table.labels.topics[table.ids.topics.code("t1")] = { slug: "tema-1", label: "Tema B" };
table.labels.topics[table.ids.topics.code("t2")] = { slug: "tema-2", label: "Tema A" };
// "p2" is not public: it has no label.
table.labels.persons[table.ids.persons.code("p1")] = { slug: "per", label: "Per" };

const works = [...table.works.values()];
const count = (rows: ReturnType<typeof countFacets>, facet: string, value: string | null = null) =>
  rows.find((r) => r.facet === facet && r.value === value)?.count;
const listed = (rows: ReturnType<typeof countFacets>, facet: string) =>
  rows.filter((r) => r.facet === facet).map((r) => r.value);
const none = { topic: null, project: null, person: null };

describe("countFacets", () => {
  it("counts every public work without filters", () => {
    const rows = countFacets(table, works, {}, none);
    expect(works).toHaveLength(4);
    expect(count(rows, "total")).toBe(4);
    expect(count(rows, "rows")).toBe(4);
    expect(count(rows, "type", "rapport")).toBe(2);
    expect(count(rows, "year", "2012")).toBe(2);
    expect(count(rows, "language", "nb")).toBe(4);
    expect(count(rows, "without", "type")).toBe(4);
    expect(count(rows, "plain", "ja")).toBe(0);
    // Only public topics and people, most works first, then by label.
    expect(listed(rows, "topic")).toEqual(["tema-2", "tema-1"]);
    expect(listed(rows, "person")).toEqual(["per"]);
  });

  it("counts each facet under the other filters, and the total under all", () => {
    const rows = countFacets(table, works, { type: "rapport", year: { from: 2010, to: 2010 } }, none);
    expect(count(rows, "total")).toBe(1);
    // Types under the year filter: the report and the book of 2010.
    expect(count(rows, "type", "rapport")).toBe(1);
    expect(count(rows, "type", "bok")).toBe(1);
    // Years under the type filter: the two reports.
    expect(count(rows, "year", "2010")).toBe(1);
    expect(count(rows, "year", "2012")).toBe(1);
    expect(count(rows, "without", "type")).toBe(2);
    expect(count(rows, "without", "year")).toBe(2);
    expect(count(rows, "without", "topic")).toBe(1);
    // Topics under both filters: only the report of 2010.
    expect(listed(rows, "topic")).toEqual(["tema-1"]);
  });

  it("filters by topic, and by a value no work has", () => {
    expect(count(countFacets(table, works, { topic: "t1" }, none), "total")).toBe(2);
    expect(count(countFacets(table, works, { type: "fagartikkel" }, none), "total")).toBe(0);
    expect(count(countFacets(table, works, { person: "ukjent" }, none), "total")).toBe(0);
  });

  it("lists the chosen topic first", () => {
    expect(listed(countFacets(table, works, {}, { ...none, topic: "t1" }), "topic")).toEqual(["tema-1", "tema-2"]);
  });
});

describe("countPassing", () => {
  it("counts the works that pass every filter", () => {
    expect(countPassing(table, table.works.values(), {})).toBe(4);
    expect(countPassing(table, table.works.values(), { type: "bok" })).toBe(2);
    expect(countPassing(table, works, { type: "bok", year: { from: 2010, to: 2011 } })).toBe(1);
    expect(countPassing(table, works, { type: "bok", topic: "t1", person: "p1" })).toBe(0);
  });
});

describe("the works by search key", () => {
  it("reads the keys of the counting pass", () => {
    expect(keysOf("")).toEqual([]);
    expect(keysOf("7")).toEqual([7]);
    expect(keysOf("12,345,6,100000")).toEqual([12, 345, 6, 100000]);
  });

  it("finds each public work by its key, and no longer one that left the table", () => {
    const own = emptyTable();
    storeWorks(own, [row("w2", "rapport", 2010, []), row("w5000", "bok", 2011, [])]);
    expect(own.byKey[2]?.type).toBe(own.values.code("rapport"));
    expect(own.byKey[5000]?.year).toBe(2011);
    // Dense up to the highest key (holes are undefined, not missing): no dictionary behind it.
    expect(own.byKey).toHaveLength(5001);
    expect(Object.keys(own.byKey)).toHaveLength(5001);
    storeWorks(own, [{ ...row("w2", "rapport", 2010, []), public: false }]);
    expect(own.byKey[2]).toBeUndefined();
    expect(own.works.has("w2")).toBe(false);
    expect(own.byKey[5000]?.year).toBe(2011);
    // A changed work replaces the one it was.
    storeWorks(own, [row("w5000", "rapport", 2012, [])]);
    expect(own.byKey[5000]?.year).toBe(2012);
    expect(own.works.get("w5000")).toBe(own.byKey[5000]);
  });
});
