import { isPublicationType, PUBLICATION_TYPES } from "@/lib/content/labels";
import { compareNorwegian, formatCount } from "@/lib/format/norwegian";
import type { PublicationType, StudyDesign } from "@/lib/generated/prisma/enums";
import { isStudyDesign, STUDY_DESIGNS } from "./study-design";

// The facets of the overview, shaped from the rows of the one facet query in overview.ts.

/** Searches with at most this many works are counted exactly (overview-counts.ts). */
export const EXACT_UP_TO = 10_000;

/** 4,123 as 4,100: two significant digits. */
export function roughly(count: number): number {
  if (count < 100) return Math.round(count);
  const unit = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.round(count / unit) * unit;
}

/** A facet count as shown: «4 123», or «ca. 4 100» when counted on a sample. */
export const facetCountText = (count: number, approximate: boolean) =>
  approximate ? `ca. ${formatCount(roughly(count))}` : formatCount(count);

/** The number of works found: «1 publikasjon», «4 123 publikasjoner», «over 10 000 publikasjoner». */
export function totalText(total: number, approximate: boolean): string {
  if (approximate) return `over ${formatCount(EXACT_UP_TO)} publikasjoner`;
  return total === 1 ? "1 publikasjon" : `${formatCount(total)} publikasjoner`;
}

export const FILTER_KEYS = ["type", "year", "language", "design", "topic", "project", "person", "plain"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** One row of the facet query: a facet's value with its label and count. */
export type FacetRow = { facet: string; value: string | null; label: string | null; count: bigint | number };

export type FacetValue = { value: string; label: string; count: number };
export type Facets = {
  types: { value: PublicationType; count: number }[];
  years: { year: number; count: number }[];
  languages: { value: string; count: number }[];
  designs: { value: StudyDesign; count: number }[];
  topics: FacetValue[];
  projects: FacetValue[];
  persons: FacetValue[];
  /** The works with «Kort fortalt» («ja»), under the other filters. */
  plain: { value: "ja"; count: number }[];
};

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || compareNorwegian(a.label, b.label);

type Selected = { label: string } | null;
type Chosen = {
  type?: PublicationType;
  language?: string;
  design?: StudyDesign;
  topic?: string;
  project?: string;
  person?: string;
};

/**
 * The facets from the query's rows. A chosen value stays listed (with its count, 0 if none) so that
 * the form can show and clear it.
 */
export function facetsFromRows(
  rows: FacetRow[],
  selected: Record<"topics" | "projects" | "persons", Selected>,
  chosen: Chosen,
) {
  const of = (facet: string) =>
    rows
      .filter((row) => row.facet === facet && row.value !== null)
      .map((row) => ({ value: row.value!, label: row.label ?? row.value!, count: Number(row.count) }));
  const keep = <T extends { value: string; count: number }>(
    list: T[],
    value: string | undefined,
    item: T | null,
  ): T[] => (value && item && !list.some((entry) => entry.value === value) ? [...list, item] : list);
  const named = (list: FacetValue[], slug: string | undefined, entity: Selected) =>
    keep(list, slug, entity && { value: slug!, label: entity.label, count: 0 });
  const facets: Facets = {
    types: keep(
      of("type").flatMap(({ value, count }) => (isPublicationType(value) ? [{ value, count }] : [])),
      chosen.type,
      chosen.type ? { value: chosen.type, count: 0 } : null,
    ).sort((a, b) => PUBLICATION_TYPES.indexOf(a.value) - PUBLICATION_TYPES.indexOf(b.value)),
    years: of("year")
      .map(({ value, count }) => ({ year: Number(value), count }))
      .sort((a, b) => a.year - b.year),
    languages: keep(
      of("language").map(({ value, count }) => ({ value, count })),
      chosen.language,
      chosen.language ? { value: chosen.language, count: 0 } : null,
    ).sort((a, b) => b.count - a.count),
    designs: keep(
      of("design").flatMap(({ value, count }) => (isStudyDesign(value) ? [{ value, count }] : [])),
      chosen.design,
      chosen.design ? { value: chosen.design, count: 0 } : null,
    ).sort((a, b) => STUDY_DESIGNS.indexOf(a.value) - STUDY_DESIGNS.indexOf(b.value)),
    topics: named(of("topic"), chosen.topic, selected.topics).sort((a, b) => compareNorwegian(a.label, b.label)),
    projects: named(of("project"), chosen.project, selected.projects).sort(byCount),
    persons: named(of("person"), chosen.person, selected.persons).sort(byCount),
    plain: of("plain").map(({ count }) => ({ value: "ja" as const, count })),
  };
  const without = of("without").flatMap(({ value, count }) =>
    FILTER_KEYS.includes(value as FilterKey) ? [{ filter: value as FilterKey, total: count }] : [],
  );
  const total = Number(rows.find((row) => row.facet === "total")?.count ?? 0);
  return { total, facets, without };
}

const FACET_OF: Record<FilterKey, keyof Facets> = {
  type: "types",
  year: "years",
  language: "languages",
  design: "designs",
  topic: "topics",
  project: "projects",
  person: "persons",
  plain: "plain",
};

/**
 * The facets of a search with one filter, `key`, whose own facet comes from the same search without
 * the filter (`base`). The chosen value is in that facet with the search's `total`, also when it is
 * not among the values with most works.
 */
export function withOwnFacet(
  facets: Facets,
  key: FilterKey,
  base: { facets: Facets; total: number },
  total: number,
  chosen: Chosen,
) {
  const name = FACET_OF[key];
  const merged: Facets = { ...facets, [name]: base.facets[name] };
  if (key === "topic" || key === "project" || key === "person") {
    const mine = facets[FACET_OF[key] as "topics" | "projects" | "persons"].find((item) => item.value === chosen[key]);
    const list = merged[FACET_OF[key] as "topics" | "projects" | "persons"];
    if (mine && !list.some((item) => item.value === mine.value)) list.push({ ...mine, count: total });
  }
  return { facets: merged, without: [{ filter: key, total: base.total }] };
}
