import { describe, expect, it } from "vitest";
import { activeFilterCount, MAX_QUERY_LENGTH, overviewHref, parseOverviewParams } from "./filters";

describe("parseOverviewParams", () => {
  it("reads every parameter", () => {
    const params = {
      q: " selvhjelp ",
      type: "rapport",
      fra: "2010",
      til: "2020",
      tema: "e-helse",
      prosjekt: "p-1",
      person: "nora-gotaas",
      sprak: "nb",
      sorter: "nyeste",
      side: "2",
    };
    expect(parseOverviewParams(params)).toEqual({
      filters: {
        q: "selvhjelp",
        type: "rapport",
        yearFrom: 2010,
        yearTo: 2020,
        topic: "e-helse",
        project: "p-1",
        person: "nora-gotaas",
        language: "nb",
        sort: "nyeste",
        page: 2,
      },
      problems: [],
    });
  });

  it("drops a type that only Object has (__proto__, constructor, toString) with a message", () => {
    for (const type of ["__proto__", "constructor", "toString"]) {
      const { filters, problems } = parseOverviewParams({ type });
      expect(filters.type).toBeUndefined();
      expect(problems).toEqual([`Publikasjonstypen «${type}» finnes ikke, og er ikke brukt.`]);
    }
  });

  it("reads the study design, and drops one that does not exist with a message", () => {
    expect(parseOverviewParams({ design: "kvalitativ" })).toMatchObject({
      filters: { design: "kvalitativ" },
      problems: [],
    });
    const { filters, problems } = parseOverviewParams({ design: "toString" });
    expect(filters.design).toBeUndefined();
    expect(problems).toEqual(["Studiedesignet «toString» finnes ikke, og er ikke brukt."]);
    expect(overviewHref({ topic: "e-helse", design: "ukjent", page: 1 })).toBe(
      "/publikasjoner?tema=e-helse&design=ukjent",
    );
    expect(activeFilterCount({ design: "evaluering", page: 1 })).toBe(1);
  });

  it("reads «Har Kort fortalt» as kort=ja, and drops any other value with a message", () => {
    expect(parseOverviewParams({ kort: "ja" })).toMatchObject({ filters: { plainLanguage: true }, problems: [] });
    const { filters, problems } = parseOverviewParams({ kort: "nei" });
    expect(filters.plainLanguage).toBeUndefined();
    expect(problems).toEqual(["«Kort fortalt» «nei» finnes ikke (bare «ja»), og er ikke brukt."]);
    expect(overviewHref({ type: "rapport", plainLanguage: true, page: 1 })).toBe("/publikasjoner?type=rapport&kort=ja");
    expect(overviewHref({ plainLanguage: undefined, page: 1 })).toBe("/publikasjoner");
    expect(activeFilterCount({ plainLanguage: true, page: 1 })).toBe(1);
  });

  it("swaps a reversed year range", () => {
    expect(parseOverviewParams({ fra: "2020", til: "2010" }).filters).toMatchObject({ yearFrom: 2010, yearTo: 2020 });
  });

  it("treats empty fields of the plain form as absent", () => {
    const { filters, problems } = parseOverviewParams({
      q: "",
      type: "",
      fra: "",
      til: "",
      tema: "",
      sprak: "",
      sorter: "",
    });
    expect(filters).toEqual({ page: 1 });
    expect(problems).toEqual([]);
  });

  it("drops unreadable values with a Norwegian explanation", () => {
    const { filters, problems } = parseOverviewParams({
      type: "'; DROP TABLE",
      fra: "tjue",
      side: "-3",
      tema: "Æ'",
      sprak: "norsk!",
      sorter: "tilfeldig",
    });
    expect(filters).toEqual({ page: 1 });
    expect(problems).toEqual([
      "Publikasjonstypen «'; DROP TABLE» finnes ikke, og er ikke brukt.",
      "«tjue» er ikke et gyldig årstall (fra), og er ikke brukt.",
      "Sorteringen «tilfeldig» finnes ikke, og er ikke brukt.",
      "Temaet «Æ'» finnes ikke, og er ikke brukt.",
      "Språket «norsk!» finnes ikke, og er ikke brukt.",
    ]);
  });

  it("cuts a very long search and removes control characters such as NUL", () => {
    const { filters, problems } = parseOverviewParams({ q: `${"a".repeat(10_000)}` });
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(problems).toHaveLength(1);
    expect(parseOverviewParams({ q: "selv\u0000hjelp\u0007" }).filters.q).toBe("selv hjelp");
    expect(parseOverviewParams({ q: "\u0000" }).filters.q).toBeUndefined();
  });

  it("takes the first of repeated parameters", () => {
    expect(parseOverviewParams({ q: ["a1", "b2"] }).filters.q).toBe("a1");
  });
});

describe("overviewHref", () => {
  it("round-trips the filters", () => {
    const filters = {
      q: "e-helse og æøå",
      type: "bok",
      yearFrom: 2000,
      topic: "e-helse",
      person: "nora-gotaas",
      language: "en",
      sort: "eldste",
      page: 3,
    } as const;
    const href = overviewHref(filters);
    expect(href).toBe(
      "/publikasjoner?q=e-helse+og+%C3%A6%C3%B8%C3%A5&type=bok&fra=2000&tema=e-helse&person=nora-gotaas&sprak=en&sorter=eldste&side=3",
    );
    const params = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseOverviewParams(params).filters).toEqual(filters);
  });

  it("leaves out page 1, empty values and the default order", () => {
    expect(overviewHref({ q: "", page: 1 })).toBe("/publikasjoner");
    expect(overviewHref({ sort: "alfabetisk" })).toBe("/publikasjoner");
    expect(overviewHref({ q: "selvhjelp", sort: "relevans" })).toBe("/publikasjoner?q=selvhjelp");
    expect(overviewHref({ q: "selvhjelp", sort: "alfabetisk" })).toBe("/publikasjoner?q=selvhjelp&sorter=alfabetisk");
  });
});

describe("activeFilterCount", () => {
  it("counts the narrowing filters, a year range once", () => {
    expect(activeFilterCount({ q: "x", sort: "nyeste", page: 2 })).toBe(0);
    expect(activeFilterCount({ type: "bok", yearFrom: 2000, yearTo: 2010, topic: "t", page: 1 })).toBe(3);
  });
});
