import { isPublicationType } from "@/lib/content/labels";
import { isStudyDesign } from "./study-design";
import type { OverviewFilters, SortOrder } from "./overview";

// The overview's state lives in the URL, with Norwegian names:
// ?q=selvhjelp&type=rapport&fra=2010&til=2020&tema=e-helse&design=kvalitativ&prosjekt=...&person=...&sprak=nb&kort=ja&sorter=nyeste&side=2.
// Unreadable values are dropped and reported, never an error page. Client-safe: the live search
// form builds its URLs with overviewHref too.

type Params = Record<string, string | string[] | undefined>;

/** Longest search text used; longer input is cut (and the visitor told). */
export const MAX_QUERY_LENGTH = 200;
export const SORT_ORDERS = ["relevans", "alfabetisk", "nyeste", "eldste"] as const satisfies readonly SortOrder[];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}$/;

// NUL and other control characters cannot be stored or searched (PostgreSQL rejects NUL in text).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.replace(CONTROL, " ").trim() || undefined;
const quoted = (value: string) => `«${value.slice(0, 40)}»`;

function year(value: string | undefined, problems: string[], label: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1800 && n <= 2100) return n;
  problems.push(`«${value.slice(0, 20)}» er ikke et gyldig årstall (${label}), og er ikke brukt.`);
  return undefined;
}

function matching(value: string | undefined, pattern: RegExp, problems: string[], what: string): string | undefined {
  if (value === undefined || pattern.test(value)) return value;
  problems.push(`${what} ${quoted(value)} finnes ikke, og er ikke brukt.`);
  return undefined;
}

function searchText(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined || value.length <= MAX_QUERY_LENGTH) return value;
  problems.push(`Søket er kortet ned til de første ${MAX_QUERY_LENGTH} tegnene.`);
  return value.slice(0, MAX_QUERY_LENGTH).trim();
}

export function parseOverviewParams(params: Params): { filters: OverviewFilters; problems: string[] } {
  const problems: string[] = [];
  const rawType = first(params.type);
  const type = rawType && isPublicationType(rawType) ? rawType : undefined;
  if (rawType && !type) problems.push(`Publikasjonstypen ${quoted(rawType)} finnes ikke, og er ikke brukt.`);
  let yearFrom = year(first(params.fra), problems, "fra");
  let yearTo = year(first(params.til), problems, "til");
  if (yearFrom && yearTo && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const rawDesign = first(params.design);
  const design = rawDesign && isStudyDesign(rawDesign) ? rawDesign : undefined;
  if (rawDesign && !design) problems.push(`Studiedesignet ${quoted(rawDesign)} finnes ikke, og er ikke brukt.`);
  const rawPlain = first(params.kort);
  if (rawPlain && rawPlain !== "ja")
    problems.push(`«Kort fortalt» ${quoted(rawPlain)} finnes ikke (bare «ja»), og er ikke brukt.`);
  const rawSort = first(params.sorter);
  const sort = SORT_ORDERS.find((order) => order === rawSort);
  if (rawSort && !sort) problems.push(`Sorteringen ${quoted(rawSort)} finnes ikke, og er ikke brukt.`);
  const pageNumber = Number(first(params.side) ?? "1");
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100_000 ? pageNumber : 1;
  const filters: OverviewFilters = {
    q: searchText(first(params.q), problems),
    type,
    yearFrom,
    yearTo,
    topic: matching(first(params.tema), SLUG, problems, "Temaet"),
    design,
    project: matching(first(params.prosjekt), SLUG, problems, "Prosjektet"),
    person: matching(first(params.person), SLUG, problems, "Personen"),
    language: matching(first(params.sprak), LANGUAGE, problems, "Språket"),
    plainLanguage: rawPlain === "ja" || undefined,
    sort,
    page,
  };
  return { filters, problems };
}

/** Relevance when searching, else alphabetical. */
export const defaultSort = (filters: Pick<OverviewFilters, "q">): SortOrder => (filters.q ? "relevans" : "alfabetisk");

/** The URL of the overview with these filters; empty values, the default order and page 1 are left out. */
export function overviewHref(filters: Partial<OverviewFilters>): string {
  const entries: [string, string | number | undefined][] = [
    ["q", filters.q],
    ["type", filters.type],
    ["fra", filters.yearFrom],
    ["til", filters.yearTo],
    ["tema", filters.topic],
    ["design", filters.design],
    ["prosjekt", filters.project],
    ["person", filters.person],
    ["sprak", filters.language],
    ["kort", filters.plainLanguage ? "ja" : undefined],
    ["sorter", filters.sort === defaultSort(filters) ? undefined : filters.sort],
    ["side", filters.page && filters.page > 1 ? filters.page : undefined],
  ];
  const query = new URLSearchParams();
  for (const [name, value] of entries) if (value !== undefined && value !== "") query.set(name, String(value));
  const text = query.toString();
  return text ? `/publikasjoner?${text}` : "/publikasjoner";
}

/** The filters that narrow the list (not the search text, order or page). */
export function activeFilterCount(filters: OverviewFilters): number {
  const { type, yearFrom, yearTo, topic, design, project, person, language, plainLanguage } = filters;
  return [type, yearFrom ?? yearTo, topic, design, project, person, language, plainLanguage].filter(
    (value) => value !== undefined,
  ).length;
}
