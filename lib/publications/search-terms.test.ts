import { describe, expect, it } from "vitest";
import { highlightSegments, MARK_END, MARK_START, searchTerms, searchWords, tsqueryText } from "./search-terms";

describe("searchWords", () => {
  it("keeps letters (æ, ø, å included) and digits, lower-case and composed, without single letters", () => {
    expect(searchWords("  Selvhjelpsgruppene, e-helse & «Pårørende» 2020! ")).toEqual([
      "selvhjelpsgruppene",
      "helse",
      "pårørende",
      "2020",
    ]);
    // "å" written as "a" + a combining ring.
    expect(searchWords("A\u030asen")).toEqual(["åsen"]);
  });

  it("lets no tsquery operator, quote or backslash through", () => {
    expect(searchWords("'a':* & b | !c <-> (d) \\e")).toEqual([]);
    expect(searchWords("ord':*ord")).toEqual(["ord"]);
  });

  it("keeps at most eight distinct words of at most 40 letters", () => {
    expect(searchWords("ab ab cd")).toEqual(["ab", "cd"]);
    expect(searchWords(Array.from({ length: 20 }, (_, i) => `ord${i}`).join(" "))).toHaveLength(8);
    expect(searchWords("x".repeat(100))[0]).toHaveLength(40);
  });
});

describe("tsqueryText", () => {
  it("joins the words with &, the last as a prefix, each with its alternative spellings", () => {
    const terms = searchTerms(
      ["selvhjelpsgrupe", "gota"],
      new Map([["selvhjelpsgrupe", ["selvhjelpsgrupper", "bad'word"]]]),
    );
    expect(tsqueryText(terms)).toBe("('selvhjelpsgrupe' | 'selvhjelpsgrupper') & 'gota':*");
  });
});

describe("highlightSegments", () => {
  it("splits marked text into segments", () => {
    expect(highlightSegments(`Om ${MARK_START}selvhjelp${MARK_END} og ${MARK_START}grupper${MARK_END}`)).toEqual([
      { text: "Om ", match: false },
      { text: "selvhjelp", match: true },
      { text: " og ", match: false },
      { text: "grupper", match: true },
    ]);
    expect(highlightSegments("Uten treff")).toEqual([{ text: "Uten treff", match: false }]);
  });
});
