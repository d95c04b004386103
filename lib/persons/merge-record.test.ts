import { describe, expect, it } from "vitest";
import { movedThings } from "./merge-record";

describe("movedThings", () => {
  it("names what moves, leaving out what is none", () => {
    expect(movedThings({ works: 1, projects: 0 })).toBe("1 verk");
    expect(movedThings({ works: 3, projects: 1 })).toBe("3 verk og 1 prosjekt");
    expect(movedThings({ works: 2, projects: 2, links: 1 })).toBe("2 verk, 2 prosjekter og 1 lenke");
    expect(movedThings({ works: 0, projects: 0, links: 2 })).toBe("2 lenker");
  });

  it("is null when nothing moves", () => {
    expect(movedThings({ works: 0, projects: 0, links: 0 })).toBeNull();
  });
});
