import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("writes æ, ø and å the Norwegian way", () => {
    expect(slugify("Kan vi oppleve livsmestring når livet føles håpløst?")).toBe("kan-vi-oppleve-livsmestring-nar-livet-foles-haplost");
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
