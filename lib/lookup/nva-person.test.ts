import { afterEach, describe, expect, it } from "vitest";
import { fixture, startStandIn, type StandIn, type StandInAnswer } from "@/test/lookup-stand-in";
import { createLookup } from "./lookup";
import { NVA_PERSON_MESSAGES, nvaPersonAddress } from "./nva-person";

// NVA's works for a person against a local stand-in answering in NVA's search format
// (test/fixtures/lookup): found, none, a timeout, a malformed answer, 429, and paging.

const CRISTIN = "99999901";
const byId = (from: number) => `/nva/search/resources?contributor=${CRISTIN}&from=${from}&size=20`;
const byName = (name: string, from = 0) =>
  `/nva/search/resources?contributor_name=${encodeURIComponent(name).replace(/%20/g, "+")}&from=${from}&size=20`;

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function lookupWith(routes: Record<string, StandInAnswer | StandInAnswer[]>) {
  standIn = await startStandIn(routes);
  return createLookup({
    doiResolverUrl: `${standIn.url}/doi/`,
    nvaApiUrl: `${standIn.url}/nva`,
    openLibraryUrl: `${standIn.url}/ol`,
    userAgent: "SelvhjelpForskning/1.0 (http://localhost; mailto:post@selvhjelp.no)",
    // Long enough for a cold first request; the hanging stand-in still ends within the test.
    timeoutMs: 1500,
    minIntervalMs: 0,
    maxRetryWaitMs: 50,
  });
}

/** The synthetic answer with another total, for paging. */
function withTotal(totalHits: number) {
  return JSON.stringify({ ...JSON.parse(fixture("nva-search-contributor-synthetic.json")), totalHits });
}

describe("NVA's works for a person", () => {
  it("found by Cristin id: each work with title, year, type and the co-authors, asked for politely", async () => {
    const lookup = await lookupWith({ [byId(0)]: { fixture: "nva-search-contributor-synthetic.json" } });
    const page = await lookup.worksForPerson({ cristinId: CRISTIN }, 1);
    expect(page).toMatchObject({ ok: true, totalHits: 2, page: 1, pageCount: 1 });
    if (!page.ok) throw new Error(page.message);
    expect(page.works.map(({ item: _item, ...rest }) => rest)).toEqual([
      {
        nvaId: "0190a1b2c3d4-00000000-0000-4000-8000-000000000001",
        title: "Syntetisk testartikkel om likemannsarbeid",
        year: 2021,
        type: "AcademicArticle",
        coAuthors: ["Fiktiv Medforfatter"],
        affiliations: ["Syntetisk høgskole"],
      },
      {
        nvaId: "0190a1b2c3d4-00000000-0000-4000-8000-000000000002",
        title: "Syntetisk testrapport om selvhjelpsgrupper",
        year: 2023,
        type: "ReportResearch",
        coAuthors: ["Fiktiv Medforfatter"],
        affiliations: ["Fiktivt forskningsinstitutt"],
      },
    ]);
    expect(page.works[0]?.item).toMatchObject({
      type: "article-journal",
      DOI: "https://doi.org/10.5555/syntetisk-nva-1",
      author: [
        { given: "Syntetisk", family: "Testperson" },
        { given: "Fiktiv", family: "Medforfatter" },
      ],
    });
    expect(standIn?.requests[0]?.headers["user-agent"]).toContain("mailto:post@selvhjelp.no");
  });

  it("names the person's institutions on each work in Norwegian where NVA has it, else in English, once each", async () => {
    const answer = JSON.parse(fixture("nva-search-contributor-synthetic.json"));
    const person = answer.hits[0].entityDescription.contributors[0];
    person.affiliations = [
      { type: "Organization", labels: { en: "Synthetic University College" } },
      { type: "Organization", labels: { nn: "Syntetisk høgskule", en: "Synthetic University College" } },
      { type: "Organization", labels: { en: "Synthetic University College" } },
      { type: "Organization", id: "https://api.nva.unit.no/cristin/organization/1.0.0.0" },
    ];
    answer.hits[0].entityDescription.contributors[1].affiliations = [{ labels: { nb: "Medforfatterens institutt" } }];
    const lookup = await lookupWith({ [byId(0)]: { body: JSON.stringify(answer) } });
    const page = await lookup.worksForPerson({ cristinId: CRISTIN }, 1);
    if (!page.ok) throw new Error(page.message);
    expect(page.works[0]?.affiliations).toEqual(["Synthetic University College", "Syntetisk høgskule"]);
  });

  it("found by name, when the person has no Cristin id", async () => {
    const lookup = await lookupWith({
      [byName("Syntetisk Testperson")]: { fixture: "nva-search-contributor-synthetic.json" },
    });
    const page = await lookup.worksForPerson({ name: "  Syntetisk   Testperson " }, 1);
    expect(page).toMatchObject({ ok: true, totalHits: 2 });
    if (page.ok) expect(page.works[1]?.coAuthors).toEqual(["Fiktiv Medforfatter"]);
  });

  it("none", async () => {
    const lookup = await lookupWith({ [byId(0)]: { fixture: "nva-search-empty.json" } });
    expect(await lookup.worksForPerson({ cristinId: CRISTIN }, 1)).toEqual({
      ok: false,
      message: NVA_PERSON_MESSAGES.none,
    });
  });

  it("a timeout", async () => {
    const lookup = await lookupWith({ [byId(0)]: { hang: true } });
    expect(await lookup.worksForPerson({ cristinId: CRISTIN }, 1)).toEqual({
      ok: false,
      message: NVA_PERSON_MESSAGES.away,
    });
  });

  it("a malformed answer: not JSON, or JSON without hits", async () => {
    const lookup = await lookupWith({ [byId(0)]: [{ body: "<html>" }, { body: '{"total": 3}' }] });
    expect(await lookup.worksForPerson({ cristinId: CRISTIN }, 1)).toEqual({
      ok: false,
      message: NVA_PERSON_MESSAGES.malformed,
    });
    expect(await lookup.worksForPerson({ cristinId: CRISTIN }, 1)).toEqual({
      ok: false,
      message: NVA_PERSON_MESSAGES.malformed,
    });
  });

  it("429 twice gives up with the message; 429 once is tried again after Retry-After", async () => {
    const lookup = await lookupWith({
      [byId(0)]: [
        { status: 429, headers: { "Retry-After": "0" } },
        { status: 429, headers: { "Retry-After": "0" } },
      ],
      [byId(20)]: [{ status: 429, headers: { "Retry-After": "0" } }, { body: withTotal(22) }],
    });
    expect(await lookup.worksForPerson({ cristinId: CRISTIN }, 1)).toEqual({
      ok: false,
      message: NVA_PERSON_MESSAGES.away,
    });
    expect(await lookup.worksForPerson({ cristinId: CRISTIN }, 2)).toMatchObject({ ok: true, page: 2, pageCount: 2 });
  });

  it("paging: page 3 asks from 40, size 20; the page count follows the total", async () => {
    const lookup = await lookupWith({ [byId(40)]: { body: withTotal(45) } });
    expect(await lookup.worksForPerson({ cristinId: CRISTIN }, 3)).toMatchObject({ ok: true, page: 3, pageCount: 3 });
    expect(standIn?.requests.map((r) => r.path)).toEqual([byId(40)]);
  });

  it("too many hits on a name is a message, not a listing", async () => {
    const lookup = await lookupWith({ [byName("Syntetisk Testperson")]: { body: withTotal(5000) } });
    expect(await lookup.worksForPerson({ name: "Syntetisk Testperson" }, 1)).toEqual({
      ok: false,
      message: NVA_PERSON_MESSAGES.tooMany(5000),
    });
  });

  it("hostile input never reaches NVA: a bad page or a Cristin id that is not digits", async () => {
    const lookup = await lookupWith({});
    for (const page of [0, -1, 1.5, Number.NaN, 26])
      expect(await lookup.worksForPerson({ cristinId: CRISTIN }, page)).toEqual({
        ok: false,
        message: NVA_PERSON_MESSAGES.badPage,
      });
    for (const cristinId of ["", "12a", "1&size=9999", "1".repeat(13)])
      expect(await lookup.worksForPerson({ cristinId }, 1)).toEqual({
        ok: false,
        message: NVA_PERSON_MESSAGES.badQuery,
      });
    expect(await lookup.worksForPerson({ name: " x " }, 1)).toEqual({
      ok: false,
      message: NVA_PERSON_MESSAGES.badQuery,
    });
    expect(standIn?.requests).toEqual([]);
  });

  it("the address encodes a name with its own parameters as text", () => {
    expect(nvaPersonAddress("https://api.nva.unit.no/", { name: "Å&size=1" }, 1)).toBe(
      "https://api.nva.unit.no/search/resources?contributor_name=%C3%85%26size%3D1&from=0&size=20",
    );
  });
});
