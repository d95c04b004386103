import { describe, expect, it } from "vitest";
import { seededOverview } from "@/test/seeded-overview";

// Issue 12 on the real content: a work is found by every name and number on its page and on its
// projects' pages, and a pasted identifier puts that work first.

const context = seededOverview();

const search = (q: string) => context.overview.searchPublications({ q, page: 1 });
const slugs = async (q: string) => (await search(q)).items.map((item) => item.slug);

const HINT_PROJECT = [
  "konkurrerende-kunnskap-syn-om-helse",
  "participants-experiences-of-empowerment-in-self-help-groups",
  "self-help-and-self-help-groups-nordic-context-review",
  "the-construction-of-self-help-management-in-norwegian-health-policy",
];
const NIBR_PROJECT = [
  "endringsarbeid-i-selvhjelpsgrupper",
  "etablering-og-igangsetting-av-selvhjelpsgrupper",
  "fortrolige-fremmede",
  "mellom-kommune-og-sivilsamfunn",
  "samarbeid-om-selvhjelp",
  "takk-for-tilliten",
];

describe("names around a work", () => {
  it.each([
    ["Agderforsk", "the institution's short name", ["hjelper-selvhjelp"]],
    ["Agderforskning", "the institution's name", ["hjelper-selvhjelp"]],
    ["Nøtterøy", "the coordinator of its project", ["hjelper-selvhjelp"]],
    ["Gjøvik", "the institution", ["et-mentalt-treningsstudio"]],
    ["Extrastiftelsen", "the funder of its project", ["keeping-up-with-the-new-health-care-user"]],
    [
      "Stiftelsen helse og rehabilitering",
      "the former name of its project's funder",
      ["keeping-up-with-the-new-health-care-user"],
    ],
    ["Cappelen Damm", "the publisher", ["samarbeid-om-selvhjelp"]],
    ["Gyldendal", "the publisher", ["konkurrerende-kunnskap-syn-om-helse"]],
    ["HiNT", "the short name of its project's coordinator", HINT_PROJECT],
    ["Høgskolen i Nord-Trøndelag", "the name of its project's coordinator", HINT_PROJECT],
    ["Helsedirektoratet", "the funder of its project", NIBR_PROJECT],
    ["Prosjektrapport 01/2011", "the series and number", ["hjelper-selvhjelp"]],
    ["Scandinavian Journal of Public Health", "the journal", ["self-help-and-self-help-groups-nordic-context-review"]],
    ["Helsesosiologi", "the book of a chapter", ["konkurrerende-kunnskap-syn-om-helse"]],
  ])("«%s» (%s)", async (q, _, expected) => {
    expect((await slugs(q)).sort()).toEqual(expected);
  });

  it("«Nord universitet»: the present name (successor) of the HiNT project's coordinator", async () => {
    expect(await slugs("Nord universitet")).toEqual(expect.arrayContaining(HINT_PROJECT));
  });

  it("«NIBR-notat 2013:107»: the series and number of the note and of its two chapters", async () => {
    expect((await slugs("NIBR-notat 2013:107")).sort()).toEqual([
      "endringsarbeid-i-selvhjelpsgrupper",
      "fortrolige-fremmede",
      "mellom-kommune-og-sivilsamfunn",
    ]);
    expect(await slugs("NIBR-rapport 2012:8")).toEqual(["etablering-og-igangsetting-av-selvhjelpsgrupper"]);
  });

  it("«Endringsarbeid i selvhjelpsgrupper»: every work of the project, the work of that title first", async () => {
    const found = await slugs("Endringsarbeid i selvhjelpsgrupper");
    expect(found[0]).toBe("endringsarbeid-i-selvhjelpsgrupper");
    expect(found).toEqual(expect.arrayContaining(NIBR_PROJECT));
  });

  it("«Internettbaserte selvhjelpsgrupper for kvinner»: the title of a work's project", async () => {
    expect(await slugs("Internettbaserte kvinner brystkreft")).toContain("keeping-up-with-the-new-health-care-user");
  });

  it("«OsloMet»: the body the institution belongs to", async () => {
    expect(await slugs("OsloMet")).toEqual(
      expect.arrayContaining(["endringsarbeid-i-selvhjelpsgrupper", "etablering-og-igangsetting-av-selvhjelpsgrupper"]),
    );
  });

  it("tolerates a misspelt name: the names are in the vocabulary of known words", async () => {
    expect(await slugs("Extrastiftelssen")).toEqual(["keeping-up-with-the-new-health-care-user"]);
    expect(await slugs("Nøterøy")).toEqual(["hjelper-selvhjelp"]);
  });

  it("still ranks a title match above a match in the names around a work", async () => {
    // «selvhjelpsgrupper» is in many titles, and in the names of every work of two projects.
    const found = (await search("selvhjelpsgrupper")).items;
    const firstWithout = found.findIndex((item) => !/selvhjelpsgrupp/i.test(`${item.title} ${item.subtitle ?? ""}`));
    const lastWith = found.findLastIndex((item) => /selvhjelpsgrupp/i.test(`${item.title} ${item.subtitle ?? ""}`));
    expect(firstWithout).toBeGreaterThan(lastWith);
  });
});

describe("identifiers", () => {
  it.each([
    ["10.1177/1403494811425603", "self-help-and-self-help-groups-nordic-context-review"],
    ["doi:10.1177/1403494811425603", "self-help-and-self-help-groups-nordic-context-review"],
    ["DOI: 10.1177/1403494811425603", "self-help-and-self-help-groups-nordic-context-review"],
    ["https://doi.org/10.1177/1403494811425603", "self-help-and-self-help-groups-nordic-context-review"],
    ["http://dx.doi.org/10.1177/1403494811425603", "self-help-and-self-help-groups-nordic-context-review"],
    ["https://doi.org/10.23865/noasp.68", "samarbeid-om-selvhjelp"],
    ["10.23865/NOASP.68", "samarbeid-om-selvhjelp"],
    ["10.23865/noasp.68.", "samarbeid-om-selvhjelp"],
    ["978-82-02-64657-8", "samarbeid-om-selvhjelp"],
    ["9788202646578", "samarbeid-om-selvhjelp"],
    ["ISBN 978-82-02-64657-8", "samarbeid-om-selvhjelp"],
    ["isbn:9788202646578", "samarbeid-om-selvhjelp"],
    ["82-02-64657-6", "samarbeid-om-selvhjelp"],
    ["8202646576", "samarbeid-om-selvhjelp"],
    ["1403-4948", "self-help-and-self-help-groups-nordic-context-review"],
    ["14034948", "self-help-and-self-help-groups-nordic-context-review"],
    ["ISSN 1403-4948", "self-help-and-self-help-groups-nordic-context-review"],
    // A handle and a DOI named by a work's links (the related article of Sandaunet's thesis).
    ["https://hdl.handle.net/10037/1727", "keeping-up-with-the-new-health-care-user"],
    ["hdl:10037/1727", "keeping-up-with-the-new-health-care-user"],
    ["10037/1727", "keeping-up-with-the-new-health-care-user"],
    ["https://doi.org/10.1111/j.1467-9566.2007.01041.x", "keeping-up-with-the-new-health-care-user"],
    // As pasted from a reference list, a catalogue or a word processor.
    ["doi.org/10.23865/noasp.68", "samarbeid-om-selvhjelp"],
    ["https://doi.org/10.1177%2F1403494811425603", "self-help-and-self-help-groups-nordic-context-review"],
    ["(doi:10.1177/1403494811425603).", "self-help-and-self-help-groups-nordic-context-review"],
    ["(ISBN 978-82-02-64657-8)", "samarbeid-om-selvhjelp"],
    ["978–82–02–64657–8", "samarbeid-om-selvhjelp"],
    ["ISSN: 1403–4948", "self-help-and-self-help-groups-nordic-context-review"],
  ])("«%s» finds %s, first and by relevance", async (q, slug) => {
    const result = await search(q);
    expect(result.sort).toBe("relevans");
    expect(result.items[0]?.slug).toBe(slug);
    expect(result.total).toBe(1);
  });

  it("puts the work with the identifier before works that only match the words", async () => {
    // «selvhjelp» is in many works; with the ISBN of «Samarbeid om selvhjelp», that one is first.
    // (The identifier's pieces, "978", "82", are no words to search for.)
    const found = await search("selvhjelp 978-82-02-64657-8");
    expect(found.items[0]?.slug).toBe("samarbeid-om-selvhjelp");
    expect(found.total).toBe((await search("selvhjelp")).total);
    const withIssn = await slugs("Landstad 1403-4948");
    expect(withIssn[0]).toBe("self-help-and-self-help-groups-nordic-context-review");
    expect(withIssn.length).toBeGreaterThan(1);
    // By its words alone, «Samarbeid om selvhjelp» is not the first.
    expect((await slugs("selvhjelp"))[0]).not.toBe("samarbeid-om-selvhjelp");
  });

  it("finds a report by its number in a series, though «01/2011» is shaped like a handle", async () => {
    expect(await slugs("01/2011")).toEqual(["hjelper-selvhjelp"]);
    expect(await slugs("Prosjektrapport 01/2011")).toEqual(["hjelper-selvhjelp"]);
    expect(await slugs("2013:107")).toHaveLength(3);
  });

  it("reads a date as no ISSN, and another number as no misspelling of a number", async () => {
    expect(await slugs("2020-09-30")).toEqual([]);
    expect(await slugs("Prosjektrapport 01/2012")).toEqual([]);
    expect(await slugs("NIBR-rapport 2013:8")).toEqual([]);
  });

  it("finds nothing for an identifier no work has, nor for a near miss", async () => {
    for (const q of ["10.1177/140349481142560", "978-82-02-64658-8", "1403-4949", "hdl:10037/1728"]) {
      expect((await search(q)).total, q).toBe(0);
    }
  });
});
