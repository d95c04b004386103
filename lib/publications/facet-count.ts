import type { FacetTable, FacetWork } from "./facet-table";
import { type FacetRow, FILTER_KEYS, type FilterKey } from "./facets";

// The facet counts of the works a search matches (overview-facets.ts), from the facet table: the
// rows that facets.ts shapes. Each facet counts under every active filter but its own, so that the
// other values of a facet stay visible with their counts; the total counts under all of them.

/** Each active filter as a test of a work (overview-query.ts). */
export type FilterTests = Partial<Record<FilterKey, (work: FacetWork) => boolean>>;
export type SelectedIds = Record<"topic" | "project" | "person", string | null>;

/** The values of a facet with most works, as many as the form shows. */
const LISTED = 30;

// The database's order of labels (collation "C"): by code point.
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function countFacets(table: FacetTable, works: FacetWork[], tests: FilterTests, selected: SelectedIds) {
  const active = FILTER_KEYS.filter((key) => tests[key]);
  const rows: FacetRow[] = [{ facet: "rows", value: null, label: null, count: works.length }];
  const withouts = new Map<FilterKey | null, number>([[null, 0]]);
  for (const key of active) withouts.set(key, 0);
  const scalar = { type: new Map<string, number>(), year: new Map<string, number>() };
  const language = new Map<string, number>();
  const design = new Map<string, number>();
  const entities = {
    topic: new Map<string, number>(),
    project: new Map<string, number>(),
    person: new Map<string, number>(),
  };
  let plain = 0;
  const add = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);

  for (const work of works) {
    // Which active filters the work fails: with none it counts everywhere; with one, only in that
    // filter's own facet and its "without"; with more, nowhere.
    let failed: FilterKey | null = null;
    let failures = 0;
    for (const key of active) {
      if (!tests[key]!(work)) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const counts = (key: FilterKey) => failures === 0 || failed === key;
    if (failures === 0) withouts.set(null, withouts.get(null)! + 1);
    for (const key of active) if (counts(key)) withouts.set(key, withouts.get(key)! + 1);
    if (counts("type")) add(scalar.type, work.type);
    if (counts("year") && work.year !== null) add(scalar.year, String(work.year));
    if (counts("language") && work.language !== null) add(language, work.language);
    if (counts("design") && work.design !== null) add(design, work.design);
    if (counts("plain") && work.plain) plain++;
    if (counts("topic")) for (const id of work.topicIds) add(entities.topic, id);
    if (counts("project")) for (const id of work.projectIds) add(entities.project, id);
    if (counts("person")) for (const id of work.personIds) add(entities.person, id);
  }

  const total = withouts.get(null)!;
  rows.push({ facet: "total", value: null, label: null, count: total });
  for (const key of FILTER_KEYS)
    rows.push({ facet: "without", value: key, label: null, count: withouts.get(key) ?? total });
  const values = (facet: string, map: Map<string, number>) => {
    for (const [value, count] of map) rows.push({ facet, value, label: null, count });
  };
  values("type", scalar.type);
  values("year", scalar.year);
  values("language", language);
  values("design", design);
  rows.push({ facet: "plain", value: "ja", label: null, count: plain });
  const labels = { topic: table.topics, project: table.projects, person: table.persons };
  for (const key of ["topic", "project", "person"] as const) {
    const listed = [...entities[key]].flatMap(([id, count]) => {
      const entity = labels[key].get(id);
      return entity ? [{ id, ...entity, count }] : [];
    });
    listed.sort(
      (a, b) =>
        Number(b.id === selected[key]) - Number(a.id === selected[key]) ||
        b.count - a.count ||
        byCodePoint(a.label, b.label),
    );
    for (const entity of listed.slice(0, LISTED))
      rows.push({ facet: key, value: entity.slug, label: entity.label, count: entity.count });
  }
  return rows;
}
