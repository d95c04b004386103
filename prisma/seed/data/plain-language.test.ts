import { describe, expect, it } from "vitest";
import { plainLanguageFields, readabilityOf } from "@/lib/content/forms/plain-language";
import { seedData } from ".";
import { plainLanguage, type SeedPlainLanguage } from "./plain-language";

// Every seeded «Kort fortalt» restates only what the sources say: each sentence names the words it
// restates, and those words stand in the seed data (which keeps the source page's wording).

const normalised = (text: string) => text.replace(/\s+/g, " ").trim();
const everything = normalised(JSON.stringify(seedData).replace(/\\n/g, " ").replace(/\\"/g, '"'));
const entries = [
  ...Object.entries(plainLanguage.publications).map(([slug, entry]) => ({
    kind: "publications" as const,
    slug,
    entry,
  })),
  ...Object.entries(plainLanguage.projects).map(([slug, entry]) => ({ kind: "projects" as const, slug, entry })),
];
const sentences = (entry: SeedPlainLanguage) => [
  ...entry.keyPoints,
  ...(entry.studied ?? []),
  ...(entry.found ?? []),
  ...(entry.meaning ?? []),
];

describe("seeded «Kort fortalt»", () => {
  it("covers the works and projects whose findings the source page states", () => {
    expect(Object.keys(plainLanguage.publications).sort()).toEqual([
      "et-mentalt-treningsstudio",
      "hjelper-selvhjelp",
      "keeping-up-with-the-new-health-care-user",
      "takk-for-tilliten",
    ]);
    expect(Object.keys(plainLanguage.projects)).toEqual(
      expect.arrayContaining(["endringsarbeid-i-selvhjelpsgrupper", "forskning-pa-selvhjelp-og-selvhjelpsgrupper"]),
    );
  });

  it.each(entries)("$kind/$slug: every sentence restates words the sources give", ({ kind, slug, entry }) => {
    expect(seedData[kind].some((e) => e.slug === slug)).toBe(true);
    for (const sentence of sentences(entry)) {
      for (const source of [sentence.source].flat()) {
        expect(everything, sentence.text).toContain(normalised(source));
      }
    }
  });

  it.each(entries)("$kind/$slug: two or three key points, valid in the form, LIX under 40", ({ kind, slug }) => {
    const seeded = seedData[kind].find((e) => e.slug === slug)!;
    const values = {
      plainKeyPoints: seeded.plainKeyPoints,
      plainStudied: seeded.plainStudied ?? "",
      plainFound: seeded.plainFound ?? "",
      plainMeaning: seeded.plainMeaning ?? "",
    };
    for (const [name, schema] of Object.entries(plainLanguageFields)) {
      expect(schema.safeParse(values[name as keyof typeof values]).success, name).toBe(true);
    }
    expect(values.plainKeyPoints?.length).toBeGreaterThanOrEqual(2);
    expect(readabilityOf(values).score).toBeLessThan(40);
  });
});
