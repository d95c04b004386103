import { describe, expect, it } from "vitest";
import {
  longText,
  markdownText,
  maxYear,
  optionalDoi,
  optionalPositiveInt,
  optionalText,
  optionalUrl,
  optionalYear,
  requiredMarkdown,
  requiredText,
  slugField,
  textLines,
} from "@/lib/content/forms/form-fields";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

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

  it("keeps years from 1800 to ten years ahead", () => {
    const last = new Date().getFullYear() + 10;
    expect(maxYear()).toBe(last);
    expect(optionalYear.parse("1800")).toBe(1800);
    expect(optionalYear.parse(String(last))).toBe(last);
    expect(message(optionalYear.safeParse("1799"))).toBe("Årstallet kan ikke være før 1800.");
    expect(message(optionalYear.safeParse(String(last + 1)))).toBe(`Årstallet kan ikke være etter ${last}.`);
    expect(message(optionalYear.safeParse("0000"))).toBe("Årstallet kan ikke være før 1800.");
    expect(message(optionalYear.safeParse("9999"))).toBe(`Årstallet kan ikke være etter ${last}.`);
  });

  it("reads numbers as decimal digits only", () => {
    expect(optionalPositiveInt.parse("120")).toBe(120);
    expect(optionalPositiveInt.parse(" 12 ")).toBe(12);
    expect(optionalPositiveInt.parse(120)).toBe(120);
    expect(optionalYear.parse(" 2020 ")).toBe(2020);
    for (const typed of ["0x10", "1e3", "+5", "-5", "12.0", "1 000", "１２", "0b11", "Infinity", "12abc"]) {
      expect(message(optionalPositiveInt.safeParse(typed)), typed).toBe(
        "Skriv et helt tall med sifrene 0–9, for eksempel 120.",
      );
    }
    for (const typed of ["0x7E4", "2e3", "+2020", "2020.0"])
      expect(message(optionalYear.safeParse(typed)), typed).toBe("Skriv årstallet med fire sifre.");
    expect(message(optionalPositiveInt.safeParse("0"))).toBe("Tallet må være større enn 0.");
    expect(message(optionalPositiveInt.safeParse("100001"))).toBe("Tallet kan være høyst 100 000.");
  });
});

describe("text fields", () => {
  it("store NFC without control characters", () => {
    expect(requiredText("Tittel").parse("a\u0001b")).toBe("ab");
    expect(requiredText("Tittel").parse(" A\u030Ase\u0000 ")).toBe("Åse");
    expect(optionalText().parse("x\u009F\uFFFE\uFFFFy")).toBe("xy");
    expect(markdownText().parse("a\u0007b")).toBe("ab");
  });

  it("put single-line texts on one line and keep the lines of long ones", () => {
    expect(requiredText("Tittel").parse("Første\r\nandre\tdel")).toBe("Første andre del");
    expect(optionalText().parse("a\nb")).toBe("a b");
    expect(longText().parse("a\r\n\tb")).toBe("a\n\tb");
    expect(markdownText().parse("# Overskrift\n\n- punkt")).toBe("# Overskrift\n\n- punkt");
    expect(requiredMarkdown("Brødteksten").parse("Ett.\n\nTo.")).toBe("Ett.\n\nTo.");
  });

  it("refuse half a surrogate pair, with the field's name", () => {
    expect(message(requiredText("Tittel").safeParse("a\uD800b"))).toBe(
      "Tittel inneholder et ødelagt tegn (en halv tegnkode) som ikke kan lagres. Skriv eller lim inn teksten på nytt.",
    );
    expect(message(optionalText().safeParse("\uDC00"))).toBe(
      "Teksten inneholder et ødelagt tegn (en halv tegnkode) som ikke kan lagres. Skriv eller lim inn teksten på nytt.",
    );
    expect(requiredText("Tittel").parse("Glad 😀")).toBe("Glad 😀");
  });

  it("refuse names made only of invisible characters, and store such optional texts as empty", () => {
    const invisible = "Navn inneholder bare usynlige tegn. Skriv inn synlig tekst.";
    expect(message(requiredText("Navn").safeParse("\u200B\u200B\u200B"))).toBe(invisible);
    expect(message(requiredText("Navn").safeParse("\uFEFF\u00AD\u200D\u2060"))).toBe(invisible);
    expect(message(requiredText("Navn").safeParse("\u0001\u0002"))).toBe("Navn må fylles ut.");
    expect(
      requiredText("Navn")
        .safeParse(" \t\n ")
        .error?.issues.map((issue) => issue.message),
    ).toEqual(["Navn må fylles ut."]);
    expect(
      requiredText("Navn")
        .safeParse("\u200B")
        .error?.issues.map((issue) => issue.message),
    ).toEqual([invisible]);
    expect(optionalText().parse("\u200B")).toBeNull();
    expect(longText().parse("\u00A0\u200C")).toBeNull();
    expect(requiredText("Navn").parse("Åse\u200B")).toBe("Åse\u200B");
  });

  it("clean lines and drop invisible ones", () => {
    expect(textLines("Tidligere navn").parse(["  Stiftelsen\u0001 A ", "\u200B", "", "B\tC"])).toEqual([
      "Stiftelsen A",
      "B C",
    ]);
    expect(message(textLines("Tidligere navn").safeParse(["\uD800"]))).toBe(
      "Tidligere navn inneholder et ødelagt tegn (en halv tegnkode) som ikke kan lagres. Skriv eller lim inn teksten på nytt.",
    );
  });

  it("refuse invisible characters in addresses and DOIs", () => {
    expect(message(optionalUrl.safeParse("https://example.org/a\u0001b"))).toBe(
      "Nettadressen inneholder usynlige tegn. Skriv eller lim den inn på nytt.",
    );
    expect(message(optionalUrl.safeParse("https://example.org/\u200Bx"))).toBe(
      "Nettadressen inneholder usynlige tegn. Skriv eller lim den inn på nytt.",
    );
    expect(message(optionalDoi.safeParse("10.1177/14\u0001"))).toBe(
      "DOI-en inneholder usynlige tegn. Skriv eller lim den inn på nytt.",
    );
    expect(message(optionalDoi.safeParse("10.1177/14\uD800"))).toBe(
      "DOI-en inneholder usynlige tegn. Skriv eller lim den inn på nytt.",
    );
  });
});
