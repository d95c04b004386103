import type { CslItem } from "@citation-js/core";
import { CSL_JSON, cslFromDoiAnswer, doiAddress } from "./doi";
import { getJson, type HttpOptions } from "./http";
import { parseIdentifier, type Identifier } from "./identifiers";
import { createLimiter } from "./limiter";
import { cslFromNvaHit, nvaHits, nvaSearchAddress } from "./nva";
import { nvaWorksForPerson, type NvaPersonQuery } from "./nva-person";
import { cslFromOpenLibrary, openLibraryAddress } from "./openlibrary";

// Each pasted line to one CSL item or one plain Norwegian message: DOIs at doi.org, ISBNs in NVA
// and then Open Library, NVA ids in NVA. Lines are looked up at the same time; the shared limiter
// spaces the requests to each service.

export type LookupConfig = {
  doiResolverUrl: string;
  nvaApiUrl: string;
  openLibraryUrl: string;
  /** Names the portal and a contact address, as the services ask. */
  userAgent: string;
  timeoutMs?: number;
  minIntervalMs?: number;
  maxRetryWaitMs?: number;
};

export type LineResult =
  { line: string; ok: true; item: CslItem; warnings: string[] } | { line: string; ok: false; message: string };

const AWAY = {
  doi: "doi.org svarer ikke nå – prøv igjen senere.",
  nva: "NVA svarer ikke nå – prøv igjen senere.",
  openLibrary: "Open Library svarer ikke nå – prøv igjen senere.",
};

type NvaAnswer =
  { kind: "found"; item: CslItem; warnings: string[] } | { kind: "none" } | { kind: "failed"; message: string };

export function createLookup(config: LookupConfig) {
  const http: HttpOptions = {
    userAgent: config.userAgent,
    timeoutMs: config.timeoutMs ?? 10_000,
    maxRetryWaitMs: config.maxRetryWaitMs ?? 5_000,
    limiter: createLimiter(config.minIntervalMs ?? 300),
  };

  async function byDoi(line: string, doi: string): Promise<LineResult> {
    const fetched = await getJson(doiAddress(config.doiResolverUrl, doi), "doi", CSL_JSON, http);
    if (!fetched.ok && fetched.reason === "not-found")
      return { line, ok: false, message: `Fant ingen publikasjon med DOI ${doi}.` };
    if (!fetched.ok && fetched.reason === "unavailable") return { line, ok: false, message: AWAY.doi };
    const item = fetched.ok ? cslFromDoiAnswer(fetched.body, doi) : null;
    if (!item) return { line, ok: false, message: `doi.org ga et svar for DOI ${doi} som ikke kunne leses.` };
    return { line, ok: true, item, warnings: [] };
  }

  /** NVA's first hit for a filter: the item, none, or a message. */
  async function fromNva(filter: "isbn" | "id", value: string): Promise<NvaAnswer> {
    const fetched = await getJson(nvaSearchAddress(config.nvaApiUrl, filter, value), "nva", "application/json", http);
    if (!fetched.ok && fetched.reason === "unavailable") return { kind: "failed", message: AWAY.nva };
    if (!fetched.ok && fetched.reason === "not-found") return { kind: "none" };
    const read = fetched.ok ? nvaHits(fetched.body) : null;
    if (!read) return { kind: "failed", message: "NVA ga et svar som ikke kunne leses." };
    if (read.hits.length === 0) return { kind: "none" };
    const item = cslFromNvaHit(read.hits[0]);
    if (!item) return { kind: "failed", message: "NVA ga et svar som ikke kunne leses." };
    const warnings =
      read.totalHits > 1
        ? [`NVA har ${read.totalHits} treff; det første er brukt. Se over at det er riktig verk.`]
        : [];
    return { kind: "found", item, warnings };
  }

  async function byIsbn(line: string, isbn: string): Promise<LineResult> {
    const nva = await fromNva("isbn", isbn);
    if (nva.kind === "found") return { line, ok: true, item: nva.item, warnings: nva.warnings };
    const fetched = await getJson(
      openLibraryAddress(config.openLibraryUrl, isbn),
      "openLibrary",
      "application/json",
      http,
    );
    if (!fetched.ok && fetched.reason === "unavailable")
      return { line, ok: false, message: nva.kind === "failed" ? nva.message : AWAY.openLibrary };
    const read = fetched.ok ? cslFromOpenLibrary(fetched.body, isbn) : { found: false as const };
    if (read === null)
      return { line, ok: false, message: `Open Library ga et svar for ISBN ${isbn} som ikke kunne leses.` };
    if (!read.found)
      return {
        line,
        ok: false,
        message: nva.kind === "failed" ? nva.message : `Fant ingen publikasjon med ISBN ${isbn}.`,
      };
    const warnings = read.otherEdition
      ? [`Open Library svarte med en annen utgave enn ISBN ${isbn}. Se over utgave, år og ISBN.`]
      : [];
    return { line, ok: true, item: read.item, warnings };
  }

  async function byNvaId(line: string, id: string): Promise<LineResult> {
    const nva = await fromNva("id", id);
    if (nva.kind === "found") return { line, ok: true, item: nva.item, warnings: [] };
    if (nva.kind === "failed") return { line, ok: false, message: nva.message };
    return { line, ok: false, message: `Fant ingen publikasjon i NVA med id ${id}.` };
  }

  function lookupIdentifier(line: string, identifier: Identifier): Promise<LineResult> {
    switch (identifier.kind) {
      case "doi":
        return byDoi(line, identifier.doi);
      case "isbn":
        return byIsbn(line, identifier.isbn);
      case "nva":
        return byNvaId(line, identifier.id);
      case "invalid":
        return Promise.resolve({ line, ok: false, message: identifier.message });
    }
  }

  return {
    /** Every line, in the order given. */
    lookupLines: (lines: string[]): Promise<LineResult[]> =>
      Promise.all(lines.map((line) => lookupIdentifier(line, parseIdentifier(line)))),
    /** One page (1-based) of NVA's works for a person, sharing the limiter with the lookups above. */
    worksForPerson: (query: NvaPersonQuery, page: number) => nvaWorksForPerson(config.nvaApiUrl, http, query, page),
  };
}
