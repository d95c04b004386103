import type { StudyDesign } from "@/lib/generated/prisma/enums";
import { STUDY_DESIGN_LABELS, STUDY_DESIGNS } from "@/lib/publications/study-design";

// The knowledge map (evidence and gap map): public topics as rows, study designs as columns,
// each cell the number of works of that topic and design. Client-safe and pure: the page, the
// CSV download and the written summary are all made from one KnowledgeMap.

export type MapRow = { slug: string; name: string; counts: Record<StudyDesign, number>; total: number };
export type KnowledgeMap = {
  designs: StudyDesign[];
  rows: MapRow[];
  /** Works under the filters, and those of them without any public topic (in no row). */
  works: number;
  withoutTopic: number;
  /** Works per study design (a work with two topics counts once). */
  byDesign: Record<StudyDesign, number>;
};

const zero = (): Record<StudyDesign, number> =>
  Object.fromEntries(STUDY_DESIGNS.map((d) => [d, 0])) as Record<StudyDesign, number>;

/** The map from the topics (in their order) and the counts per topic and design. */
export function knowledgeMap(
  topics: { slug: string; name: string }[],
  cells: { topic: string; design: StudyDesign; count: number }[],
  works: { design: StudyDesign; count: number; withoutTopic: number }[],
): KnowledgeMap {
  const rows = topics.map((topic) => ({ ...topic, counts: zero(), total: 0 }));
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  for (const cell of cells) {
    const row = bySlug.get(cell.topic);
    if (!row) continue;
    row.counts[cell.design] += cell.count;
    row.total += cell.count;
  }
  const byDesign = zero();
  for (const w of works) byDesign[w.design] += w.count;
  return {
    designs: [...STUDY_DESIGNS],
    rows,
    works: works.reduce((sum, w) => sum + w.count, 0),
    withoutTopic: works.reduce((sum, w) => sum + w.withoutTopic, 0),
    byDesign,
  };
}

/** "A", "A og B", "A, B og C" (or "eller" after a negation). */
export function norwegianList(items: string[], conjunction: "og" | "eller" = "og"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

// What the summary calls the works of each design (the plural, lower case).
const DESIGN_PLURAL: Record<StudyDesign, string> = {
  kvalitativ: "kvalitative studier",
  kvantitativ: "kvantitative studier",
  blandet: "studier med blandede metoder",
  litteraturgjennomgang: "litteraturgjennomganger",
  evaluering: "evalueringer",
  teoretisk: "teoretiske arbeider",
  annet: "arbeider med annet design",
  ukjent: "arbeider uten oppgitt studiedesign",
};

// The designs whose absence is a gap worth naming.
const GAP_DESIGNS: StudyDesign[] = [
  "kvalitativ",
  "kvantitativ",
  "blandet",
  "litteraturgjennomgang",
  "evaluering",
  "teoretisk",
];

const works = (n: number) => (n === 1 ? "1 publikasjon" : `${n} publikasjoner`);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Where research is missing, in a few Norwegian sentences made from the counts: which designs no
 * work has, which topics lack a design that others have, and which topics no work states a design
 * for. Each sentence names what a nurse or planner would look for on the map.
 */
export function gapSummary(map: KnowledgeMap): string[] {
  if (map.works === 0) return ["Ingen publikasjoner passer med dette utvalget, så kartet viser ingen forskning."];
  const sentences: string[] = [];
  const stated = map.works - map.byDesign.ukjent;
  sentences.push(
    `Kartet bygger på ${works(map.works)}. ${stated === map.works ? "Alle" : `${stated} av dem`} har oppgitt studiedesign${stated === map.works ? "" : `; for ${map.byDesign.ukjent} sier kilden ikke hvordan studien er gjort`}.`,
  );
  const missing = GAP_DESIGNS.filter((d) => map.byDesign[d] === 0);
  if (missing.length)
    sentences.push(
      `Det finnes ingen ${norwegianList(
        missing.map((d) => DESIGN_PLURAL[d]),
        "eller",
      )} i utvalget.`,
    );
  const withWorks = map.rows.filter((row) => row.total > 0);
  for (const design of GAP_DESIGNS.filter((d) => map.byDesign[d] > 0)) {
    const having = withWorks.filter((row) => row.counts[design] > 0).map((row) => row.name);
    const lacking = withWorks.length - having.length;
    if (lacking === 0) continue;
    sentences.push(
      having.length === 0
        ? `${capitalised(DESIGN_PLURAL[design])} finnes bare blant publikasjoner uten tema.`
        : `${capitalised(DESIGN_PLURAL[design])} finnes bare for ${having.length === 1 ? "temaet" : "temaene"} ${norwegianList(having)}: ${lacking === 1 ? "det andre temaet har" : `de ${lacking} andre temaene har`} ingen.`,
    );
  }
  const unstated = withWorks.filter((row) => row.counts.ukjent === row.total).map((row) => row.name);
  if (unstated.length)
    sentences.push(
      `For ${unstated.length === 1 ? "temaet" : "temaene"} ${norwegianList(unstated)} oppgir ingen av publikasjonene studiedesign.`,
    );
  const empty = map.rows.filter((row) => row.total === 0).map((row) => row.name);
  if (empty.length)
    sentences.push(
      `${empty.length === 1 ? "Temaet" : "Temaene"} ${norwegianList(empty)} har ingen publikasjoner i dette utvalget.`,
    );
  if (map.withoutTopic > 0)
    sentences.push(`${capitalised(works(map.withoutTopic))} har ikke noe tema og er ikke med i tabellen.`);
  return sentences;
}

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The table as CSV (RFC 4180, comma-separated, CRLF): one line per topic, a column per design and the total. */
export function knowledgeMapCsv(map: KnowledgeMap): string {
  const header = ["Tema", ...map.designs.map((d) => STUDY_DESIGN_LABELS[d]), "Totalt"];
  const lines = map.rows.map((row) => [row.name, ...map.designs.map((d) => row.counts[d]), row.total]);
  return [header, ...lines].map((line) => line.map(csvField).join(",")).join("\r\n") + "\r\n";
}
