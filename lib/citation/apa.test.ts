import { describe, expect, it } from "vitest";
import { apaReference, apaReferenceText } from "./apa";
import type { CitableWork } from "./work";

const base: CitableWork = {
  id: "test",
  type: "annet",
  title: "",
  subtitle: null,
  year: null,
  language: "nb",
  authors: [],
  editors: [],
  containerTitle: null,
  volume: null,
  issue: null,
  pages: null,
  edition: null,
  publisher: null,
  place: null,
  institutionName: null,
  series: null,
  seriesNumber: null,
  isbn: null,
  issn: null,
  doi: null,
  statusNote: null,
  url: null,
  abstract: null,
  topics: [],
};
const work = (fields: Partial<CitableWork>): CitableWork => ({ ...base, ...fields });

describe("apaReferenceText", () => {
  it("cites a doctoral thesis with its institution and full-text link", () => {
    const thesis = work({
      type: "doktorgradsavhandling",
      title: "«Takk for tilliten»",
      subtitle: "Gjensidighet, transformasjon og rituell grammatikk i selvorganiserte selvhjelpsgrupper",
      year: 2020,
      authors: [{ givenName: "Nora", familyName: "Gotaas" }],
      publisher: "Universitetet i Oslo",
      institutionName: "Sosialantropologisk institutt, Universitetet i Oslo",
      url: "https://example.org/t.pdf",
    });
    expect(apaReferenceText(thesis)).toBe(
      "Gotaas, N. (2020). «Takk for tilliten»: Gjensidighet, transformasjon og rituell grammatikk i selvorganiserte selvhjelpsgrupper [Doktorgradsavhandling, Sosialantropologisk institutt, Universitetet i Oslo]. https://example.org/t.pdf",
    );
  });

  it("cites a journal article with volume, issue, pages and DOI", () => {
    const article = work({
      type: "tidsskriftartikkel",
      title: "Self-help and self-help groups in a Nordic context",
      subtitle: "A review",
      year: 2011,
      authors: [
        { givenName: "B.", familyName: "Aglen" },
        { givenName: "Marianne", familyName: "Hedlund" },
        { givenName: "Bodil J.", familyName: "Landstad" },
      ],
      containerTitle: "Scandinavian Journal of Public Health",
      volume: "39",
      issue: "8",
      pages: "813–822",
      doi: "10.1177/1403494811425603",
    });
    expect(apaReferenceText(article)).toBe(
      "Aglen, B., Hedlund, M. og Landstad, B. J. (2011). Self-help and self-help groups in a Nordic context: A review. Scandinavian Journal of Public Health, 39(8), 813–822. https://doi.org/10.1177/1403494811425603",
    );
  });

  it("cites an edited book with «Red.» and a report with its series", () => {
    const book = work({
      type: "bok",
      title: "Samarbeid om selvhjelp",
      year: 2019,
      editors: [
        { givenName: "Ånund", familyName: "Brottveit" },
        { givenName: "Marte", familyName: "Feiring" },
      ],
      publisher: "Cappelen Damm Akademisk",
      doi: "10.23865/noasp.68",
    });
    expect(apaReferenceText(book)).toBe(
      "Brottveit, Å. og Feiring, M. (Red.). (2019). Samarbeid om selvhjelp. Cappelen Damm Akademisk. https://doi.org/10.23865/noasp.68",
    );
    const report = work({
      type: "rapport",
      title: "Etablering og igangsetting av selvhjelpsgrupper",
      year: 2012,
      authors: [{ givenName: "Nora", familyName: "Gotaas" }],
      series: "NIBR-rapport",
      seriesNumber: "2012:8",
      publisher: "Norsk institutt for by- og regionforskning",
    });
    expect(apaReferenceText(report)).toBe(
      "Gotaas, N. (2012). Etablering og igangsetting av selvhjelpsgrupper (NIBR-rapport 2012:8). Norsk institutt for by- og regionforskning.",
    );
  });

  it("cites a chapter with «I … (Red.)» and «s.», and a work without year as «u.å.»", () => {
    const chapter = work({
      type: "bokkapittel",
      title: "Konkurrerende kunnskap syn om helse – ekspertise for hva og om hvem?",
      year: 2012,
      authors: [{ givenName: "Marianne", familyName: "Hedlund" }],
      editors: [{ givenName: "A.", familyName: "Tjora" }],
      containerTitle: "Helsesosiologi",
      pages: "10–20",
      publisher: "Gyldendal Akademiske",
    });
    expect(apaReferenceText(chapter)).toBe(
      "Hedlund, M. (2012). Konkurrerende kunnskap syn om helse – ekspertise for hva og om hvem? I A. Tjora (Red.), Helsesosiologi (s. 10–20). Gyldendal Akademiske.",
    );
    const undated = work({
      type: "bok",
      title: "En bok",
      edition: "8",
      authors: [{ givenName: "L.", familyName: "Shulman" }],
    });
    expect(apaReferenceText(undated)).toBe("Shulman, L. (u.å.). En bok (8. utg.).");
  });

  it("marks a submitted manuscript and names authors without given names", () => {
    const manuscript = work({
      type: "tidsskriftartikkel",
      title: "Participants’ Experiences of Empowerment in Self-Help Groups",
      year: 2011,
      authors: [
        { givenName: null, familyName: "Kvamme" },
        { givenName: null, familyName: "Eklund Nilsen" },
      ],
      statusNote: "Manuskript innsendt for publisering",
    });
    expect(apaReferenceText(manuscript)).toBe(
      "Kvamme og Eklund Nilsen. (2011). Participants’ Experiences of Empowerment in Self-Help Groups [Manuskript innsendt for publisering].",
    );
  });
});

describe("apaReference", () => {
  it("marks the journal and volume as italic, as APA does", () => {
    const parts = apaReference(
      work({
        type: "tidsskriftartikkel",
        title: "T",
        year: 2011,
        authors: [{ givenName: "A", familyName: "B" }],
        containerTitle: "Tidsskrift & Co",
        volume: "3",
        issue: "1",
      }),
    );
    expect(parts.filter((p) => p.italic).map((p) => p.text)).toEqual(["Tidsskrift & Co", "3"]);
    expect(parts.map((p) => p.text).join("")).toBe("B, A. (2011). T. Tidsskrift & Co, 3(1).");
  });
});
