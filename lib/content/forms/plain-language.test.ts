import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/content/forms/field-errors";
import {
  EMPTY_PLAIN_LANGUAGE,
  plainLanguageFields,
  readabilityOf,
  requireKeyPoints,
} from "@/lib/content/forms/plain-language";

const schema = z.object(plainLanguageFields).superRefine(requireKeyPoints);
const errors = (values: object) => {
  const parsed = schema.safeParse({ ...EMPTY_PLAIN_LANGUAGE, ...values });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("«Kort fortalt» in the form", () => {
  it("may be left out altogether, also by a form that has no such fields", () => {
    expect(errors({})).toEqual({});
    expect(schema.parse({})).toEqual({ plainKeyPoints: [], plainStudied: null, plainFound: null, plainMeaning: null });
  });

  it("has two or three key points, one per line, blank lines dropped", () => {
    expect(schema.parse({ plainKeyPoints: [" Ett. ", "", "To."], plainFound: "Funn." })).toMatchObject({
      plainKeyPoints: ["Ett.", "To."],
      plainFound: "Funn.",
    });
    expect(errors({ plainKeyPoints: ["Bare ett."] })).toEqual({
      plainKeyPoints: ["Skriv minst to hovedpunkter, ett per linje."],
    });
    expect(errors({ plainKeyPoints: ["1.", "2.", "3.", "4."] })).toEqual({
      plainKeyPoints: ["Skriv høyst tre hovedpunkter."],
    });
    expect(errors({ plainKeyPoints: ["a".repeat(251), "To."] }).plainKeyPoints).toEqual([
      "Hver linje kan ha høyst 250 tegn.",
    ]);
  });

  it("begins with its key points: the other parts alone are refused", () => {
    expect(errors({ plainStudied: "Hva ble undersøkt." })).toEqual({
      plainKeyPoints: ["«Kort fortalt» begynner med to eller tre hovedpunkter. Skriv dem her, ett per linje."],
    });
  });

  it("keeps each part short", () => {
    expect(errors({ plainKeyPoints: ["Ett.", "To."], plainMeaning: "ord ".repeat(400) })).toEqual({
      plainMeaning: ["Høyst 1200 tegn."],
    });
  });

  it("is measured as one text, each key point a sentence", () => {
    // Key points «Gruppa hjelper» and «Folk deler erfaringer» (no full stops: a sentence each) and
    // «Det ble funnet mye.»: 9 words, 3 sentences, long: hjelper (7), erfaringer (10) = 2.
    // 9 / 3 + 100 × 2 / 9 = 3 + 22.2 = 25.2, rounded 25.
    expect(
      readabilityOf({ plainKeyPoints: ["Gruppa hjelper", "Folk deler erfaringer"], plainFound: "Det ble funnet mye." }),
    ).toEqual({ words: 9, sentences: 3, longWords: 2, score: 25 });
  });
});
