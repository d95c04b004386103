import { isPublicationType } from "@/lib/content/labels";
import type { OverviewFilters } from "./overview";

// The overview's state lives in the URL: ?type=rapport&fra=2010&til=2020&side=2.
// Unreadable values are dropped and reported, never an error page.

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

function year(value: string | undefined, problems: string[], label: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1800 && n <= 2100) return n;
  problems.push(`«${value.slice(0, 20)}» er ikke et gyldig årstall (${label}), og er ikke brukt.`);
  return undefined;
}

export function parseOverviewParams(params: Params): { filters: OverviewFilters; problems: string[] } {
  const problems: string[] = [];
  const rawType = first(params.type);
  const type = rawType && isPublicationType(rawType) ? rawType : undefined;
  if (rawType && !type) problems.push(`Publikasjonstypen «${rawType.slice(0, 40)}» finnes ikke, og er ikke brukt.`);
  let yearFrom = year(first(params.fra), problems, "fra");
  let yearTo = year(first(params.til), problems, "til");
  if (yearFrom && yearTo && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const pageNumber = Number(first(params.side) ?? "1");
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100_000 ? pageNumber : 1;
  return { filters: { type, yearFrom, yearTo, page }, problems };
}

/** The URL of the overview with these filters. */
export function overviewHref(filters: Partial<OverviewFilters>): string {
  const query = new URLSearchParams();
  if (filters.type) query.set("type", filters.type);
  if (filters.yearFrom) query.set("fra", String(filters.yearFrom));
  if (filters.yearTo) query.set("til", String(filters.yearTo));
  if (filters.page && filters.page > 1) query.set("side", String(filters.page));
  const text = query.toString();
  return text ? `/publikasjoner?${text}` : "/publikasjoner";
}
