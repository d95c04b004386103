import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readImport, type ReadRecord } from "./read";
import { detectFormat } from "./split";

const fixture = (name: string) => readFileSync(`${import.meta.dirname}/../../../test/fixtures/import/${name}`, "utf8");

function records(text: string, format: "auto" | "bibtex" | "ris" = "auto"): ReadRecord[] {
  const result = readImport(text, format);
  if (!result.ok) throw new Error(result.message);
  return result.records;
}

const good = (record: ReadRecord | undefined) => {
  if (!record?.ok) throw new Error(`expected a readable record, got ${JSON.stringify(record)}`);
  return record;
};

describe("readImport, BibTeX", () => {
  const all = records(fixture("mixed.bib"));

  it("reads every entry on its own, with a plain message for each broken one", () => {
    expect(all.map((r) => (r.ok ? "ok" : r.message))).toEqual([
      "ok",
      "ok",
      "ok",
      "Post 4: kunne ikke leses som BibTeX",
      "Post 5: mangler tittel",
      "ok",
      "Post 7: DOI: En DOI ser slik ut: 10.1177/1403494811425603.",
      "ok",
    ]);
  });

  it("maps the fields of a journal article, with æøå names and LaTeX letters as letters", () => {
    const { values } = good(all[0]);
    expect(values).toMatchObject({
      title: "Selvhjelp på tvers",
      subtitle: "Erfaringer fra fem grupper",
      type: "tidsskriftartikkel",
      year: 2024,
      language: "nb",
      containerTitle: "Tidsskrift for velferdsforskning",
      volume: "27",
      issue: "2",
      pages: "10–24",
      doi: "10.18261/TFV.2024.02",
    });
    expect(values.authors).toEqual([
      { newPerson: { givenName: "Åse", familyName: "Ørnes" } },
      { newPerson: { givenName: "Nora", familyName: "Gotaas" } },
      { newPerson: { givenName: "Øystein", familyName: "Bråten" } },
    ]);
  });

  it("uses @string abbreviations and removes a https://doi.org/ prefix", () => {
    expect(good(all[1]).values).toMatchObject({
      containerTitle: "Scandinavian Journal of Public Health",
      doi: "10.1177/1403494811425603",
      subtitle: "A review",
    });
  });

  it("maps theses by genre and warns where it had to guess", () => {
    expect(good(all[7]).values).toMatchObject({ type: "masteroppgave", publisher: "Nord universitet", isbn: null });
    expect(good(all[7]).warnings).toEqual([expect.stringContaining("ISBN: Et ISBN har 10 eller 13 sifre")]);
    expect(good(all[2]).values.type).toBe("annet");
    expect(good(all[2]).warnings).toEqual(["Typen «document» har ingen egen publikasjonstype her; satt til «Annet»."]);
    const phd = records("@phdthesis{x, title={T}, author={Aa, Bb}, school={UiO}, year=2020}");
    expect(good(phd[0]).values.type).toBe("doktorgradsavhandling");
  });

  it("refuses a year the form would refuse", () => {
    const [record] = records("@book{x, title={Bok}, year={tjue}}");
    expect(record).toMatchObject({ ok: false, message: "Post 1: Årstall: Skriv årstallet med fire sifre." });
  });

  it("leaves out 'and others' and reads the language fields", () => {
    const [record] = records("@book{x, title={A book}, author={Nilsen, Kari and others}, langid={english}, year=2020}");
    expect(good(record).values).toMatchObject({
      authors: [{ newPerson: { givenName: "Kari", familyName: "Nilsen" } }],
      language: "en",
    });
  });
});

describe("readImport, RIS", () => {
  const all = records(fixture("mixed.ris"));

  it("reads each record between TY and ER on its own", () => {
    expect(all.map((r) => (r.ok ? r.values.title : r.message))).toEqual([
      "Selvhjelp på tvers",
      "Samarbeid om selvhjelp",
      "Post 3: mangler tittel",
      "Post 4: kunne ikke leses som RIS",
      "Arbeidsnotat om selvhjelp",
    ]);
  });

  it("maps names, editors, DOI, language and report genres", () => {
    expect(good(all[0]).values).toMatchObject({
      doi: "10.18261/TFV.2024.02",
      pages: "10–24",
      language: "nb",
      type: "tidsskriftartikkel",
    });
    expect(good(all[0]).values.authors[0]).toEqual({ newPerson: { givenName: "Åse", familyName: "Ørnes" } });
    expect(good(all[1]).values.editors).toEqual([
      { newPerson: { givenName: "Ånund", familyName: "Brottveit" } },
      { newPerson: { givenName: "Marte", familyName: "Feiring" } },
    ]);
    expect(good(all[4]).values).toMatchObject({ type: "arbeidsnotat", publisher: "NIBR" });
  });
});

describe("readImport, text rules", () => {
  it("cleans imported text as the form does, before titles are split", () => {
    const ris = [
      "TY  - RPRT",
      "TI  - Selvhjelp:\u0001 A\u030Arsrapport\u0007",
      "AU  - Bra\u030Aten, A\u030Ase",
      "PY  - 2024",
      "AB  - Første avsnitt.\u000B",
      "ER  - ",
    ].join("\n");
    const { values } = good(records(ris, "ris")[0]);
    expect(values).toMatchObject({ title: "Selvhjelp", subtitle: "Årsrapport", abstract: "Første avsnitt." });
    expect(values.authors).toEqual([{ newPerson: { givenName: "Åse", familyName: "Bråten" } }]);
  });

  it("leaves out a page count that is not written in decimal digits", () => {
    // For a book, RIS's SP is its number of pages.
    const [record] = records(["TY  - BOOK", "TI  - Bok", "PY  - 2020", "SP  - 0x10", "ER  - "].join("\n"), "ris");
    expect(good(record).values.pageCount).toBeNull();
    expect(good(record).warnings).toEqual([
      "Antall sider: Skriv et helt tall med sifrene 0–9, for eksempel 120. Feltet er utelatt («0x10»).",
    ]);
  });

  it("refuses a title of invisible characters only", () => {
    const [record] = records("@book{x, title={\u200B\u200B}, year={2020}}");
    expect(record).toMatchObject({ ok: false });
  });
});

describe("format detection", () => {
  it("tells BibTeX from RIS, and neither from plain text", () => {
    expect(detectFormat(fixture("mixed.bib"))).toBe("bibtex");
    expect(detectFormat(fixture("mixed.ris"))).toBe("ris");
    expect(readImport("Bare vanlig tekst.", "auto")).toEqual({
      ok: false,
      message: expect.stringContaining("Fant verken BibTeX eller RIS"),
    });
    expect(readImport("@comment{ingenting her}", "bibtex")).toEqual({
      ok: false,
      message: "Fant ingen BibTeX-poster i teksten.",
    });
  });
});
