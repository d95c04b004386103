import { afterEach, describe, expect, it, vi } from "vitest";
import { startStandIn, type StandIn, type StandInAnswer } from "@/test/lookup-stand-in";
import { createLimiter } from "./limiter";
import { createLookup } from "./lookup";

// Each lookup against a local stand-in answering in the services' formats (test/fixtures/lookup):
// found, not found, a timeout, a malformed answer, and 429.

const SANDAUNET = "10.1111/j.1467-9566.2007.01041.x";
const ISBN = "9788202646578";
const NVA_ID = "0190a1b2c3d4-00000000-0000-4000-8000-000000000000";
const nvaIsbn = (isbn: string) => `/nva/search/resources?isbn=${isbn}&size=5`;
const openLibrary = (isbn: string) => `/ol/api/books?bibkeys=ISBN:${isbn}&format=json&jscmd=data`;

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
    timeoutMs: 300,
    minIntervalMs: 0,
    maxRetryWaitMs: 50,
  });
}

describe("a DOI", () => {
  it("found: doi.org's CSL-JSON, asked for politely", async () => {
    const lookup = await lookupWith({ [`/doi/${SANDAUNET}`]: { fixture: "doi-sandaunet-2008.csl.json" } });
    const [result] = await lookup.lookupLines([`https://doi.org/${SANDAUNET}`]);
    expect(result).toMatchObject({
      ok: true,
      item: {
        type: "article-journal",
        title:
          "The challenge of fitting in: non-participation and withdrawal from an online self-help group for breast cancer patients",
        "container-title": "Sociology of Health & Illness",
        ISSN: "0141-9889",
        DOI: SANDAUNET,
        author: [{ given: "Anne-Grete", family: "Sandaunet" }],
      },
    });
    expect(standIn?.requests[0]?.headers.accept).toBe("application/vnd.citationstyles.csl+json");
    expect(standIn?.requests[0]?.headers["user-agent"]).toContain("mailto:post@selvhjelp.no");
  });

  it("not found (404)", async () => {
    const lookup = await lookupWith({});
    expect(await lookup.lookupLines(["10.1234/finnes-ikke"])).toEqual([
      { line: "10.1234/finnes-ikke", ok: false, message: "Fant ingen publikasjon med DOI 10.1234/finnes-ikke." },
    ]);
  });

  it("a timeout", async () => {
    const lookup = await lookupWith({ "/doi/10.1234/treg": { hang: true } });
    expect(await lookup.lookupLines(["10.1234/treg"])).toMatchObject([
      { ok: false, message: "doi.org svarer ikke nå – prøv igjen senere." },
    ]);
  });

  it.each([["<html>Service Unavailable</html>"], ['{"title": "ingen type"}'], ['{"type": "article-journal"']])(
    "a malformed answer: %s",
    async (body) => {
      const lookup = await lookupWith({ "/doi/10.1234/rot": { body } });
      expect(await lookup.lookupLines(["10.1234/rot"])).toMatchObject([
        { ok: false, message: "doi.org ga et svar for DOI 10.1234/rot som ikke kunne leses." },
      ]);
    },
  );

  it("429 with a short Retry-After: asked once more, then found", async () => {
    const lookup = await lookupWith({
      [`/doi/${SANDAUNET}`]: [
        { status: 429, headers: { "Retry-After": "0" } },
        { fixture: "doi-sandaunet-2008.csl.json" },
      ],
    });
    expect(await lookup.lookupLines([SANDAUNET])).toMatchObject([{ ok: true, item: { DOI: SANDAUNET } }]);
    expect(standIn?.requests).toHaveLength(2);
  });

  it("429 asking for a long wait: the message at once; 503 twice: the message after one more try", async () => {
    const lookup = await lookupWith({
      "/doi/10.1234/lang-pause": { status: 429, headers: { "Retry-After": "3600" } },
      "/doi/10.1234/nede": { status: 503, headers: { "Retry-After": "0" } },
    });
    expect(await lookup.lookupLines(["10.1234/lang-pause", "10.1234/nede"])).toMatchObject([
      { ok: false, message: "doi.org svarer ikke nå – prøv igjen senere." },
      { ok: false, message: "doi.org svarer ikke nå – prøv igjen senere." },
    ]);
    expect(standIn?.requests.filter((r) => r.path === "/doi/10.1234/lang-pause")).toHaveLength(1);
    expect(standIn?.requests.filter((r) => r.path === "/doi/10.1234/nede")).toHaveLength(2);
  });
});

describe("an ISBN", () => {
  it("found in NVA: the registration as a CSL book with its editors", async () => {
    const lookup = await lookupWith({ [nvaIsbn(ISBN)]: { fixture: "nva-search-isbn-samarbeid-om-selvhjelp.json" } });
    const [result] = await lookup.lookupLines(["978-82-02-64657-8"]);
    expect(result).toMatchObject({
      ok: true,
      item: {
        type: "book",
        title: "Samarbeid om selvhjelp",
        editor: [
          { given: "Ånund", family: "Brottveit" },
          { given: "Marte", family: "Feiring" },
        ],
        issued: { "date-parts": [[2019]] },
        DOI: "https://doi.org/10.23865/noasp.68",
        publisher: "Cappelen Damm Akademisk",
        ISBN,
        language: "nob",
      },
    });
    expect(standIn?.requests.map((r) => r.path)).toEqual([nvaIsbn(ISBN)]);
  });

  it("not in NVA: found in Open Library", async () => {
    const lookup = await lookupWith({
      [nvaIsbn(ISBN)]: { fixture: "nva-search-empty.json" },
      [openLibrary(ISBN)]: { fixture: "openlibrary-samarbeid-om-selvhjelp.json" },
    });
    expect(await lookup.lookupLines([ISBN])).toMatchObject([
      {
        ok: true,
        item: { type: "book", title: "Samarbeid om selvhjelp", publisher: "Cappelen Damm Akademisk", ISBN },
        warnings: [],
      },
    ]);
  });

  it("NVA away (503): Open Library is asked", async () => {
    const lookup = await lookupWith({
      [nvaIsbn(ISBN)]: { status: 503 },
      [openLibrary(ISBN)]: { fixture: "openlibrary-samarbeid-om-selvhjelp.json" },
    });
    expect(await lookup.lookupLines([ISBN])).toMatchObject([{ ok: true, item: { title: "Samarbeid om selvhjelp" } }]);
  });

  it("in neither: not found", async () => {
    const lookup = await lookupWith({
      [nvaIsbn("9780306406157")]: { fixture: "nva-search-empty.json" },
      [openLibrary("9780306406157")]: { fixture: "openlibrary-empty.json" },
    });
    expect(await lookup.lookupLines(["0-306-40615-2"])).toMatchObject([
      { ok: false, message: "Fant ingen publikasjon med ISBN 9780306406157." },
    ]);
  });

  it("NVA timing out and Open Library without it: NVA's message", async () => {
    const lookup = await lookupWith({
      [nvaIsbn(ISBN)]: { hang: true },
      [openLibrary(ISBN)]: { fixture: "openlibrary-empty.json" },
    });
    expect(await lookup.lookupLines([ISBN])).toMatchObject([
      { ok: false, message: "NVA svarer ikke nå – prøv igjen senere." },
    ]);
  });

  it("an invalid ISBN: its message, and no request", async () => {
    const lookup = await lookupWith({});
    expect(await lookup.lookupLines(["978-82-02-64657-9"])).toMatchObject([
      { ok: false, message: "«978-82-02-64657-9» er ikke et gyldig ISBN." },
    ]);
    expect(standIn?.requests).toHaveLength(0);
  });

  it("Open Library answering another edition: a warning", async () => {
    const other = "9780306406157";
    const lookup = await lookupWith({
      [nvaIsbn(other)]: { fixture: "nva-search-empty.json" },
      [openLibrary(other)]: {
        body: JSON.stringify({
          [`ISBN:${other}`]: JSON.parse(
            (await import("@/test/lookup-stand-in")).fixture("openlibrary-samarbeid-om-selvhjelp.json"),
          )[`ISBN:${ISBN}`],
        }),
      },
    });
    const [result] = await lookup.lookupLines([other]);
    expect(result).toMatchObject({ ok: true, warnings: [expect.stringContaining("en annen utgave")] });
  });
});

describe("an NVA id", () => {
  const nvaId = `/nva/search/resources?id=${NVA_ID}&size=5`;

  it("found, from a registration's address", async () => {
    const lookup = await lookupWith({ [nvaId]: { fixture: "nva-search-isbn-samarbeid-om-selvhjelp.json" } });
    expect(await lookup.lookupLines([`https://nva.sikt.no/registration/${NVA_ID}`])).toMatchObject([
      { ok: true, item: { id: NVA_ID, title: "Samarbeid om selvhjelp" } },
    ]);
  });

  it("not found", async () => {
    const lookup = await lookupWith({ [nvaId]: { fixture: "nva-search-empty.json" } });
    expect(await lookup.lookupLines([NVA_ID])).toMatchObject([
      { ok: false, message: `Fant ingen publikasjon i NVA med id ${NVA_ID}.` },
    ]);
  });

  it("a malformed answer", async () => {
    const lookup = await lookupWith({ [nvaId]: { body: '{"hits": "ingen liste"}' } });
    expect(await lookup.lookupLines([NVA_ID])).toMatchObject([
      { ok: false, message: "NVA ga et svar som ikke kunne leses." },
    ]);
  });

  it("429 for longer than the bound: NVA's message", async () => {
    const lookup = await lookupWith({ [nvaId]: { status: 429, headers: { "Retry-After": "120" } } });
    expect(await lookup.lookupLines([NVA_ID])).toMatchObject([
      { ok: false, message: "NVA svarer ikke nå – prøv igjen senere." },
    ]);
  });
});

describe("the limiter", () => {
  it("spaces one service's requests and leaves another's alone", async () => {
    vi.useFakeTimers();
    try {
      const limiter = createLimiter(250);
      const started: string[] = [];
      const take = (service: string, name: string) => limiter.slot(service).then(() => started.push(name));
      const all = Promise.all([take("doi", "doi 1"), take("doi", "doi 2"), take("nva", "nva 1"), take("doi", "doi 3")]);
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toEqual(["doi 1", "nva 1"]);
      await vi.advanceTimersByTimeAsync(250);
      expect(started).toEqual(["doi 1", "nva 1", "doi 2"]);
      await vi.advanceTimersByTimeAsync(250);
      await all;
      expect(started).toEqual(["doi 1", "nva 1", "doi 2", "doi 3"]);
    } finally {
      vi.useRealTimers();
    }
  });
});
