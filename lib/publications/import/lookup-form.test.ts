import { describe, expect, it } from "vitest";
import { fixture } from "@/test/lookup-stand-in";
import { cslFromDoiAnswer } from "@/lib/lookup/doi";
import { cslFromNvaHit } from "@/lib/lookup/nva";
import type { LineResult } from "@/lib/lookup/lookup";
import { readFound, readLookupForm, recordsOfLookups } from "./lookup-form";

// The lookups' items become the import's records (the same as from BibTeX or RIS), numbered by line.

const SANDAUNET = "10.1111/j.1467-9566.2007.01041.x";
const doiItem = cslFromDoiAnswer(JSON.parse(fixture("doi-sandaunet-2008.csl.json")), SANDAUNET)!;
const nvaItem = cslFromNvaHit(JSON.parse(fixture("nva-search-isbn-samarbeid-om-selvhjelp.json")).hits[0])!;

const results: LineResult[] = [
  { line: SANDAUNET, ok: true, item: doiItem, warnings: [] },
  { line: "978-82-02-64657-9", ok: false, message: "«978-82-02-64657-9» er ikke et gyldig ISBN." },
  { line: "978-82-02-64657-8", ok: true, item: nvaItem, warnings: [] },
];

describe("recordsOfLookups", () => {
  it("maps each found work to publication values and each failure to a rejected line", () => {
    const [article, invalid, book] = recordsOfLookups(results);
    expect(article).toMatchObject({
      number: 1,
      ok: true,
      values: {
        type: "tidsskriftartikkel",
        title: "The challenge of fitting in",
        subtitle: "non-participation and withdrawal from an online self-help group for breast cancer patients",
        year: 2008,
        language: "en",
        containerTitle: "Sociology of Health & Illness",
        volume: "30",
        issue: "1",
        pages: "131–144",
        issn: "0141-9889",
        doi: SANDAUNET,
        authors: [{ newPerson: { givenName: "Anne-Grete", familyName: "Sandaunet" } }],
      },
    });
    expect(invalid).toEqual({
      number: 2,
      ok: false,
      title: null,
      firstLine: "978-82-02-64657-9",
      message: "Linje 2: «978-82-02-64657-9» er ikke et gyldig ISBN.",
    });
    expect(book).toMatchObject({
      number: 3,
      ok: true,
      values: {
        type: "bok",
        title: "Samarbeid om selvhjelp",
        year: 2019,
        language: "nb",
        doi: "10.23865/noasp.68",
        isbn: "9788202646578",
        publisher: "Cappelen Damm Akademisk",
        editors: [
          { newPerson: { givenName: "Ånund", familyName: "Brottveit" } },
          { newPerson: { givenName: "Marte", familyName: "Feiring" } },
        ],
      },
    });
  });
});

describe("readFound", () => {
  it("reads back what the preview wrote", () => {
    expect(readFound(JSON.stringify(results))).toEqual(results);
  });

  it.each([["not json"], ['{"line": "x"}'], ['[{"line": "x", "ok": true, "item": {"title": "uten id og type"}}]']])(
    "refuses %s",
    (found) => {
      expect(readFound(found)).toBeNull();
    },
  );
});

describe("readLookupForm", () => {
  const form = (identifiers: string) => {
    const data = new FormData();
    data.set("identifiers", identifiers);
    return data;
  };

  it("needs at least one line", () => {
    expect(readLookupForm(form(" \n "))).toMatchObject({
      ok: false,
      fieldErrors: { identifiers: ["Skriv inn minst én DOI, ISBN eller NVA-lenke."] },
    });
  });

  it("takes at most 25 lines", () => {
    const lines = Array.from({ length: 26 }, (_, i) => `10.1234/${i}`).join("\n");
    expect(readLookupForm(form(lines))).toMatchObject({
      ok: false,
      fieldErrors: { identifiers: ["Høyst 25 linjer om gangen. Del listen opp og legg til resten etterpå."] },
    });
  });

  it("refuses a line too long to be an identifier", () => {
    expect(readLookupForm(form(`10.23865/noasp.68\n10.1234/${"x".repeat(300)}`))).toMatchObject({
      ok: false,
      fieldErrors: { identifiers: ["En linje er lengre enn 300 tegn. Skriv én DOI, ISBN eller NVA-lenke per linje."] },
    });
  });

  it("reads ticked boxes of the same name as one line each, and ignores a file posted in their place", () => {
    const data = new FormData();
    data.append("identifiers", "https://nva.sikt.no/registration/a1");
    data.append("identifiers", new Blob(["10.1234/fil"]));
    data.append("identifiers", "https://nva.sikt.no/registration/b2");
    const read = readLookupForm(data);
    expect(read.ok && read.form.identifiers).toEqual([
      "https://nva.sikt.no/registration/a1",
      "https://nva.sikt.no/registration/b2",
    ]);
  });

  it("reads the lines, and a step it does not know as the preview", () => {
    const data = form("10.23865/noasp.68\n978-82-02-64657-8");
    data.set("step", "slett-alt");
    expect(readLookupForm(data)).toMatchObject({
      ok: true,
      form: { identifiers: ["10.23865/noasp.68", "978-82-02-64657-8"], step: "preview", found: "", confirm: [] },
    });
  });
});
