import "server-only";
import { cache } from "react";
import type { PublicationType, StudyDesign } from "@/lib/generated/prisma/enums";
import { defaultSort } from "./filters";
import { facetsFromRows, type Facets, type FilterKey, withOwnFacet } from "./facets";
import { type Approximate, searchFacetRows, sideOfTheLine, textPlan } from "./overview-counts";
import { countWithoutText, didYouMean, relevantToFacets } from "./overview-facets";
import { listItems, matchingIds, PAGE_SIZE, type OverviewItem } from "./overview-list";
import { activeKeys, all, prepare, sql } from "./overview-query";
import { ANY_WORK, cachedSearch, type Dependent } from "./search-cache";

// The research overview and its search, for the page, its exports and the JSON API. Three modules
// behind it hold the raw SQL: overview-query.ts resolves the request into conditions (a new filter
// goes there, in FILTER_KEYS of facets.ts and in filters.ts), overview-facets.ts counts, and
// overview-list.ts lists one page. Only published, non-deleted works are ever counted or listed.

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
  /** Only works with «Kort fortalt». */
  plainLanguage?: boolean;
  sort?: SortOrder;
  page: number;
};

export { newestPublications, PAGE_SIZE } from "./overview-list";
export type { Highlight, OverviewItem } from "./overview-list";
export type { Facets };

export type Suggestions = {
  didYouMean?: { q: string; total: number };
  /** How many works each filter would add back, and the search text ("q"). */
  without: { filter: FilterKey | "q"; total: number }[];
};

export type SearchResult = {
  items: OverviewItem[];
  /** With `approximate.total`, an estimate above EXACT_UP_TO (the page says «over 10 000»). */
  total: number;
  /** Above EXACT_UP_TO works the total is not counted and the facets are counted on a sample. */
  approximate: Approximate;
  pageCount: number;
  /** The order used: the one asked for, else relevance with search text and alphabetical without. */
  sort: SortOrder;
  facets: Facets;
  suggestions: Suggestions;
  /** Why part of the request was not used, in Norwegian. */
  notices: string[];
};

type Counts = Pick<SearchResult, "total" | "approximate" | "facets" | "suggestions" | "notices"> & {
  /** With one filter, its name: that filter's own facet is not counted here (see searchPublications). */
  ownFacet: FilterKey | null;
  /** The ids of the first page in relevance order, when the counting ranked them (overview-facets.ts). */
  firstPage: string[] | null;
};

/** Everything but the page of works: the same for every page and order. */
async function counts(filters: CountFilters): Promise<Dependent<Counts>> {
  const { words, ids, tsquery, query, notices } = await prepare({ ...filters, page: 1 });
  const active = activeKeys(query.conditions);
  const plan = await textPlan(query);
  // With one filter, its own facet may come from the search without it (searchPublications):
  // started now, so that it runs beside this one.
  if (active.length === 1 && query.hasText && !plan.textAlone) void withoutFilters(filters).catch(() => undefined);
  const { rows, approximate, firstPage, complete } = await searchFacetRows(query, ids, plan);
  const { total, facets, without } = facetsFromRows(
    rows,
    { topics: ids.topic, projects: ids.project, persons: ids.person },
    filters,
  );
  const suggestions: Suggestions = { without: without.filter((option) => query.conditions[option.filter]) };
  if (total === 0 && tsquery) {
    // Two independent queries on separate connections: the spelling suggestion need not wait for the count.
    const [suggested, withoutText] = await Promise.all([didYouMean(words, query), countWithoutText(query)]);
    suggestions.didYouMean = suggested;
    suggestions.without.push({ filter: "q", total: withoutText });
  }
  return {
    value: {
      total,
      approximate,
      facets,
      suggestions,
      notices,
      ownFacet: active.length === 1 && !complete ? active[0]! : null,
      firstPage,
    },
    // The suggestions of a search that found nothing count works it does not match.
    dependsOn: total === 0 && tsquery ? ANY_WORK : sql`${query.text} AND ${relevantToFacets(query.conditions)}`,
  };
}

/**
 * One page of works in the order asked for (else relevance with search text, alphabetical without).
 * Above the line relevance is ranked the cheaper way (overview-list.ts). Whether the search is
 * above it is found out here (overview-counts.ts), so that such a page need not wait for the
 * counts. Otherwise the first page comes from the counts, which rank it in the same pass; near
 * the line, the counts say which ranking applies.
 */
async function page(filters: OverviewFilters): Promise<Dependent<Pick<SearchResult, "items" | "sort">>> {
  const { tsquery, query } = await prepare(filters);
  const sort = filters.sort ?? (query.relevance ? "relevans" : defaultSort({}));
  const ranked = sort === "relevans" && query.relevance !== null;
  const side = ranked ? await sideOfTheLine(query) : "below";
  const { page: _page, sort: _sort, ...countFilters } = filters;
  let ids: string[];
  if (ranked && side !== "above" && (filters.page === 1 || side === "near")) {
    const counted = await requestCounts(countFilters);
    ids =
      filters.page === 1 && counted.firstPage
        ? counted.firstPage
        : await matchingIds(query, sort, filters.page, counted.approximate.total);
  } else ids = await matchingIds(query, sort, filters.page, side === "above");
  return {
    value: { items: await listItems(ids, tsquery), sort },
    dependsOn: sql`${query.text} AND ${all(Object.values(query.conditions))}`,
  };
}

// Kept per filter set until a save changes what they depend on (search-cache.ts).
const cachedCounts = cachedSearch("counts", counts);
const cachedPage = cachedSearch("page", page);
type CountFilters = Omit<OverviewFilters, "page" | "sort">;
// Within one request (React's cache), the page and the search share one call of the counts: the
// page's, which comes once the counts are under way, need not ask the database whether a save
// has changed them meanwhile (a save during the request may or may not be seen, as without it).
const countsOfRequest = cache((filters: string) => cachedCounts(JSON.parse(filters) as CountFilters));
const requestCounts = (filters: CountFilters) => countsOfRequest(JSON.stringify(filters));
/** The counts of the same search text without filters: where a single filter's own facet comes from. */
const withoutFilters = (filters: Pick<OverviewFilters, "q">) => cachedCounts({ q: filters.q });

/**
 * The search of the overview, its exports and the JSON API. The counts are shared by every page
 * and order of the same search. With one filter, that filter's own facet counts the works of the
 * same search without it: unless the counting pass saw them itself (the search text alone below
 * the line), those counts, which are often cached already (the overview's first page, a plain
 * search), and otherwise computed beside the counts (counts() starts them).
 */
export const searchPublications = cache(async (filters: OverviewFilters): Promise<SearchResult> => {
  const { page: pageNumber, sort, ...countFilters } = filters;
  const [{ ownFacet, firstPage: _firstPage, ...result }, { items, sort: usedSort }] = await Promise.all([
    requestCounts(countFilters),
    cachedPage({ ...countFilters, sort, page: pageNumber }),
  ]);
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (!ownFacet) return { ...result, items, sort: usedSort, pageCount };
  // Under way already when counts() started it, else (cached counts) most often cached itself.
  const base = await withoutFilters(filters);
  const { facets, without } = withOwnFacet(result.facets, ownFacet, base, result.total, filters);
  const approximate = { ...result.approximate, facets: result.approximate.facets || base.approximate.facets };
  const otherSuggestions = result.suggestions.without.filter((option) => option.filter !== ownFacet);
  return {
    ...result,
    items,
    sort: usedSort,
    pageCount,
    facets,
    approximate,
    suggestions: { ...result.suggestions, without: [...without, ...otherSuggestions] },
  };
});
