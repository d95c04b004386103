import { describe, expect, it } from "vitest";
import { ORCID_MESSAGES, normaliseOrcid, optionalOrcid, orcidCheckDigit, orcidValid } from "./orcid";

// ORCID's own examples (support.orcid.org, "Structure of the ORCID Identifier").
describe("ORCID iDs", () => {
  it.each([
    ["0000-0002-1825-0097", "7"],
    ["0000-0001-5109-3700", "0"],
    ["0000-0002-1694-233X", "X"],
  ])("computes the check digit of %s by ISO 7064 MOD 11-2", (orcid, check) => {
    expect(orcidCheckDigit(orcid.replace(/-/g, "").slice(0, 15))).toBe(check);
    expect(orcidValid(orcid)).toBe(true);
  });

  it.each([
    ["https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"],
    ["http://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"],
    ["orcid.org/0000-0002-1694-233x", "0000-0002-1694-233X"],
    ["0000000218250097", "0000-0002-1825-0097"],
    ["0000 0002 1825 0097", "0000-0002-1825-0097"],
  ])("reads %s", (text, orcid) => {
    expect(normaliseOrcid(text)).toBe(orcid);
  });

  it("accepts an empty field as none", () => {
    expect(optionalOrcid.parse("  ")).toBeNull();
  });

  it("stores the written form", () => {
    expect(optionalOrcid.parse("https://orcid.org/0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
  });

  it.each([
    ["0000-0002-1825-0098", ORCID_MESSAGES.checksum],
    ["0000-0002-1694-2330", ORCID_MESSAGES.checksum],
    ["0000-0002-1825", ORCID_MESSAGES.shape],
    ["https://example.org/0000-0002-1825-0097", ORCID_MESSAGES.shape],
  ])("refuses %s with a Norwegian message", (text, message) => {
    const parsed = optionalOrcid.safeParse(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});
