import { parseOverviewParams } from "@/lib/publications/filters";
import type { MapFilters } from "./queries";

type Params = Record<string, string | string[] | undefined>;

/** The map's filters (type and years) read as the overview reads them, with its messages for bad values. */
export function parseMapParams(params: Params): { filters: MapFilters; problems: string[] } {
  const { filters, problems } = parseOverviewParams({ type: params.type, fra: params.fra, til: params.til });
  return { filters: { type: filters.type, yearFrom: filters.yearFrom, yearTo: filters.yearTo }, problems };
}

/** The map's query string ("type=rapport&fra=2010"), empty without filters. */
export function mapQueryString(filters: MapFilters): string {
  const query = new URLSearchParams();
  if (filters.type) query.set("type", filters.type);
  if (filters.yearFrom) query.set("fra", String(filters.yearFrom));
  if (filters.yearTo) query.set("til", String(filters.yearTo));
  return query.toString();
}
