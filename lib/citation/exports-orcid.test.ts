import { describe, expect, it } from "vitest";
import { exportWorks } from "./exports";
import type { CitableWork } from "./work";

// An author's ORCID iD goes where the format has room for it: on the name in CSL-JSON (as
// Citation.js writes it, "_orcid"), not in BibTeX or RIS.

const review: CitableWork = {
  id: "self-help-and-self-help-groups-nordic-context-review",
  type: "tidsskriftartikkel",
  title:
    "Self-help and self-help groups for people with long-lasting health problems or mental health difficulties in a Nordic context",
  subtitle: "A review",
  year: 2011,
  language: "en",
  authors: [
    { givenName: "B.", familyName: "Aglen", orcid: "0000-0002-1825-0097" },
    { givenName: "Marianne", familyName: "Hedlund" },
  ],
  editors: [],
  containerTitle: "Scandinavian Journal of Public Health",
  volume: "39",
  issue: "8",
  pages: "813–822",
  edition: null,
  publisher: null,
  place: null,
  institutionName: null,
  series: null,
  seriesNumber: null,
  isbn: null,
  issn: "1403-4948",
  doi: "10.1177/1403494811425603",
  statusNote: null,
  url: null,
  abstract: null,
  topics: [],
};

describe("ORCID iDs in the exports", () => {
  it("are on the author's name in CSL-JSON", () => {
    const [item] = JSON.parse(exportWorks([review], "csl-json")) as { author: Record<string, string>[] }[];
    expect(item?.author).toEqual([
      { family: "Aglen", given: "B.", _orcid: "https://orcid.org/0000-0002-1825-0097" },
      { family: "Hedlund", given: "Marianne" },
    ]);
  });

  it.each(["bibtex", "ris"] as const)("leave %s as it was", (format) => {
    const without = {
      ...review,
      authors: review.authors.map(({ givenName, familyName }) => ({ givenName, familyName })),
    };
    expect(exportWorks([review], format)).toBe(exportWorks([without], format));
  });
});
