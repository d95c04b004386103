import type { CslItem } from "@citation-js/core";
import { isRecord, single } from "./csl";
import { getJson, type HttpOptions } from "./http";
import { cslFromNvaHit, nvaHits } from "./nva";

// NVA's works for one person, a page at a time: by the person's Cristin id when the portal has
// it (`contributor`, matched against the contributors' identity ids), else by name
// (`contributor_name`, a text match). NVA pages with `from` (0-based) and `size`, as its own
// `nextResults` addresses do. Each work comes as the CSL item the import by identifier reads.

export const NVA_PERSON_PAGE_SIZE = 20;
/** NVA's search stops paging deep into a result (OpenSearch's window); the listing stops earlier. */
export const NVA_PERSON_MAX_PAGE = 25;
/** A name search with more hits than this is too wide to read through. */
export const NVA_NAME_MAX_HITS = 200;

export type NvaPersonQuery = { cristinId: string } | { name: string };

export type NvaPersonWork = {
  /** The registration's identifier in NVA. */
  nvaId: string;
  title: string;
  year?: number;
  /** NVA's instance type ("AcademicArticle", "ReportResearch", …). */
  type: string;
  /** The other contributors' names, in NVA's order. */
  coAuthors: string[];
  /** The institutions NVA gives for the person on this work (its Norwegian names where it has them). */
  affiliations: string[];
  item: CslItem;
};

export type NvaPersonPage =
  | { ok: true; totalHits: number; page: number; pageCount: number; works: NvaPersonWork[] }
  | { ok: false; message: string };

export const NVA_PERSON_MESSAGES = {
  away: "NVA svarer ikke nå – prøv igjen senere.",
  malformed: "NVA ga et svar som ikke kunne leses.",
  none: "Fant ingen verk i NVA for denne personen.",
  badPage: "Ugyldig sidetall.",
  badQuery: "Personen mangler Cristin-id og navn å søke på.",
  tooMany: (total: number) =>
    `NVA har ${total} treff på navnet – for mange til å gå gjennom. Legg inn personens Cristin-id i skjemaet, så søkes det på den.`,
};

const CRISTIN_ID = /^\d{1,12}$/;

/** The search address for one page (1-based); null when the query or the page is not valid. */
export function nvaPersonAddress(base: string, query: NvaPersonQuery, page: number): string | null {
  if (!Number.isInteger(page) || page < 1 || page > NVA_PERSON_MAX_PAGE) return null;
  const params = new URLSearchParams();
  if ("cristinId" in query) {
    if (!CRISTIN_ID.test(query.cristinId)) return null;
    params.set("contributor", query.cristinId);
  } else {
    const name = query.name.trim().replace(/\s+/g, " ");
    if (name.length < 2 || name.length > 200) return null;
    params.set("contributor_name", name);
  }
  params.set("from", String((page - 1) * NVA_PERSON_PAGE_SIZE));
  params.set("size", String(NVA_PERSON_PAGE_SIZE));
  return `${base.replace(/\/+$/, "")}/search/resources?${params.toString()}`;
}

const normal = (name: string) => name.toLocaleLowerCase("nb").replace(/\s+/g, " ").trim();

/** Whether a contributor is the person asked about: by the Cristin id at the end of its identity id, else by name. */
function isThePerson(identity: Record<string, unknown>, query: NvaPersonQuery): boolean {
  if ("cristinId" in query) return single(identity.id)?.split("/").pop() === query.cristinId;
  return normal(single(identity.name) ?? "") === normal(query.name);
}

const identityOf = (contributor: Record<string, unknown>) =>
  isRecord(contributor.identity) ? contributor.identity : {};

/** The work's contributors in NVA's order: the person asked about, and the others. */
function contributors(hit: Record<string, unknown>, query: NvaPersonQuery) {
  const description = isRecord(hit.entityDescription) ? hit.entityDescription : {};
  const list = Array.isArray(description.contributors) ? description.contributors.filter(isRecord) : [];
  const sorted = list.sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0));
  return {
    person: sorted.filter((contributor) => isThePerson(identityOf(contributor), query)),
    others: sorted.filter((contributor) => !isThePerson(identityOf(contributor), query)),
  };
}

/** An organisation's name in NVA's labels: Norwegian bokmål, then nynorsk, then English, then any. */
function organisationName(organisation: unknown): string | undefined {
  if (!isRecord(organisation) || !isRecord(organisation.labels)) return undefined;
  const labels = organisation.labels;
  const name = [labels.nb, labels.nn, labels.en, ...Object.values(labels)].map(single).find(Boolean);
  return name?.trim() || undefined;
}

function affiliations(person: Record<string, unknown>[]): string[] {
  const names = person.flatMap((contributor) =>
    Array.isArray(contributor.affiliations) ? contributor.affiliations.map(organisationName) : [],
  );
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}

function work(hit: unknown, query: NvaPersonQuery): NvaPersonWork | null {
  const item = cslFromNvaHit(hit);
  if (!item || !isRecord(hit)) return null;
  const nvaId = single(hit.identifier) ?? single(hit.id)?.split("/").pop();
  if (!nvaId) return null;
  const description = isRecord(hit.entityDescription) ? hit.entityDescription : {};
  const reference = isRecord(description.reference) ? description.reference : {};
  const instance = reference.publicationInstance;
  const date = isRecord(description.publicationDate) ? description.publicationDate : {};
  const year = Number(single(date.year));
  const { person, others } = contributors(hit, query);
  return {
    nvaId,
    title: String(item.title ?? ""),
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    type: (isRecord(instance) ? single(instance.type) : undefined) ?? "",
    coAuthors: others
      .map((contributor) => single(identityOf(contributor).name))
      .filter((name): name is string => name !== undefined),
    affiliations: affiliations(person),
    item,
  };
}

/** One page of NVA's works for a person, or one Norwegian message. */
export async function nvaWorksForPerson(
  nvaApiUrl: string,
  http: HttpOptions,
  query: NvaPersonQuery,
  page: number,
): Promise<NvaPersonPage> {
  if (!Number.isInteger(page) || page < 1 || page > NVA_PERSON_MAX_PAGE)
    return { ok: false, message: NVA_PERSON_MESSAGES.badPage };
  const address = nvaPersonAddress(nvaApiUrl, query, page);
  if (!address) return { ok: false, message: NVA_PERSON_MESSAGES.badQuery };
  const fetched = await getJson(address, "nva", "application/json", http);
  if (!fetched.ok && fetched.reason === "unavailable") return { ok: false, message: NVA_PERSON_MESSAGES.away };
  if (!fetched.ok && fetched.reason === "not-found") return { ok: false, message: NVA_PERSON_MESSAGES.none };
  const read = fetched.ok ? nvaHits(fetched.body) : null;
  if (!read) return { ok: false, message: NVA_PERSON_MESSAGES.malformed };
  if (read.totalHits === 0) return { ok: false, message: NVA_PERSON_MESSAGES.none };
  if ("name" in query && read.totalHits > NVA_NAME_MAX_HITS)
    return { ok: false, message: NVA_PERSON_MESSAGES.tooMany(read.totalHits) };
  const works = read.hits.map((hit) => work(hit, query));
  if (works.some((w) => w === null)) return { ok: false, message: NVA_PERSON_MESSAGES.malformed };
  const pageCount = Math.min(NVA_PERSON_MAX_PAGE, Math.ceil(read.totalHits / NVA_PERSON_PAGE_SIZE));
  return { ok: true, totalHits: read.totalHits, page, pageCount, works: works as NvaPersonWork[] };
}
