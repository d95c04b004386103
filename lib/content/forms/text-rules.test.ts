import { describe, expect, it } from "vitest";
import { cleanText, hasLoneSurrogate, isInvisible } from "@/lib/content/forms/text-rules";

const single = (text: string) => cleanText(text, { multiline: false });
const multi = (text: string) => cleanText(text, { multiline: true });

describe("cleanText", () => {
  it("normalises to NFC", () => {
    const decomposed = "A\u030Ase og Ørnes";
    expect(decomposed).not.toBe("Åse og Ørnes");
    expect(single(decomposed)).toBe("Åse og Ørnes");
    expect(single(decomposed).length).toBe("Åse og Ørnes".length);
  });

  it("removes C0 and C1 control characters, DEL and noncharacters", () => {
    expect(single("a\u0001b")).toBe("ab");
    expect(single("a\u0000b\u001Fc\u007Fd\u0080e\u009Ff")).toBe("abcdef");
    expect(single("a\uFFFEb\uFFFFc\uFDD0d\u{1FFFE}e")).toBe("abcde");
  });

  it("composes what a removed control character had separated", () => {
    expect(single("e\u0001\u0301")).toBe("é");
  });

  it("keeps tabs and line breaks in long texts, as \\n", () => {
    expect(multi("Avsnitt én.\r\n\r\nAvsnitt\tto.\rTre\u2028fire\u0085fem")).toBe(
      "Avsnitt én.\n\nAvsnitt\tto.\nTre\nfire\nfem",
    );
  });

  it("turns tabs and line breaks into spaces on one line", () => {
    expect(single("Tittel\nmed\r\nlinjeskift\tog tab")).toBe("Tittel med linjeskift og tab");
  });

  it("keeps emoji, joiners, right-to-left marks, soft hyphens and markup characters", () => {
    for (const text of ["Takk ❤️", "👩‍👩‍👧", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "\u202Eabc", "selv\u00ADhjelp", "a < b & c ]]> d"])
      expect(single(text)).toBe(text);
  });
});

describe("hasLoneSurrogate", () => {
  it("finds half a surrogate pair, at any place", () => {
    expect(hasLoneSurrogate("\uD800")).toBe(true);
    expect(hasLoneSurrogate("a\uDC00b")).toBe(true);
    expect(hasLoneSurrogate("ab\uD83D")).toBe(true);
    expect(hasLoneSurrogate("\uDE00\uD83D")).toBe(true);
  });

  it("accepts whole pairs", () => {
    expect(hasLoneSurrogate("😀 \uD83D\uDE00")).toBe(false);
    expect(hasLoneSurrogate("Ørnes")).toBe(false);
  });
});

describe("isInvisible", () => {
  it("sees zero-width spaces and joiners, BOM, soft hyphens, fillers and whitespace as nothing", () => {
    for (const text of [
      "",
      "   ",
      "\u200B\u200B",
      "\u200C\u200D",
      "\uFEFF",
      "\u00AD",
      "\u2060\u180E",
      "\u3164",
      "\u2800",
      "\u00A0\u2003\t\n",
      "\u0001",
    ]) {
      expect(isInvisible(text)).toBe(true);
    }
  });

  it("sees letters, digits, punctuation and emoji", () => {
    for (const text of ["a", "\u200Ba", "1", "–", "😀"]) expect(isInvisible(text)).toBe(false);
  });
});
