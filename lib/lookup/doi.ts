import type { CslItem } from "@citation-js/core";
import { isRecord, plainAbstract, single } from "./csl";

// doi.org's content negotiation answers CSL-JSON for Crossref, DataCite and mEDRA DOIs alike
// (the request @citation-js/plugin-doi makes). Its fields are CSL already; only the ones the
// import reads as one string are made so (Crossref gives ISSN and ISBN as lists, the abstract
// in JATS).

export const CSL_JSON = "application/vnd.citationstyles.csl+json";

/** The address to ask: the DOI's path segments kept, the rest of it percent-encoded. */
export function doiAddress(base: string, doi: string): string {
  return `${base.replace(/\/+$/, "")}/${doi.split("/").map(encodeURIComponent).join("/")}`;
}

/** The answer as a CSL item, or null when it is not one (no title or no type). */
export function cslFromDoiAnswer(body: unknown, doi: string): CslItem | null {
  // Some registration agencies answer a list of one.
  const record = Array.isArray(body) && body.length === 1 ? body[0] : body;
  if (!isRecord(record) || typeof record.type !== "string" || !single(record.title)) return null;
  return {
    ...record,
    id: doi,
    type: record.type,
    title: single(record.title),
    "container-title": single(record["container-title"]),
    ISSN: single(record.ISSN),
    ISBN: single(record.ISBN),
    DOI: single(record.DOI) ?? doi,
    abstract: plainAbstract(record.abstract),
  };
}
