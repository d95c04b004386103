import { describe, expect, it } from "vitest";
import { PREVIEW_TITLE_MAX_LENGTH, drawableText, evenlySpaced, previewKicker, previewTitleSize } from "./preview-text";

describe("drawableText", () => {
  it("keeps Norwegian letters, accents, dashes and quotes", () => {
    expect(drawableText("Lansering: «Kraften av å lytte og bli lyttet til» – Ærlig, ØST og Åsen")).toBe(
      "Lansering: «Kraften av å lytte og bli lyttet til» – Ærlig, ØST og Åsen",
    );
    expect(drawableText("Café Ünïcode, Łódź, Ελλάδα, Россия")).toBe("Café Ünïcode, Łódź, Ελλάδα, Россия");
  });

  it("composes decomposed accents, so that å stays one letter", () => {
    expect(drawableText("Ga\u030as")).toBe("Gås");
  });

  it("leaves out what the fonts cannot draw (next/og would fetch a font or an emoji for it), and line breaks", () => {
    expect(drawableText("Selvhjelp 🙂 i 日本\nog ＡＢＣ © ® 2020")).toBe("Selvhjelp i og 2020");
  });

  it("shortens long titles with an ellipsis, counting characters, not UTF-16 units", () => {
    const long = drawableText("å".repeat(400));
    expect(Array.from(long)).toHaveLength(PREVIEW_TITLE_MAX_LENGTH);
    expect(long.endsWith("…")).toBe(true);
    expect(drawableText("kort", 10)).toBe("kort");
  });
});

describe("evenlySpaced", () => {
  it("makes every space a no-break space that a line may still break after", () => {
    expect(evenlySpaced("Takk for tilliten")).toBe("Takk\u00a0\u200bfor\u00a0\u200btilliten");
  });
});

describe("previewTitleSize", () => {
  it("draws short titles large and long ones smaller", () => {
    expect(previewTitleSize("Takk for tilliten")).toBeGreaterThan(
      previewTitleSize("Selvhjelpsgrupper og behandlingsgruppers tilnærming til personlig endring"),
    );
    expect(previewTitleSize("x".repeat(150))).toBeLessThan(previewTitleSize("x".repeat(100)));
  });
});

describe("previewKicker", () => {
  it("names the type and the year, and leaves an unknown year out", () => {
    expect(previewKicker("Masteroppgave", 2019)).toBe("Masteroppgave · 2019");
    expect(previewKicker("Forskningsprosjekt", "2009–2018")).toBe("Forskningsprosjekt · 2009–2018");
    expect(previewKicker("Rapport", null)).toBe("Rapport");
    expect(previewKicker("Rapport", undefined)).toBe("Rapport");
  });
});
