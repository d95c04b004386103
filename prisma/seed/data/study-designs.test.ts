import { describe, expect, it } from "vitest";
import { seedData } from ".";
import { studyDesigns } from "./study-designs";

describe("seeded study designs", () => {
  it("name only works of the seed, each with the source's words", () => {
    const slugs = new Set(seedData.publications.map((p) => p.slug));
    for (const [slug, { source }] of Object.entries(studyDesigns)) {
      expect(slugs.has(slug), slug).toBe(true);
      expect(source.length).toBeGreaterThan(10);
    }
  });

  it("leave every other work unknown", () => {
    const designed = seedData.publications.filter((p) => p.studyDesign).map((p) => [p.slug, p.studyDesign]);
    expect(Object.fromEntries(designed)).toEqual({
      "et-mentalt-treningsstudio": "kvalitativ",
      "hjelper-selvhjelp": "evaluering",
      "self-help-and-self-help-groups-nordic-context-review": "litteraturgjennomgang",
      "participants-experiences-of-empowerment-in-self-help-groups": "kvantitativ",
    });
  });
});
