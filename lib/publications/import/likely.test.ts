import { describe, expect, it } from "vitest";
import { likelySamePerson } from "./likely";

const name = (givenName: string | null, familyName: string) => ({ givenName, familyName });

describe("likelySamePerson", () => {
  it.each([
    [name("B.", "Aglen"), name("Bjørg", "Aglen")],
    [name("B", "Aglen"), name("Bjørg", "Aglen")],
    [name(null, "Aglen"), name("Bjørg", "Aglen")],
    [name("Bodil J.", "Landstad"), name("Bodil", "Landstad")],
    [name("B. J.", "Landstad"), name("Bodil J.", "Landstad")],
    [name("A.-G.", "Sandaunet"), name("Anne-Grete", "Sandaunet")],
    [name("Å.", "Brottveit"), name("Ånund", "brottveit")],
  ])("offers %o for %o", (imported, existing) => {
    expect(likelySamePerson(imported, existing)).toBe(true);
  });

  it.each([
    [name("M.", "Aglen"), name("Bjørg", "Aglen")],
    [name("Bjørn", "Aglen"), name("Bjørg", "Aglen")],
    [name("B.", "Aglen"), name("Bjørg", "Aglén")],
    [name("A.", "Brottveit"), name("Ånund", "Brottveit")],
    [name("Bodil K.", "Landstad"), name("Bodil J.", "Landstad")],
  ])("does not offer %o for %o", (imported, existing) => {
    expect(likelySamePerson(imported, existing)).toBe(false);
  });
});
