import { describe, expect, it } from "vitest";
import { identifierLines, isbn13Of, parseIdentifier } from "./identifiers";

const NVA_ID = "018b857b77b7-697ebc73-5195-4ce4-9ba1-1d5a7b540642";

describe("parseIdentifier", () => {
  it.each([
    ["10.1177/1403494811425603", "10.1177/1403494811425603"],
    ["doi:10.1177/1403494811425603", "10.1177/1403494811425603"],
    ["DOI: 10.1177/1403494811425603", "10.1177/1403494811425603"],
    ["https://doi.org/10.1177/1403494811425603", "10.1177/1403494811425603"],
    ["http://dx.doi.org/10.1111/j.1467-9566.2007.01041.x", "10.1111/j.1467-9566.2007.01041.x"],
    ["doi.org/10.23865/noasp.68", "10.23865/noasp.68"],
    ["https://doi.org/10.1177%2F1403494811425603", "10.1177/1403494811425603"],
    ["  10.23865/noasp.68  ", "10.23865/noasp.68"],
  ])("reads the DOI in %s", (line, doi) => {
    expect(parseIdentifier(line)).toEqual({ kind: "doi", doi });
  });

  it.each([
    ["978-82-02-64657-8", "9788202646578"],
    ["9788202646578", "9788202646578"],
    ["ISBN 978-82-02-64657-8", "9788202646578"],
    ["ISBN-13: 978 82 02 64657 8", "9788202646578"],
    ["0-306-40615-2", "9780306406157"],
    ["0306406152", "9780306406157"],
    ["ISBN-10: 0-8044-2957-X", "9780804429573"],
    ["080442957x", "9780804429573"],
  ])("reads the ISBN in %s as ISBN-13", (line, isbn) => {
    expect(parseIdentifier(line)).toEqual({ kind: "isbn", isbn });
  });

  it.each(["978-82-02-64657-9", "0-306-40615-3", "ISBN 12345", "978-0-00000-000-1"])(
    "refuses %s as an ISBN with a wrong checksum or length",
    (line) => {
      expect(parseIdentifier(line)).toEqual({ kind: "invalid", message: `«${line}» er ikke et gyldig ISBN.` });
    },
  );

  it.each([
    [NVA_ID, NVA_ID],
    [NVA_ID.toUpperCase(), NVA_ID],
    [`https://nva.sikt.no/registration/${NVA_ID}`, NVA_ID],
    [`https://nva.sikt.no/registration/${NVA_ID}?tab=files`, NVA_ID],
    [`https://api.nva.unit.no/publication/${NVA_ID}`, NVA_ID],
    ["7565828d-1de6-490b-bcf2-00b3de3ab5b3", "7565828d-1de6-490b-bcf2-00b3de3ab5b3"],
  ])("reads the NVA id in %s", (line, id) => {
    expect(parseIdentifier(line)).toEqual({ kind: "nva", id });
  });

  it("refuses an NVA address without a registration's id", () => {
    expect(parseIdentifier("https://nva.sikt.no/registration/123")).toEqual({
      kind: "invalid",
      message: "«https://nva.sikt.no/registration/123» er ikke en gyldig NVA-lenke.",
    });
  });

  it("refuses a doi.org address that holds no DOI", () => {
    expect(parseIdentifier("https://doi.org/abc")).toEqual({
      kind: "invalid",
      message: "«https://doi.org/abc» er ikke en gyldig DOI.",
    });
  });

  it.each(["Samarbeid om selvhjelp", "https://example.org/10.1177/x", "<script>"])("does not know %s", (line) => {
    expect(parseIdentifier(line)).toEqual({
      kind: "invalid",
      message: `Kjenner ikke igjen «${line}» som DOI, ISBN eller NVA-lenke.`,
    });
  });
});

describe("identifierLines", () => {
  it("keeps the non-empty lines, trimmed, of any line ending", () => {
    expect(identifierLines("10.23865/noasp.68\r\n\n  978-82-02-64657-8 \n")).toEqual([
      "10.23865/noasp.68",
      "978-82-02-64657-8",
    ]);
  });
});

describe("isbn13Of", () => {
  it("gives the ISBN-13 with its own check digit", () => {
    expect(isbn13Of("8202646571")).toBe("9788202646578");
  });
});
