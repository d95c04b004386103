import { describe, expect, it } from "vitest";
import { optionalDoi, optionalUrl, optionalYear, requiredText, slugField } from "./form-fields";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("form fields", () => {
  it("turns blank optional fields into null", () => {
    expect(optionalUrl.parse("  ")).toBeNull();
    expect(optionalYear.parse("")).toBeNull();
    expect(optionalDoi.parse("")).toBeNull();
  });

  it("accepts only http(s) URLs, with a Norwegian message", () => {
    expect(optionalUrl.parse("https://litteraturhuset.no/")).toBe("https://litteraturhuset.no/");
    expect(message(optionalUrl.safeParse("javascript:alert(1)"))).toContain("https://");
    expect(optionalUrl.safeParse("ftp://example.org/x").success).toBe(false);
    expect(optionalUrl.safeParse("www.example.org").success).toBe(false);
  });

  it("keeps years sane", () => {
    expect(optionalYear.parse("2020")).toBe(2020);
    expect(message(optionalYear.safeParse("20x0"))).toBe("Skriv årstallet med fire sifre.");
    expect(optionalYear.safeParse("1066").success).toBe(false);
    expect(optionalYear.safeParse("3000").success).toBe(false);
  });

  it("normalises DOIs and refuses what is not one", () => {
    expect(optionalDoi.parse("https://doi.org/10.23865/noasp.68")).toBe("10.23865/noasp.68");
    expect(optionalDoi.parse("doi: 10.1177/1403494811425603")).toBe("10.1177/1403494811425603");
    expect(optionalDoi.safeParse("not a doi").success).toBe(false);
  });

  it("requires text and limits slugs to a-z, digits and dashes", () => {
    expect(message(requiredText("Tittel").safeParse("  "))).toBe("Tittel må fylles ut.");
    expect(slugField.parse("takk-for-tilliten")).toBe("takk-for-tilliten");
    expect(slugField.safeParse("Takk for tilliten").success).toBe(false);
    expect(slugField.safeParse("blåbær").success).toBe(false);
  });
});
