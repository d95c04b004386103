import "server-only";
import { overviewHref, parseOverviewParams } from "@/lib/publications/filters";
import { PAGE_SIZE, searchPublications, type OverviewFilters } from "@/lib/publications/overview";

// The one place where exports and the API use the research overview, so that they search
// and filter exactly as /publikasjoner does: same parameters, same rules, same order.

export type OverviewParams = Record<string, string | string[] | undefined>;

export function searchParamsToRecord(params: URLSearchParams): OverviewParams {
  const record: OverviewParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0];
  }
  return record;
}

export const readOverviewParams = (params: OverviewParams) => parseOverviewParams(params);

export const overviewPage = (filters: OverviewFilters) => searchPublications(filters);

export const OVERVIEW_PAGE_SIZE = PAGE_SIZE;

/** The overview's query string without the page ("type=rapport&fra=2010"), for links to exports. */
export function overviewQueryString(filters: OverviewFilters): string {
  return overviewHref({ ...filters, page: 1 }).split("?")[1] ?? "";
}

/** Ids of every work the overview shows for these filters (all its pages), in its order, at most `max`. */
export async function allOverviewIds(filters: OverviewFilters, max: number): Promise<{ ids: string[]; total: number }> {
  const first = await searchPublications({ ...filters, page: 1 });
  const ids = first.items.map((item) => item.id);
  for (let page = 2; page <= first.pageCount && ids.length < max; page++) {
    const next = await searchPublications({ ...filters, page });
    ids.push(...next.items.map((item) => item.id));
  }
  return { ids: ids.slice(0, max), total: first.total };
}
