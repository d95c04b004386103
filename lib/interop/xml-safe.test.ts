import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { xmlSafe, xmlSafeValues } from "./xml-safe";

describe("xmlSafe", () => {
  it("removes what XML 1.0 does not allow", () => {
    expect(xmlSafe("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg")).toBe("abcdefg");
    expect(xmlSafe("a\uFFFEb\uFFFFc")).toBe("abc");
    expect(xmlSafe("a\uD800b\uDC00c\uD83D")).toBe("abc");
    expect(xmlSafe("\uDE00\uD83D")).toBe("");
  });

  it("keeps everything XML 1.0 allows", () => {
    const allowed =
      "tab\tnewline\nreturn\r ÆØÅ æøå \u007F\u0085\u009F \uD7FF\uE000\uFFFD 😀 \u{10FFFF} \u202Eabc ]]> < & \" '";
    expect(xmlSafe(allowed)).toBe(allowed);
  });

  it("leaves a document that a strict parser reads", () => {
    const parser = new SaxesParser();
    const texts: string[] = [];
    parser.on("text", (text) => texts.push(text));
    const value = xmlSafe("a\u0001b\uFFFE\uD800c");
    parser.write(`<t>${value}</t>`).close();
    expect(texts.join("")).toBe("abc");
  });
});

describe("xmlSafeValues", () => {
  it("cleans strings in nested objects and arrays and keeps other values", () => {
    const date = new Date("2026-01-01T00:00:00Z");
    const cleaned = xmlSafeValues({
      title: "a\u0001b",
      date,
      count: 3,
      missing: undefined,
      authors: [{ name: "\uFFFFÅse" }],
      tags: ["x\u0000"],
    });
    expect(cleaned).toEqual({
      title: "ab",
      date,
      count: 3,
      missing: undefined,
      authors: [{ name: "Åse" }],
      tags: ["x"],
    });
    expect(cleaned.date).toBe(date);
  });
});
