import { describe, expect, it } from "vitest";
import { CRISTIN_MESSAGE, normaliseCristinId, optionalCristinId } from "./cristin";

describe("a Cristin person id", () => {
  it.each([
    ["12345", "12345"],
    [" 12345 ", "12345"],
    ["https://api.cristin.no/v2/persons/12345", "12345"],
    ["https://api.nva.unit.no/cristin/person/12345/", "12345"],
  ])("reads %s as %s", (text, id) => {
    expect(normaliseCristinId(text)).toBe(id);
  });

  it.each(["12a45", "1&size=9999", "-1", "1".repeat(13), "https://example.org/12345", "12 345"])(
    "refuses %s",
    (text) => {
      expect(normaliseCristinId(text)).toBeNull();
      expect(optionalCristinId.safeParse(text).error?.issues[0]?.message).toBe(CRISTIN_MESSAGE);
    },
  );

  it("is optional: empty is null", () => {
    expect(optionalCristinId.parse("  ")).toBeNull();
    expect(optionalCristinId.parse("https://api.cristin.no/v2/persons/777")).toBe("777");
  });
});
