import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FilterValues } from "./facet-count";
import { FILTER_KEYS, type FilterKey } from "./facets";
import type { OverviewFilters } from "./overview";
import { identifiersIn } from "./search-identifiers";
import { searchTerms, searchWords, tsqueryText } from "./search-terms";

// The overview's request resolved into SQL: the search text as a tsquery and identifiers, the
// slugs of the filters as the public topic, project and person they name, and each filter as a
// condition on the work `p`. Every value is bound as a parameter.

export const sql = Prisma.sql;
export const PUBLIC = sql`p.status = 'published' AND p."deletedAt" IS NULL`;
/** The work has «Kort fortalt» (lib/content/forms/plain-language.ts). */
export const HAS_PLAIN_LANGUAGE = sql`cardinality(p."plainKeyPoints") > 0`;

type Selected = { id: string; label: string } | null;
export type Resolved = {
  topic: Selected;
  project: Selected;
  person: Selected;
  alternatives: Map<string, string[]>;
  onlyCommonWords: boolean;
  /** The planner's count of works in the table (reltuples: -1 before the first ANALYZE), for the sample. */
  tableRows: number;
};

/** The public topic, project and person of the slugs, and spellings of unknown words. */
async function resolve(filters: OverviewFilters, words: string[]): Promise<Resolved> {
  const last = words.at(-1) ?? "";
  type Row = {
    topic: Selected;
    project: Selected;
    person: Selected;
    alternatives: [string, string[]][] | null;
    nodes: number | null;
    tableRows: number | null;
  };
  const [row] = await db.$queryRaw<Row[]>`
    SELECT numnode(to_tsquery('norwegian', ${words.length ? tsqueryText(searchTerms(words)) : null})) AS nodes,
           -- Kept by autovacuum and ANALYZE; read here to save the sample a round trip of its own.
           (SELECT reltuples::float8 FROM pg_class WHERE oid = '"Publication"'::regclass) AS "tableRows",
           (SELECT json_build_object('id', id, 'label', name) FROM "Topic" p WHERE slug = ${filters.topic ?? null} AND ${PUBLIC}) AS topic,
           (SELECT json_build_object('id', id, 'label', title) FROM "Project" p WHERE slug = ${filters.project ?? null} AND ${PUBLIC}) AS project,
           (SELECT json_build_object('id', id, 'label', concat_ws(' ', "givenName", "familyName")) FROM "Person" p
             WHERE slug = ${filters.person ?? null} AND ${PUBLIC}) AS person,
           (SELECT json_agg(json_build_array(t.term, ARRAY(
                     SELECT w.word FROM "SearchWord" w
                      WHERE w.word % t.term AND similarity(w.word, t.term) >= 0.5
                      ORDER BY similarity(w.word, t.term) DESC, w.word LIMIT 3)))
              FROM unnest(${words}::text[]) AS t(term)
             WHERE length(t.term) >= 4
               -- A number is no misspelling of another: "2012" is not "2013".
               AND t.term !~ '[0-9]'
               AND NOT EXISTS (SELECT 1 FROM "SearchWord" w WHERE w.word = t.term)
               -- The word being typed may be the start of a known word.
               AND NOT (t.term = ${last} AND EXISTS (SELECT 1 FROM "SearchWord" w WHERE w.word LIKE t.term || '%'))
           ) AS alternatives`;
  return {
    topic: row?.topic ?? null,
    project: row?.project ?? null,
    person: row?.person ?? null,
    alternatives: new Map(row?.alternatives ?? []),
    // Words like "og" and "i" are not indexed; a search of nothing else lists everything.
    onlyCommonWords: row?.nodes === 0,
    tableRows: row?.tableRows ?? -1,
  };
}

// The counts and the page of a search resolve the same words and slugs at the same moment: once.
const resolving = new Map<string, Promise<Resolved>>();
function sharedResolve(filters: OverviewFilters, words: string[]): Promise<Resolved> {
  const key = JSON.stringify([words, filters.topic, filters.project, filters.person]);
  const under = resolving.get(key);
  if (under) return under;
  const started = resolve(filters, words).finally(() => resolving.delete(key));
  resolving.set(key, started);
  return started;
}

/** Each active filter as a condition on the work `p`. A new filter goes here, in FILTER_KEYS and in filters.ts. */
function filterConditions(filters: OverviewFilters, ids: Resolved): Partial<Record<FilterKey, Prisma.Sql>> {
  const { type, yearFrom, yearTo, language, design } = filters;
  return {
    type: type ? sql`p.type = ${type}::"PublicationType"` : undefined,
    year: yearFrom || yearTo ? sql`p.year BETWEEN ${yearFrom ?? -9999} AND ${yearTo ?? 9999}` : undefined,
    language: language ? sql`p.language = ${language}` : undefined,
    design: design ? sql`p."studyDesign" = ${design}::"StudyDesign"` : undefined,
    plain: filters.plainLanguage ? HAS_PLAIN_LANGUAGE : undefined,
    topic: ids.topic ? sql`p."topicIds" @> ARRAY[${ids.topic.id}]` : undefined,
    project: ids.project ? sql`p."projectIds" @> ARRAY[${ids.project.id}]` : undefined,
    person: ids.person ? sql`p."personIds" @> ARRAY[${ids.person.id}]` : undefined,
  };
}

/** The same filters as values, for the facet table (facet-count.ts). */
function filterValues(filters: OverviewFilters, ids: Resolved): FilterValues {
  const { type, yearFrom, yearTo, language, design } = filters;
  return {
    type,
    year: yearFrom || yearTo ? { from: yearFrom ?? -9999, to: yearTo ?? 9999 } : undefined,
    language,
    design,
    plain: filters.plainLanguage ? true : undefined,
    topic: ids.topic?.id,
    project: ids.project?.id,
    person: ids.person?.id,
  };
}

export const all = (conditions: (Prisma.Sql | undefined)[]) => {
  const present = conditions.filter((condition) => condition !== undefined);
  return present.length ? Prisma.join(present, " AND ") : sql`TRUE`;
};

/**
 * `relevance`: the ORDER BY terms of the relevance order, before the alphabetical ones: `ranks`,
 * each in descending order; `values`: the conditions' filters as values, for the facet table;
 * `hasText`: false when `text` is TRUE (no search text): then the facet table alone counts.
 */
export type Query = {
  text: Prisma.Sql;
  hasText: boolean;
  relevance: Prisma.Sql | null;
  ranks: Prisma.Sql[];
  conditions: Partial<Record<FilterKey, Prisma.Sql>>;
  values: FilterValues;
  /** Resolved's tableRows: how large a sample is (overview-counts.ts). */
  tableRows: number;
};

const identifierMatch = (identifiers: string[]) => sql`p."searchIds" && ${identifiers}::text[]`;

/** The works that have the words, or one of the identifiers: both are GIN-indexed. */
export function textCondition(tsquery: string | null, identifiers: string[]): Prisma.Sql {
  const words = tsquery ? sql`p."searchVector" @@ to_tsquery('norwegian', ${tsquery})` : null;
  const named = identifiers.length ? identifierMatch(identifiers) : null;
  if (words && named) return sql`(${words} OR ${named})`;
  return words ?? named ?? sql`TRUE`;
}

export type Prepared = {
  words: string[];
  ids: Resolved;
  tsquery: string | null;
  identifiers: string[];
  query: Query;
  notices: string[];
};

/** The search text as a tsquery, and the filters as conditions, with what could not be used. */
export async function prepare(filters: OverviewFilters): Promise<Prepared> {
  const { identifiers, rest } = identifiersIn(filters.q);
  const words = searchWords(rest);
  const ids = await sharedResolve(filters, words);
  const missing = (slug: string | undefined, found: Selected, what: string) =>
    slug && !found ? [`Fant ikke ${what} «${slug}», så det filteret er ikke brukt.`] : [];
  const notices = [
    ...missing(filters.topic, ids.topic, "temaet"),
    ...missing(filters.project, ids.project, "prosjektet"),
    ...missing(filters.person, ids.person, "personen"),
  ];
  if (ids.onlyCommonWords && !identifiers.length)
    notices.push(`«${filters.q}» har bare vanlige småord, som søket hopper over: alle publikasjonene vises.`);
  const tsquery = words.length && !ids.onlyCommonWords ? tsqueryText(searchTerms(words, ids.alternatives)) : null;
  const ranks = [
    // A pasted DOI, ISBN, ISSN or handle asks for that work: it comes first.
    ...(identifiers.length ? [identifierMatch(identifiers)] : []),
    ...(tsquery ? [sql`ts_rank(p."searchVector", to_tsquery('norwegian', ${tsquery}))`] : []),
  ];
  const query = {
    text: textCondition(tsquery, identifiers),
    hasText: tsquery !== null || identifiers.length > 0,
    relevance: ranks.length ? Prisma.join(ranks.map((rank) => sql`${rank} DESC`)) : null,
    ranks,
    conditions: filterConditions(filters, ids),
    values: filterValues(filters, ids),
    tableRows: ids.tableRows,
  };
  return { words, ids, tsquery, identifiers, notices, query };
}

/** The active filters, in the order of FILTER_KEYS. */
export const activeKeys = (conditions: Query["conditions"]) => FILTER_KEYS.filter((key) => conditions[key]);
