import { describe, expect, it } from "vitest";
import { facetCountText, roughly, totalText } from "./facets";

// The overview's numbers above the line of issue 12, as a visitor reads them.

describe("roughly", () => {
  it("keeps two significant digits", () => {
    expect([4123, 4150, 987, 12_345, 64_694].map(roughly)).toEqual([4100, 4200, 990, 12_000, 65_000]);
  });

  it("keeps small counts whole", () => {
    expect([0, 7, 42.4, 99].map(roughly)).toEqual([0, 7, 42, 99]);
  });
});

describe("the wording", () => {
  it("says «over 10 000 publikasjoner» above the line, with a space between the thousands", () => {
    expect(totalText(64_000, true)).toBe("over 10\u00a0000 publikasjoner");
  });

  it("gives exact totals as before", () => {
    expect(totalText(1, false)).toBe("1 publikasjon");
    expect(totalText(4123, false)).toBe("4\u00a0123 publikasjoner");
  });

  it("says «ca. 4 100» for a facet counted on a sample, and the exact count otherwise", () => {
    expect(facetCountText(4123, true)).toBe("ca. 4\u00a0100");
    expect(facetCountText(4123, false)).toBe("4\u00a0123");
  });
});
