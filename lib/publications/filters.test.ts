import { describe, expect, it } from "vitest";
import { overviewHref, parseOverviewParams } from "./filters";

describe("parseOverviewParams", () => {
  it("reads type, year range and page", () => {
    expect(parseOverviewParams({ type: "rapport", fra: "2010", til: "2020", side: "2" })).toEqual({
      filters: { type: "rapport", yearFrom: 2010, yearTo: 2020, page: 2 },
      problems: [],
    });
  });

  it("swaps a reversed year range", () => {
    expect(parseOverviewParams({ fra: "2020", til: "2010" }).filters).toMatchObject({ yearFrom: 2010, yearTo: 2020 });
  });

  it("drops unreadable values with a Norwegian explanation", () => {
    const { filters, problems } = parseOverviewParams({ type: "'; DROP TABLE", fra: "tjue", side: "-3" });
    expect(filters).toEqual({ type: undefined, yearFrom: undefined, yearTo: undefined, page: 1 });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("finnes ikke");
  });
});

describe("overviewHref", () => {
  it("round-trips the filters", () => {
    const href = overviewHref({ type: "bok", yearFrom: 2000, page: 3 });
    expect(href).toBe("/publikasjoner?type=bok&fra=2000&side=3");
    const params = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseOverviewParams(params).filters).toEqual({ type: "bok", yearFrom: 2000, yearTo: undefined, page: 3 });
  });
});
