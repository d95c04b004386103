import { describe, expect, it } from "vitest";
import type { StudyDesign } from "@/lib/generated/prisma/enums";
import { gapSummary, knowledgeMap, knowledgeMapCsv, norwegianList } from "./map";

const topics = [
  { slug: "e-helse", name: "E-helse" },
  { slug: "empowerment", name: "Empowerment" },
  { slug: "psykisk-helse", name: "Psykisk helse" },
  { slug: "parorende", name: "Pårørende" },
];
type Cell = { topic: string; design: StudyDesign; count: number };

function mapOf(cells: Cell[], works: { design: StudyDesign; count: number; withoutTopic: number }[]) {
  return knowledgeMap(topics, cells, works);
}

describe("norwegianList", () => {
  it("joins with commas and «og»", () => {
    expect(norwegianList([])).toBe("");
    expect(norwegianList(["A"])).toBe("A");
    expect(norwegianList(["A", "B"])).toBe("A og B");
    expect(norwegianList(["A", "B", "C"])).toBe("A, B og C");
    expect(norwegianList(["A", "B", "C"], "eller")).toBe("A, B eller C");
  });
});

describe("gapSummary", () => {
  const cells: Cell[] = [
    { topic: "psykisk-helse", design: "kvalitativ", count: 1 },
    { topic: "psykisk-helse", design: "litteraturgjennomgang", count: 1 },
    { topic: "psykisk-helse", design: "evaluering", count: 1 },
    { topic: "empowerment", design: "kvantitativ", count: 1 },
    { topic: "e-helse", design: "ukjent", count: 2 },
  ];
  const works = [
    { design: "kvalitativ" as const, count: 1, withoutTopic: 0 },
    { design: "litteraturgjennomgang" as const, count: 1, withoutTopic: 0 },
    { design: "evaluering" as const, count: 1, withoutTopic: 0 },
    { design: "kvantitativ" as const, count: 1, withoutTopic: 0 },
    { design: "ukjent" as const, count: 3, withoutTopic: 1 },
  ];

  it("says which designs no work has, which topics lack a design, and which state none", () => {
    expect(gapSummary(mapOf(cells, works))).toEqual([
      "Kartet bygger på 7 publikasjoner. 4 av dem har oppgitt studiedesign; for 3 sier kilden ikke hvordan studien er gjort.",
      "Det finnes ingen studier med blandede metoder eller teoretiske arbeider i utvalget.",
      "Kvalitative studier finnes bare for temaet Psykisk helse: de 2 andre temaene har ingen.",
      "Kvantitative studier finnes bare for temaet Empowerment: de 2 andre temaene har ingen.",
      "Litteraturgjennomganger finnes bare for temaet Psykisk helse: de 2 andre temaene har ingen.",
      "Evalueringer finnes bare for temaet Psykisk helse: de 2 andre temaene har ingen.",
      "For temaet E-helse oppgir ingen av publikasjonene studiedesign.",
      "Temaet Pårørende har ingen publikasjoner i dette utvalget.",
      "1 publikasjon har ikke noe tema og er ikke med i tabellen.",
    ]);
  });

  it("names no gap of a design that every topic with works has", () => {
    const all = mapOf(
      [
        { topic: "e-helse", design: "kvalitativ", count: 2 },
        { topic: "empowerment", design: "kvalitativ", count: 1 },
        { topic: "psykisk-helse", design: "kvalitativ", count: 1 },
        { topic: "parorende", design: "kvalitativ", count: 1 },
      ],
      [{ design: "kvalitativ", count: 5, withoutTopic: 0 }],
    );
    const text = gapSummary(all).join(" ");
    expect(text).toContain("Kartet bygger på 5 publikasjoner. Alle har oppgitt studiedesign.");
    expect(text).not.toContain("Kvalitative studier finnes bare");
    expect(text).toContain(
      "Det finnes ingen kvantitative studier, studier med blandede metoder, litteraturgjennomganger, evalueringer eller teoretiske arbeider",
    );
  });

  it("says so when nothing matches", () => {
    expect(gapSummary(mapOf([], []))).toEqual([
      "Ingen publikasjoner passer med dette utvalget, så kartet viser ingen forskning.",
    ]);
  });
});

describe("knowledgeMapCsv", () => {
  it("has a header, one line per topic with a count per design and the total, and quotes what needs it", () => {
    const map = knowledgeMap(
      [
        { slug: "a", name: "Samarbeid, om selvhjelp" },
        { slug: "b", name: "Pårørende" },
      ],
      [
        { topic: "a", design: "kvalitativ", count: 2 },
        { topic: "a", design: "ukjent", count: 1 },
      ],
      [],
    );
    expect(knowledgeMapCsv(map)).toBe(
      [
        "Tema,Kvalitativ,Kvantitativ,Blandede metoder,Litteraturgjennomgang,Evaluering,Teoretisk,Annet,Ikke oppgitt,Totalt",
        '"Samarbeid, om selvhjelp",2,0,0,0,0,0,0,1,3',
        "Pårørende,0,0,0,0,0,0,0,0,0",
        "",
      ].join("\r\n"),
    );
  });
});
