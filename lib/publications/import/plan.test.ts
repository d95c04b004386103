import { describe, expect, it } from "vitest";
import { doiKey, nameKey, titleKey } from "./normalise";
import { planImport, type Existing } from "./plan";
import { readImport } from "./read";

const existing: Existing = {
  works: [
    { id: "w1", title: "Samarbeid om selvhjelp", subtitle: null, year: 2019, doi: "10.23865/noasp.68" },
    { id: "w2", title: "Takk for tilliten", subtitle: "Gjensidighet og grammatikk", year: 2020, doi: null },
  ],
  // "Åse" stored decomposed (A + combining ring), to show that names are compared in NFC.
  persons: [
    { id: "p1", givenName: "A\u030Ase", familyName: "Ørnes" },
    { id: "p2", givenName: "Nora", familyName: "Gotaas" },
  ],
};

function plan(bibtex: string) {
  const read = readImport(bibtex, "bibtex");
  if (!read.ok) throw new Error(read.message);
  return planImport(read.records, existing);
}

describe("normalised keys", () => {
  it("keep æøå, ignore case, spacing and Unicode form", () => {
    expect(nameKey({ givenName: "  A\u030Ase ", familyName: "ØRNES" })).toBe("ørnes|åse");
    expect(nameKey({ givenName: "Åse", familyName: "Ornes" })).not.toBe(
      nameKey({ givenName: "Åse", familyName: "Ørnes" }),
    );
    expect(titleKey("«Takk for tilliten»:", "Gjensidighet   og grammatikk")).toBe(
      "takk for tilliten gjensidighet og grammatikk",
    );
  });

  it("read DOIs with or without a resolver prefix, in any case", () => {
    for (const doi of [
      "https://doi.org/10.1177/ABC",
      "http://dx.doi.org/10.1177/abc",
      "doi: 10.1177/Abc",
      " 10.1177/abc ",
    ])
      expect(doiKey(doi)).toBe("10.1177/abc");
  });
});

describe("planImport", () => {
  it("flags duplicates by DOI or by title and year, in the database and in the file", () => {
    const records = plan(`
@book{a, title={Ny bok}, year=2024}
@book{b, title={En annen tittel}, doi={https://doi.org/10.23865/NOASP.68}, year=2019}
@book{c, title={Takk for tilliten – gjensidighet og grammatikk}, year=2020}
@book{d, title={Takk for tilliten}, subtitle={Gjensidighet og grammatikk}, year=2021}
@book{e, title={NY BOK}, year=2024}
@book{f, title={Kapittel}, year=2024}
@book{g, title={Noe annet}, doi={10.1234/abc.x}, year=2023}
@book{h, title={Noe tredje}, doi={https://doi.org/10.1234/ABC.X}, year=2022}
@book{i, title={Feil DOI}, doi={10.1/x}, year=2022}`);
    expect(records.map((r) => [r.status, r.status === "rejected" ? r.message : r.duplicate])).toEqual([
      ["new", null],
      ["duplicate", "Samme DOI som «Samarbeid om selvhjelp» (2019), som finnes fra før."],
      ["duplicate", "Samme tittel og år som «Takk for tilliten» (2020), som finnes fra før."],
      ["new", null],
      ["duplicate", "Samme tittel og år som post 1 i denne importen."],
      ["new", null],
      ["new", null],
      ["duplicate", "Samme DOI som post 7 i denne importen."],
      ["rejected", "Post 9: DOI: En DOI ser slik ut: 10.1177/1403494811425603."],
    ]);
  });

  it("matches authors and editors to existing persons by normalised name, and marks the rest as new", () => {
    const [record] = plan(
      "@incollection{a, title={Kapittel}, author={ØRNES, Åse and Ornes, Åse}, editor={Gotaas,  Nora}, year=2024}",
    );
    if (!record || record.status === "rejected") throw new Error("expected a planned record");
    expect(record.people).toEqual([
      { name: { givenName: "Åse", familyName: "ØRNES" }, role: "author", personId: "p1", candidates: [] },
      { name: { givenName: "Åse", familyName: "Ornes" }, role: "author", personId: null, candidates: [] },
      { name: { givenName: "Nora", familyName: "Gotaas" }, role: "editor", personId: "p2", candidates: [] },
    ]);
  });

  it("offers the likely persons for a name that matches none exactly: «B. Aglen» for «Bjørg Aglen»", () => {
    const withAglen: Existing = {
      ...existing,
      persons: [...existing.persons, { id: "p3", givenName: "Bjørg", familyName: "Aglen" }],
    };
    const read = readImport("@article{a, title={Review}, author={Aglen, B. and Gotaas, N.}, year=2011}", "bibtex");
    if (!read.ok) throw new Error(read.message);
    const [record] = planImport(read.records, withAglen);
    if (!record || record.status === "rejected") throw new Error("expected a planned record");
    expect(record.people).toEqual([
      {
        name: { givenName: "B.", familyName: "Aglen" },
        role: "author",
        personId: null,
        candidates: [{ id: "p3", givenName: "Bjørg", familyName: "Aglen" }],
      },
      {
        name: { givenName: "N.", familyName: "Gotaas" },
        role: "author",
        personId: null,
        candidates: [{ id: "p2", givenName: "Nora", familyName: "Gotaas" }],
      },
    ]);
  });
});
