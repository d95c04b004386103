import { type FacetRow, FILTER_KEYS, type FilterKey } from "./facets";

// The facet table's works (facet-table.ts loads them), and the facet counts of the works a search
// matches (overview-facets.ts) from it: the rows that facets.ts shapes. Each facet counts under every active filter but its own, so that the
// other values of a facet stay visible with their counts; the total counts under all of them.

/** Small whole numbers for strings (the codes only grow, so that a work's codes stay valid). */
export class Codes {
  readonly index = new Map<string, number>();
  readonly values: string[] = [];
  code(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.index.set(value, code);
    }
    return code;
  }
}

/** A work as the facets count it: its search key, and its values and ids by their codes (-1: none). */
export type FacetWork = {
  key: number;
  type: number;
  year: number | null;
  language: number;
  design: number;
  plain: boolean;
  topics: number[];
  projects: number[];
  persons: number[];
};

export type Entity = { slug: string; label: string };
export type Kind = "topics" | "projects" | "persons";
/**
 * `works` by id, and by search key (`byKey`, the index: "Publication"."searchKey", by which the
 * counting pass names the works it found); `labels`: the public topics, projects and people by
 * code; an entity that is not public has none.
 */
export type FacetTable = {
  works: Map<string, FacetWork>;
  byKey: (FacetWork | undefined)[];
  values: Codes;
  ids: Record<Kind, Codes>;
  labels: Record<Kind, (Entity | undefined)[]>;
};

export const emptyTable = (): FacetTable => ({
  works: new Map(),
  byKey: [],
  values: new Codes(),
  ids: { topics: new Codes(), projects: new Codes(), persons: new Codes() },
  labels: { topics: [], projects: [], persons: [] },
});

/** A work as read from the database; one that is no longer public leaves the table. */
export type WorkRow = {
  id: string;
  searchKey: number;
  type: string;
  year: number | null;
  language: string | null;
  design: string | null;
  plain: boolean;
  topicIds: string[];
  projectIds: string[];
  personIds: string[];
  public: boolean;
};

export function storeWorks(table: FacetTable, rows: WorkRow[]) {
  const { values, ids } = table;
  const value = (text: string | null) => (text === null ? -1 : values.code(text));
  for (const row of rows) {
    removeWork(table, row.id);
    if (!row.public) continue;
    const work: FacetWork = {
      key: row.searchKey,
      type: values.code(row.type),
      year: row.year,
      language: value(row.language),
      design: value(row.design),
      plain: row.plain,
      topics: row.topicIds.map((id) => ids.topics.code(id)),
      projects: row.projectIds.map((id) => ids.projects.code(id)),
      persons: row.personIds.map((id) => ids.persons.code(id)),
    };
    table.works.set(row.id, work);
    // Grown one by one, so that the array stays dense (a far index would make it a dictionary).
    while (table.byKey.length < work.key) table.byKey.push(undefined);
    table.byKey[work.key] = work;
  }
}

/** The work leaves the table (it is no longer public, or no longer exists). */
export function removeWork(table: FacetTable, id: string) {
  const work = table.works.get(id);
  if (!work) return;
  table.works.delete(id);
  table.byKey[work.key] = undefined;
}

/** The numbers of "12,345,6" (the counting pass's keys, one text: see overview-facets.ts). */
export function keysOf(text: string): number[] {
  const keys: number[] = [];
  if (!text) return keys;
  let key = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      keys.push(key);
      key = 0;
    } else key = key * 10 + c - 48;
  }
  keys.push(key);
  return keys;
}

/** The active filters' values (overview-query.ts); topics, projects and people by id. */
export type FilterValues = {
  type?: string;
  year?: { from: number; to: number };
  language?: string;
  design?: string;
  plain?: true;
  topic?: string;
  project?: string;
  person?: string;
};
export type SelectedIds = Record<"topic" | "project" | "person", string | null>;

/** The values of a facet with most works, as many as the form shows. */
const LISTED = 30;

// The database's order of labels (collation "C"): by code point.
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Test = (work: FacetWork) => boolean;

/** Each active filter as a test of a work, by the table's codes (a value it has never seen: no work). */
function tests(table: FacetTable, filter: FilterValues): [FilterKey, Test][] {
  const code = (codes: Codes, value: string) => codes.index.get(value) ?? -2;
  const { type, year, language, design, plain, topic, project, person } = filter;
  const tests: Record<FilterKey, Test | null> = {
    type: null,
    year: null,
    language: null,
    design: null,
    topic: null,
    project: null,
    person: null,
    plain: null,
  };
  if (type !== undefined) {
    const c = code(table.values, type);
    tests.type = (w) => w.type === c;
  }
  if (year) tests.year = (w) => w.year !== null && w.year >= year.from && w.year <= year.to;
  if (language !== undefined) {
    const c = code(table.values, language);
    tests.language = (w) => w.language === c;
  }
  if (design !== undefined) {
    const c = code(table.values, design);
    tests.design = (w) => w.design === c;
  }
  if (plain) tests.plain = (w) => w.plain;
  if (topic !== undefined) {
    const c = code(table.ids.topics, topic);
    tests.topic = (w) => w.topics.includes(c);
  }
  if (project !== undefined) {
    const c = code(table.ids.projects, project);
    tests.project = (w) => w.projects.includes(c);
  }
  if (person !== undefined) {
    const c = code(table.ids.persons, person);
    tests.person = (w) => w.persons.includes(c);
  }
  return FILTER_KEYS.flatMap((key) => {
    const test = tests[key];
    return test ? [[key, test] as [FilterKey, Test]] : [];
  });
}

/** How many of the works pass every active filter. */
export function countPassing(table: FacetTable, works: Iterable<FacetWork>, filter: FilterValues): number {
  const active = tests(table, filter).map(([, test]) => test);
  let n = 0;
  for (const work of works) if (active.every((test) => test(work))) n++;
  return n;
}

/** The facet rows of the works (facets.ts); "rows" says how many works were given. */
export function countFacets(
  table: FacetTable,
  works: Iterable<FacetWork>,
  filter: FilterValues,
  selected: SelectedIds,
) {
  const active = tests(table, filter);
  const rows: FacetRow[] = [{ facet: "rows", value: null, label: null, count: 0 }];
  let given = 0;
  // The works under all active filters ([0]), and under every one but the i-th ([i + 1]).
  const withouts = new Int32Array(active.length + 1);
  const values = new Int32Array(table.values.values.length);
  const byFacet = { type: values, language: values.slice(), design: values.slice() };
  const years = new Map<number, number>();
  const entities = {
    topic: new Int32Array(table.ids.topics.values.length),
    project: new Int32Array(table.ids.projects.values.length),
    person: new Int32Array(table.ids.persons.values.length),
  };
  let plain = 0;

  for (const work of works) {
    given++;
    // Which active filter the work fails: with none it counts everywhere; with one, only in that
    // filter's own facet and its "without"; with more, nowhere.
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < active.length && failures < 2; i++) {
      if (!active[i]![1](work)) {
        failed = i;
        failures++;
      }
    }
    if (failures > 1) continue;
    const every = failures === 0;
    if (every) for (let i = 0; i < withouts.length; i++) withouts[i]!++;
    else withouts[failed + 1]!++;
    const only = every ? null : active[failed]![0];
    if (every || only === "type") byFacet.type[work.type]!++;
    if ((every || only === "year") && work.year !== null) years.set(work.year, (years.get(work.year) ?? 0) + 1);
    if ((every || only === "language") && work.language >= 0) byFacet.language[work.language]!++;
    if ((every || only === "design") && work.design >= 0) byFacet.design[work.design]!++;
    if ((every || only === "plain") && work.plain) plain++;
    if (every || only === "topic") for (const code of work.topics) entities.topic[code]!++;
    if (every || only === "project") for (const code of work.projects) entities.project[code]!++;
    if (every || only === "person") for (const code of work.persons) entities.person[code]!++;
  }

  rows[0]!.count = given;
  const total = withouts[0]!;
  rows.push({ facet: "total", value: null, label: null, count: total });
  for (const key of FILTER_KEYS) {
    const i = active.findIndex(([activeKey]) => activeKey === key);
    rows.push({ facet: "without", value: key, label: null, count: i < 0 ? total : withouts[i + 1]! });
  }
  for (const facet of ["type", "language", "design"] as const)
    byFacet[facet].forEach((count, code) => {
      if (count > 0) rows.push({ facet, value: table.values.values[code]!, label: null, count });
    });
  for (const [year, count] of years) rows.push({ facet: "year", value: String(year), label: null, count });
  rows.push({ facet: "plain", value: "ja", label: null, count: plain });
  const kinds = { topic: "topics", project: "projects", person: "persons" } as const;
  for (const key of ["topic", "project", "person"] as const) {
    const labels = table.labels[kinds[key]];
    const chosen = selected[key] === null ? -2 : (table.ids[kinds[key]].index.get(selected[key]) ?? -2);
    // The LISTED first in the order (chosen, most works, label), kept sorted: most values are
    // turned away by one comparison with the last of them (thousands of people for a common word).
    type Listed = { code: number; slug: string; label: string; count: number };
    const before = (a: Listed, b: Listed) =>
      Number(b.code === chosen) - Number(a.code === chosen) || b.count - a.count || byCodePoint(a.label, b.label);
    const listed: Listed[] = [];
    entities[key].forEach((count, code) => {
      const entity = labels[code];
      if (count === 0 || !entity) return;
      const item = { code, ...entity, count };
      if (listed.length === LISTED && before(item, listed[LISTED - 1]!) >= 0) return;
      let at = listed.length;
      while (at > 0 && before(item, listed[at - 1]!) < 0) at--;
      listed.splice(at, 0, item);
      if (listed.length > LISTED) listed.pop();
    });
    for (const entity of listed)
      rows.push({ facet: key, value: entity.slug, label: entity.label, count: entity.count });
  }
  return rows;
}
