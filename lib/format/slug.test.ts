import { describe, expect, it } from "vitest";
import { slugField } from "@/lib/content/forms/form-fields";
import { SLUG_MAX_LENGTH, isSlug, slugify } from "./slug";

describe("slugify", () => {
  it("writes æ, ø and å the Norwegian way", () => {
    expect(slugify("Kan vi oppleve livsmestring når livet føles håpløst?")).toBe(
      "kan-vi-oppleve-livsmestring-nar-livet-foles-haplost",
    );
    expect(slugify("Ærlig talt: Ånund og Ørjan")).toBe("aerlig-talt-anund-og-orjan");
  });

  it("drops quotes, punctuation and other accents", () => {
    expect(slugify("«Takk for tilliten» – Gjensidighet")).toBe("takk-for-tilliten-gjensidighet");
    expect(slugify("Café Ünïcode")).toBe("cafe-unicode");
  });

  it("keeps slugs short without a trailing dash", () => {
    const slug = slugify("ord ".repeat(40), 10);
    expect(slug.length).toBeLessThanOrEqual(10);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("isSlug", () => {
  it("accepts every slug that slugify makes, with a number added as for a taken one", () => {
    for (const title of [
      "Takk for tilliten",
      "Ærlig talt: Ånund og Ørjan",
      "2019",
      "ord ".repeat(60),
      "Café Ünïcode",
    ]) {
      expect(isSlug(slugify(title)), title).toBe(true);
      expect(isSlug(`${slugify(title)}-12`), title).toBe(true);
    }
  });

  it("accepts exactly what the editors' slug field accepts, up to its length", () => {
    const longest = "a".repeat(SLUG_MAX_LENGTH);
    expect(slugField.safeParse(longest).success).toBe(true);
    expect(isSlug(longest)).toBe(true);
    expect(slugField.safeParse(`${longest}a`).success).toBe(false);
    expect(isSlug(`${longest}a`)).toBe(false);
    for (const value of ["hjelper-selvhjelp", "a", "a-1-b"])
      expect([value, isSlug(value)]).toEqual([value, slugField.safeParse(value).success]);
  });

  it("refuses what a URL may carry but no slug has", () => {
    const hostile = [
      "",
      "\u0000",
      "a\u0000b",
      "\uFFFD",
      "../etc",
      "..%2f",
      "a/b",
      "%ff",
      "\u00c0\u00af",
      "😀",
      "<script>alert(1)</script>",
      "Store-Bokstaver",
      "-a",
      "a-",
      "a--b",
      "a b",
      "a".repeat(5000),
      "æøå",
    ];
    for (const value of hostile) expect([value.slice(0, 20), isSlug(value)]).toEqual([value.slice(0, 20), false]);
  });

  it("refuses values that are not strings", () => {
    for (const value of [undefined, null, 1, ["a"], { slug: "a" }]) expect(isSlug(value)).toBe(false);
  });
});
