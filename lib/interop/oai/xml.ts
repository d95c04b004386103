import "server-only";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { datestamp, type OaiError } from "./args";
import type { DcElement } from "./dc";
import type { HeaderRow } from "./queries";
import { xmlSafe, xmlSafeValues } from "../xml-safe";

// The XML of OAI-PMH 2.0 responses, written with xmlbuilder2 (which escapes every value but lets
// through characters XML does not allow). Every value from the database or the request goes
// through xmlSafe (../xml-safe.ts) on its way in, here and in protocol.ts.

export const OAI_NS = "http://www.openarchives.org/OAI/2.0/";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
export const OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";
export const OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
const DC_NS = "http://purl.org/dc/elements/1.1/";

export type Body = (root: XMLBuilder) => void;

/**
 * The response envelope. `request` holds the verb and arguments to echo, or null after
 * badVerb or badArgument, when the protocol wants the request element without attributes.
 */
export function oaiDocument(now: Date, baseUrl: string, request: Record<string, string> | null, body: Body): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc
    .ele(OAI_NS, "OAI-PMH")
    .att(XMLNS_NS, "xmlns:xsi", XSI_NS)
    .att(XSI_NS, "xsi:schemaLocation", `${OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`);
  root.ele("responseDate").txt(datestamp(now));
  // The echoed arguments are the harvester's own text, which may hold anything.
  root.ele("request", xmlSafeValues(request ?? {})).txt(xmlSafe(baseUrl));
  body(root);
  return doc.end({ prettyPrint: true });
}

export const errorsBody =
  (errors: OaiError[]): Body =>
  (root) => {
    for (const error of errors) root.ele("error", { code: error.code }).txt(xmlSafe(error.message));
  };

export function header(parent: XMLBuilder, row: HeaderRow, identifier: string): void {
  const element = parent.ele("header", row.deleted ? { status: "deleted" } : {});
  element.ele("identifier").txt(xmlSafe(identifier));
  element.ele("datestamp").txt(datestamp(row.updatedAt));
  element.ele("setSpec").txt(xmlSafe(`type:${row.type}`));
  for (const topic of row.topics) element.ele("setSpec").txt(xmlSafe(`tema:${topic}`));
}

export function dublinCoreMetadata(parent: XMLBuilder, elements: DcElement[]): void {
  const dc = parent
    .ele("metadata")
    .ele(OAI_DC_NS, "oai_dc:dc")
    .att(XMLNS_NS, "xmlns:dc", DC_NS)
    .att(XSI_NS, "xsi:schemaLocation", `${OAI_DC_NS} ${OAI_DC_SCHEMA}`);
  for (const [name, value] of elements) dc.ele(DC_NS, `dc:${name}`).txt(xmlSafe(value));
}

export function resumptionToken(
  parent: XMLBuilder,
  token: string | null,
  completeListSize: number,
  cursor: number,
): void {
  parent
    .ele("resumptionToken", { completeListSize: String(completeListSize), cursor: String(cursor) })
    .txt(xmlSafe(token ?? ""));
}
