import { describe, expect, it } from "vitest";
import { IDENTIFIER_FORMS, NOT_IDENTIFIERS } from "./search-identifier-forms";
import { cleanToken, identifierOf, identifiersIn } from "./search-identifiers";

describe("identifierOf", () => {
  it.each(IDENTIFIER_FORMS)("«%s» is %s (ambiguous: %s)", (written, id, ambiguous) => {
    expect(identifierOf(written)).toEqual({ id, ambiguous });
  });

  it.each(NOT_IDENTIFIERS)("«%s» is no identifier", (token) => {
    expect(identifierOf(token)).toBeNull();
  });

  it("gives an ISBN-10 and its ISBN-13 the same normal form", () => {
    expect(identifierOf("82-02-64657-6")?.id).toBe(identifierOf("978-82-02-64657-8")?.id);
    expect(identifierOf("0198526636")?.id).toBe(identifierOf("9780198526636")?.id);
  });
});

describe("cleanToken", () => {
  it("takes off quotes, brackets and punctuation, but not a DOI's own parentheses", () => {
    expect(cleanToken("«(10.23865/noasp.68).»")).toBe("10.23865/noasp.68");
    expect(cleanToken("10.1016/0010-0277(85)90005-3),")).toBe("10.1016/0010-0277(85)90005-3");
    expect(cleanToken("10.1002/(sici)1097-4636")).toBe("10.1002/(sici)1097-4636");
  });
});

describe("identifiersIn", () => {
  it("takes identifiers out of the words, and keeps the other words", () => {
    expect(identifiersIn("selvhjelp https://doi.org/10.23865/noasp.68 ISBN 978-82-02-64657-8")).toEqual({
      identifiers: ["doi:10.23865/noasp.68", "isbn:978820264657"],
      rest: "selvhjelp",
    });
  });

  it("takes out the labels of identifiers, but only with an identifier", () => {
    expect(identifiersIn("DOI: 10.1177/1403494811425603")).toEqual({
      identifiers: ["doi:10.1177/1403494811425603"],
      rest: "",
    });
    expect(identifiersIn("ISSN: 1403-4948 e-ISSN")).toEqual({ identifiers: ["issn:14034948"], rest: "" });
    expect(identifiersIn("(ISBN 8202646576)")).toEqual({ identifiers: ["isbn:978820264657"], rest: "8202646576)" });
    expect(identifiersIn("ISBN og ISSN")).toEqual({ identifiers: [], rest: "ISBN og ISSN" });
  });

  it("keeps an ambiguous token as words too: a report's number, a bare number", () => {
    expect(identifiersIn("Prosjektrapport 01/2011")).toEqual({
      identifiers: ["hdl:01/2011"],
      rest: "Prosjektrapport 01/2011",
    });
    expect(identifiersIn("14034948")).toEqual({ identifiers: ["issn:14034948"], rest: "14034948" });
  });

  it("finds none in words, and none in text without search", () => {
    expect(identifiersIn("NIBR-notat 2013:107")).toEqual({ identifiers: [], rest: "NIBR-notat 2013:107" });
    expect(identifiersIn(undefined)).toEqual({ identifiers: [], rest: undefined });
    expect(identifiersIn("  ")).toEqual({ identifiers: [], rest: "" });
  });

  it("reads at most eight identifiers, of at most 200 characters each, and splits at control characters", () => {
    const many = Array.from({ length: 12 }, (_, i) => `10.5555/${i}`).join(" ");
    expect(identifiersIn(many).identifiers).toHaveLength(8);
    expect(identifiersIn(`10.5555/${"x".repeat(300)}`).identifiers).toEqual([]);
    expect(identifiersIn("10.5555/a\u0000b").identifiers).toEqual(["doi:10.5555/a"]);
  });
});
