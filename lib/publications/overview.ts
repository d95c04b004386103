import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationType, StudyDesign } from "@/lib/generated/prisma/enums";
import { activeFilterCount, defaultSort } from "./filters";
import { facetsFromRows, type FacetRow, type Facets, type FilterKey, FILTER_KEYS, withOwnFacet } from "./facets";
import { identifiersIn } from "./search-identifiers";
import {
  highlightSegments,
  MARK_END,
  MARK_START,
  searchTerms,
  searchWords,
  tsqueryText,
  type Segment,
} from "./search-terms";

// The research overview and its search: the one module with raw SQL for listing publications.
// Every value is bound as a parameter. Only published, non-deleted works are ever counted or
// listed. Without search text the order is alphabetical by first author (Norwegian collation,
// Æ, Ø, Å after Z); with it, by relevance: a work whose DOI, ISBN, ISSN or handle is in the search
// text first, then title > contributors > container, topics and the names around it > abstract.

export type SortOrder = "relevans" | "alfabetisk" | "nyeste" | "eldste";

/** Plain and serialisable: parsed from the URL (filters.ts) by the page and the JSON API. */
export type OverviewFilters = {
  q?: string;
  type?: PublicationType;
  yearFrom?: number;
  yearTo?: number;
  /** Slugs of a topic, project and person. */
  topic?: string;
  project?: string;
  person?: string;
  /** How the work was done ("ukjent": not stated). */
  design?: StudyDesign;
  /** The work's language: "nb", "nn", "en". */
  language?: string;
  sort?: SortOrder;
  page: number;
};

export const PAGE_SIZE = 20;

const sql = Prisma.sql;
const PUBLIC = sql`p.status = 'published' AND p."deletedAt" IS NULL`;
const ALPHABETICAL = sql`p."sortName" COLLATE "nb-NO-x-icu", p.year DESC NULLS LAST, p.title COLLATE "nb-NO-x-icu", p.id`;
const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

type Selected = { id: string; label: string } | null;
type Resolved = {
  topic: Selected;
  project: Selected;
  person: Selected;
  alternatives: Map<string, string[]>;
  onlyCommonWords: boolean;
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
  };
  const [row] = await db.$queryRaw<Row[]>`
    SELECT numnode(to_tsquery('norwegian', ${words.length ? tsqueryText(searchTerms(words)) : null})) AS nodes,
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
  };
}

/** Each active filter as a condition on the work `p`. */
function filterConditions(filters: OverviewFilters, ids: Resolved): Partial<Record<FilterKey, Prisma.Sql>> {
  const { type, yearFrom, yearTo, language, design } = filters;
  return {
    type: type ? sql`p.type = ${type}::"PublicationType"` : undefined,
    year: yearFrom || yearTo ? sql`p.year BETWEEN ${yearFrom ?? -9999} AND ${yearTo ?? 9999}` : undefined,
    language: language ? sql`p.language = ${language}` : undefined,
    design: design ? sql`p."studyDesign" = ${design}::"StudyDesign"` : undefined,
    topic: ids.topic ? sql`p."topicIds" @> ARRAY[${ids.topic.id}]` : undefined,
    project: ids.project ? sql`p."projectIds" @> ARRAY[${ids.project.id}]` : undefined,
    person: ids.person ? sql`p."personIds" @> ARRAY[${ids.person.id}]` : undefined,
  };
}

const all = (conditions: (Prisma.Sql | undefined)[]) => {
  const present = conditions.filter((condition) => condition !== undefined);
  return present.length ? Prisma.join(present, " AND ") : sql`TRUE`;
};

/** `relevance`: the ORDER BY terms of the relevance order, before the alphabetical ones. */
type Query = { text: Prisma.Sql; relevance: Prisma.Sql | null; conditions: Partial<Record<FilterKey, Prisma.Sql>> };

function matchingIds(query: Query, sort: SortOrder, page: number) {
  const order = {
    relevans: query.relevance ? sql`${query.relevance}, ${ALPHABETICAL}` : ALPHABETICAL,
    alfabetisk: ALPHABETICAL,
    nyeste: sql`p.year DESC NULLS LAST, ${ALPHABETICAL}`,
    eldste: sql`p.year ASC NULLS LAST, ${ALPHABETICAL}`,
  }[sort];
  return db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Publication" p
     WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))}
     ORDER BY ${order}
     LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
}

/**
 * Works that pass every active filter but at most one: the others count in no facet. With one
 * filter, the works that pass it: its own facet is then taken from the search without it.
 */
function relevantToFacets(conditions: Query["conditions"]): Prisma.Sql {
  const active = FILTER_KEYS.filter((key) => conditions[key]);
  if (active.length < 2) return active.length ? conditions[active[0]!]! : sql`TRUE`;
  const allOthers = active.map(
    (key) => sql`(${all(active.filter((other) => other !== key).map((other) => conditions[other]))})`,
  );
  return sql`(${Prisma.join(allOthers, " OR ")})`;
}

/**
 * Counts per facet value, each under every filter but its own (so that the other values of a facet
 * stay visible with their counts), the total, and the total without each filter: one pass over
 * the works that match the search text, grouped in several ways at once.
 */
function facetRows(query: Query, selected: Resolved) {
  const flag = (key: FilterKey) => query.conditions[key] ?? sql`TRUE`;
  // The keys are this module's own names, never input.
  const column = (key: FilterKey) => Prisma.raw(`"f_${key}"`);
  const allBut = (key: FilterKey | null) =>
    all(FILTER_KEYS.filter((other) => other !== key).map((other) => sql`m.${column(other)}`));
  const countAllBut = (key: FilterKey) => sql`count(*) FILTER (WHERE ${allBut(key)}) AS ${column(key)}`;
  const withouts = FILTER_KEYS.map(
    (key) => sql`SELECT 'without', ${key}, NULL, ${column(key)} FROM counts WHERE g = 15`,
  );
  const arrayFacet = (
    key: "topic" | "project" | "person",
    table: string,
    label: Prisma.Sql,
    selectedId: string | null,
  ) => sql`
    SELECT ${key}, e.slug, ${label}, c.n
      FROM (SELECT id, count(*) AS n FROM (SELECT unnest(m.${Prisma.raw(`"${key}Ids"`)}) AS id FROM m WHERE ${allBut(key)}) u GROUP BY id) c
      JOIN ${Prisma.raw(`"${table}"`)} e ON e.id = c.id
     WHERE e.status = 'published' AND e."deletedAt" IS NULL
     ORDER BY e.id = ${selectedId} DESC NULLS LAST, c.n DESC, 3 LIMIT 30`;
  const facetQuery = db.$queryRaw<FacetRow[]>`
    WITH m AS MATERIALIZED (
      SELECT p.type, p.year, p.language, p."studyDesign" AS design, p."topicIds", p."projectIds", p."personIds",
             ${flag("type")} AS f_type, ${flag("year")} AS f_year, ${flag("language")} AS f_language, ${flag("design")} AS f_design,
             ${flag("topic")} AS f_topic, ${flag("project")} AS f_project, ${flag("person")} AS f_person
        FROM "Publication" p
       WHERE ${PUBLIC} AND ${query.text} AND ${relevantToFacets(query.conditions)}
    ), counts AS (
      -- g: which grouping a row belongs to (7 by type, 11 by year, 13 by language, 14 by design, 15 all).
      SELECT m.type, m.year, m.language, m.design, GROUPING(m.type, m.year, m.language, m.design) AS g,
             count(*) FILTER (WHERE ${allBut(null)}) AS total, ${Prisma.join(FILTER_KEYS.map(countAllBut))}
        FROM m GROUP BY GROUPING SETS ((m.type), (m.year), (m.language), (m.design), ())
    )
    SELECT 'total' AS facet, NULL AS value, NULL AS label, total AS count FROM counts WHERE g = 15
    UNION ALL ${Prisma.join(withouts, " UNION ALL ")}
    UNION ALL SELECT 'type', type::text, NULL, f_type FROM counts WHERE g = 7 AND f_type > 0
    UNION ALL SELECT 'year', year::text, NULL, f_year FROM counts WHERE g = 11 AND year IS NOT NULL AND f_year > 0
    UNION ALL SELECT 'language', language, NULL, f_language FROM counts WHERE g = 13 AND f_language > 0
    UNION ALL SELECT 'design', design::text, NULL, f_design FROM counts WHERE g = 14 AND f_design > 0
    UNION ALL (${arrayFacet("topic", "Topic", sql`e.name`, selected.topic?.id ?? null)})
    UNION ALL (${arrayFacet("project", "Project", sql`e.title`, selected.project?.id ?? null)})
    UNION ALL (${arrayFacet("person", "Person", sql`concat_ws(' ', e."givenName", e."familyName")`, selected.person?.id ?? null)})`;
  // The matching works are held in memory once; the default work_mem (4 MB) would spill them to disk.
  return db.$transaction([db.$executeRaw`SET LOCAL work_mem = '64MB'`, facetQuery]).then(([, rows]) => rows);
}

const listSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  type: true,
  year: true,
  language: true,
  containerTitle: true,
  statusNote: true,
  contributors: {
    orderBy: [{ role: "asc" }, { position: "asc" }],
    select: { role: true, person: { select: { slug: true, givenName: true, familyName: true } } },
  },
  links: { where: { kind: "fulltext" }, select: { id: true }, take: 1 },
} satisfies Prisma.PublicationSelect;

type ListRow = Prisma.PublicationGetPayload<{ select: typeof listSelect }>;

/** Matched words in the title and subtitle, and the contributors (slugs) whose names match. */
export type Highlight = { title: Segment[]; subtitle: Segment[] | null; persons: string[] };
export type OverviewItem = ListRow & { highlight?: Highlight };

async function listItems(ids: string[], tsquery: string | null): Promise<OverviewItem[]> {
  const [rows, highlights] = await Promise.all([
    db.publication.findMany({ where: { id: { in: ids } }, select: listSelect }),
    tsquery ? highlightsOf(ids, tsquery) : [],
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const highlightById = new Map(highlights.map((h) => [h.id, h]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const h = highlightById.get(id);
    const highlight = h && {
      title: highlightSegments(h.title),
      subtitle: h.subtitle === null ? null : highlightSegments(h.subtitle),
      persons: h.persons,
    };
    return [{ ...row, highlight }];
  });
}

function highlightsOf(ids: string[], tsquery: string) {
  const marks = MARK_START + MARK_END;
  return db.$queryRaw<{ id: string; title: string; subtitle: string | null; persons: string[] }[]>`
    WITH q AS (SELECT to_tsquery('norwegian', ${tsquery}) AS q)
    SELECT p.id,
           ts_headline('norwegian', translate(p.title, ${marks}, ''), q.q, ${HEADLINE_OPTIONS}) AS title,
           CASE WHEN p.subtitle IS NOT NULL THEN ts_headline('norwegian', translate(p.subtitle, ${marks}, ''), q.q, ${HEADLINE_OPTIONS}) END AS subtitle,
           ARRAY(SELECT per.slug FROM "PublicationContributor" c JOIN "Person" per ON per.id = c."personId"
                  WHERE c."publicationId" = p.id
                    AND to_tsvector('norwegian', concat_ws(' ', per."givenName", per."familyName")) @@ q.q) AS persons
      FROM "Publication" p, q
     WHERE p.id = ANY (${ids}::text[])`;
}

async function countMatching(query: Query): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Publication" p WHERE ${PUBLIC} AND ${query.text} AND ${all(Object.values(query.conditions))}`;
  return row?.count ?? 0;
}

/** The search text with each word replaced by the most similar known word, when that finds works. */
async function didYouMean(words: string[], conditions: Query["conditions"]): Promise<Suggestions["didYouMean"]> {
  const rows = await db.$queryRaw<{ term: string; word: string | null }[]>`
    SELECT t.term, (SELECT w.word FROM "SearchWord" w WHERE w.word % t.term AND w.word <> t.term
                     -- A word typed without æ, ø or å (on a foreign keyboard) is close to the word with them.
                     ORDER BY greatest(similarity(w.word, t.term), similarity(translate(w.word, 'æøå', 'aoa'), t.term)) DESC, w.word
                     LIMIT 1) AS word
      FROM unnest(${words}::text[]) WITH ORDINALITY AS t(term, n) ORDER BY t.n`;
  const corrected = rows.map((row) => row.word ?? row.term);
  if (corrected.every((word, i) => word === words[i])) return undefined;
  const tsquery = tsqueryText(searchTerms(corrected));
  const total = await countMatching({ text: textCondition(tsquery, []), relevance: null, conditions });
  return total > 0 ? { q: corrected.join(" "), total } : undefined;
}

export type Suggestions = {
  didYouMean?: { q: string; total: number };
  /** How many works each filter would add back, and the search text ("q"). */
  without: { filter: FilterKey | "q"; total: number }[];
};

const identifierMatch = (identifiers: string[]) => sql`p."searchIds" && ${identifiers}::text[]`;

/** The works that have the words, or one of the identifiers: both are GIN-indexed. */
function textCondition(tsquery: string | null, identifiers: string[]): Prisma.Sql {
  const words = tsquery ? sql`p."searchVector" @@ to_tsquery('norwegian', ${tsquery})` : null;
  const named = identifiers.length ? identifierMatch(identifiers) : null;
  if (words && named) return sql`(${words} OR ${named})`;
  return words ?? named ?? sql`TRUE`;
}

export type SearchResult = {
  items: OverviewItem[];
  total: number;
  pageCount: number;
  /** The order used: the one asked for, else relevance with search text and alphabetical without. */
  sort: SortOrder;
  facets: Facets;
  suggestions: Suggestions;
  /** Why part of the request was not used, in Norwegian. */
  notices: string[];
};

type Prepared = {
  words: string[];
  ids: Resolved;
  tsquery: string | null;
  identifiers: string[];
  query: Query;
  notices: string[];
};

/** The search text as a tsquery, and the filters as conditions, with what could not be used. */
async function prepare(filters: OverviewFilters): Promise<Prepared> {
  const { identifiers, rest } = identifiersIn(filters.q);
  const words = searchWords(rest);
  const ids = await resolve(filters, words);
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
  const rank = tsquery ? sql`ts_rank(p."searchVector", to_tsquery('norwegian', ${tsquery})) DESC` : null;
  // A pasted DOI, ISBN, ISSN or handle asks for that work: it comes first.
  const named = identifiers.length ? sql`${identifierMatch(identifiers)} DESC` : null;
  const relevance = named && rank ? sql`${named}, ${rank}` : (named ?? rank);
  const query = { text: textCondition(tsquery, identifiers), relevance, conditions: filterConditions(filters, ids) };
  return { words, ids, tsquery, identifiers, notices, query };
}

type Counts = Pick<SearchResult, "total" | "facets" | "suggestions" | "notices"> & {
  /** With one filter, its name: that filter's own facet is not counted here (see searchPublications). */
  ownFacet: FilterKey | null;
};

/** Everything but the page of works: the same for every page and order. */
async function counts(filters: Omit<OverviewFilters, "page" | "sort">): Promise<Counts> {
  const { words, ids, tsquery, query, notices } = await prepare({ ...filters, page: 1 });
  const { total, facets, without } = facetsFromRows(
    await facetRows(query, ids),
    { topics: ids.topic, projects: ids.project, persons: ids.person },
    filters,
  );
  const suggestions: Suggestions = { without: without.filter((option) => query.conditions[option.filter]) };
  if (total === 0 && tsquery) {
    suggestions.didYouMean = await didYouMean(words, query.conditions);
    suggestions.without.push({ filter: "q", total: await countMatching({ ...query, text: sql`TRUE` }) });
  }
  const active = FILTER_KEYS.filter((key) => query.conditions[key]);
  return { total, facets, suggestions, notices, ownFacet: active.length === 1 ? active[0]! : null };
}

/** One page of works in the order asked for (else relevance with search text, alphabetical without). */
async function page(filters: OverviewFilters): Promise<Pick<SearchResult, "items" | "sort">> {
  const { tsquery, query } = await prepare(filters);
  const sort = filters.sort ?? (query.relevance ? "relevans" : defaultSort({}));
  const ids = await matchingIds(query, sort, filters.page);
  return {
    items: await listItems(
      ids.map((row) => row.id),
      tsquery,
    ),
    sort,
  };
}

export type { Facets };

// Kept in Next's data cache per filter set, tagged "publications"; publishing expires them (also
// through revalidatePath of the root layout, whose tags the pages' cache entries carry).
const cacheOptions = { tags: ["publications"], revalidate: 300 };
const cachedCounts = unstable_cache(counts, ["publication-counts"], cacheOptions);
const cachedPage = unstable_cache(page, ["publication-page"], cacheOptions);

/**
 * The search of the overview, its exports and the JSON API. The counts are shared by every page
 * and order of the same search. With one filter, that filter's own facet counts the works of the
 * same search without it: those counts, which are often cached already (the overview's first
 * page, a plain search). They are read here, outside the cached functions, because Next reads no
 * cache entry from inside another one.
 */
export const searchPublications = cache(async (filters: OverviewFilters): Promise<SearchResult> => {
  const { page: pageNumber, sort, ...countFilters } = filters;
  const withoutFilters = () => cachedCounts({ q: filters.q });
  const [{ ownFacet, ...result }, { items, sort: usedSort }, prefetched] = await Promise.all([
    cachedCounts(countFilters),
    cachedPage({ ...countFilters, sort, page: pageNumber }),
    activeFilterCount(filters) === 1 ? withoutFilters() : null,
  ]);
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (!ownFacet) return { ...result, items, sort: usedSort, pageCount };
  // (Two filters of which one names no topic, project or person: known only now.)
  const base = prefetched ?? (await withoutFilters());
  const { facets, without } = withOwnFacet(result.facets, ownFacet, base, result.total, filters);
  const otherSuggestions = result.suggestions.without.filter((option) => option.filter !== ownFacet);
  return {
    ...result,
    items,
    sort: usedSort,
    pageCount,
    facets,
    suggestions: { ...result.suggestions, without: [...without, ...otherSuggestions] },
  };
});

/** The newest published works, for the front page. */
export const newestPublications = cache(async (take: number) =>
  db.publication.findMany({
    where: isPublic,
    orderBy: [{ year: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take,
    select: listSelect,
  }),
);
