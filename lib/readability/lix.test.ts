import { describe, expect, it } from "vitest";
import { LIX_TARGET, lix, lixBand } from "./lix";

// Each expected score is worked out by hand in the comment above it:
// LIX = words / sentences + 100 × long words (more than six letters) / words, rounded.

describe("lix", () => {
  it("scores short everyday sentences low", () => {
    // Words: Jeg, er, glad, Du, er, her = 6; sentences 2; long words 0.
    // 6 / 2 + 100 × 0 / 6 = 3.
    expect(lix("Jeg er glad. Du er her.")).toEqual({ words: 6, sentences: 2, longWords: 0, score: 3 });
  });

  it("counts words of more than six letters as long", () => {
    // Words: Selvhjelpsgrupper (17 letters), gir (3), deltakerne (10), mot (3) = 4; long 2; one sentence.
    // 4 / 1 + 100 × 2 / 4 = 4 + 50 = 54.
    expect(lix("Selvhjelpsgrupper gir deltakerne mot.")).toEqual({ words: 4, sentences: 1, longWords: 2, score: 54 });
    // «Gruppa» has exactly six letters and is not long: 1 / 1 + 0 = 1.
    expect(lix("Gruppa.").longWords).toBe(0);
  });

  it("ends a sentence with a block that has no full stop, and not at an abbreviation", () => {
    // Block 1: Gruppa (6), gir, trygghet (8) = 3 words, 1 long, no full stop: 1 sentence.
    // Block 2: Deltakerne (10), deler, erfaringer (10), bl, a, om, hverdagen (9) = 7 words, 3 long;
    // «bl.a. om» ends nothing (a lower-case word follows), the last full stop does: 1 sentence.
    // 10 / 2 + 100 × 4 / 10 = 5 + 40 = 45.
    expect(lix(["Gruppa gir trygghet", "Deltakerne deler erfaringer, bl.a. om hverdagen."])).toEqual({
      words: 10,
      sentences: 2,
      longWords: 4,
      score: 45,
    });
  });

  it("reads hyphenated words and numbers as one word each", () => {
    // Words: NIBR-notat (9 letters, long), 2013, 107, kom, i, 2014 = 6; long 1; «2013:107» ends no
    // sentence (no space follows the colon), the full stop does: 1 sentence.
    // 6 / 1 + 100 × 1 / 6 = 6 + 16.67 = 22.67, rounded 23.
    expect(lix("NIBR-notat 2013:107 kom i 2014.")).toEqual({ words: 6, sentences: 1, longWords: 1, score: 23 });
  });

  it("ends sentences at ! ? and : before a capital, and after closing quotes", () => {
    // «Hjelper selvhjelp?» Ja! Spørsmålet: «Hvorfor?» =
    // words Hjelper (7, long), selvhjelp (9, long), Ja, Spørsmålet (10, long), Hvorfor (7, long) = 5;
    // sentence ends: «?» (before Ja), ! (before Spørsmålet), : (before «), ?» at the end = 4.
    // 5 / 4 + 100 × 4 / 5 = 1.25 + 80 = 81.25, rounded 81.
    expect(lix("«Hjelper selvhjelp?» Ja! Spørsmålet: «Hvorfor?»")).toEqual({
      words: 5,
      sentences: 4,
      longWords: 4,
      score: 81,
    });
  });

  it("gives no score without words", () => {
    expect(lix(["", "  ", "– …"])).toEqual({ words: 0, sentences: 0, longWords: 0, score: null });
  });
});

describe("lixBand", () => {
  it("calls scores under the target easy, and names the usual bands", () => {
    expect(LIX_TARGET).toBe(40);
    expect([3, 29, 30, 39, 40, 49, 50, 59, 60, 81].map((score) => lixBand(score).label)).toEqual([
      "Svært lett å lese",
      "Svært lett å lese",
      "Lett å lese",
      "Lett å lese",
      "Middels vanskelig",
      "Middels vanskelig",
      "Vanskelig å lese",
      "Vanskelig å lese",
      "Svært vanskelig å lese",
      "Svært vanskelig å lese",
    ]);
    expect(lixBand(39).easy).toBe(true);
    expect(lixBand(40).easy).toBe(false);
  });
});
