import "server-only";
import { PUBLICATION_TYPES, PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { env } from "@/lib/env";
import { publicationRecordsByIds } from "@/lib/publications/records";
import { absoluteUrl } from "../site-url";
import { xmlSafe } from "../xml-safe";
import { datestamp, fail, OaiFailure, readDateRange, readRequest, type OaiRequest } from "./args";
import { dublinCore } from "./dc";
import { earliestDatestamp, headerById, headerPage, publicTopics, type HeaderRow } from "./queries";
import { decodeToken, encodeToken, type ResumptionState } from "./token";
import {
  dublinCoreMetadata,
  errorsBody,
  header,
  OAI_DC_NS,
  OAI_DC_SCHEMA,
  oaiDocument,
  resumptionToken,
  type Body,
} from "./xml";

// OAI-PMH 2.0 for the publications, with oai_dc, sets by type and topic, and deleted
// records reported as such (deletedRecord "transient"). https://www.openarchives.org/OAI/openarchivesprotocol.html

export const BASE_URL_PATH = "/oai";
const METADATA_PREFIX = "oai_dc";
const PAGE_SIZE = 50;

const identifierPrefix = () => `oai:${new URL(env.SITE_URL).hostname}:`;
const identifierOf = (id: string) => `${identifierPrefix()}${id}`;

function idFrom(identifier: string): string {
  const prefix = identifierPrefix();
  if (!identifier.startsWith(prefix) || identifier.length === prefix.length)
    throw fail("idDoesNotExist", `Identifikatoren «${identifier}» finnes ikke her.`);
  return identifier.slice(prefix.length);
}

function requirePrefix(prefix: string): void {
  if (prefix !== METADATA_PREFIX)
    throw fail("cannotDisseminateFormat", `Formatet «${prefix}» tilbys ikke; bruk oai_dc.`);
}

async function existingHeader(identifier: string): Promise<HeaderRow> {
  const row = await headerById(idFrom(identifier));
  if (!row) throw fail("idDoesNotExist", `Identifikatoren «${identifier}» finnes ikke her.`);
  return row;
}

async function identify(): Promise<Body> {
  const earliest = await earliestDatestamp();
  return (root) => {
    const el = root.ele("Identify");
    el.ele("repositoryName").txt("Selvhjelp Forskning");
    el.ele("baseURL").txt(xmlSafe(absoluteUrl(BASE_URL_PATH)));
    el.ele("protocolVersion").txt("2.0");
    el.ele("adminEmail").txt(xmlSafe(env.OAI_ADMIN_EMAIL));
    el.ele("earliestDatestamp").txt(datestamp(earliest));
    el.ele("deletedRecord").txt("transient");
    el.ele("granularity").txt("YYYY-MM-DDThh:mm:ssZ");
  };
}

async function listMetadataFormats(args: Record<string, string>): Promise<Body> {
  if (args.identifier !== undefined) await existingHeader(args.identifier);
  return (root) => {
    const format = root.ele("ListMetadataFormats").ele("metadataFormat");
    format.ele("metadataPrefix").txt(METADATA_PREFIX);
    format.ele("schema").txt(OAI_DC_SCHEMA);
    format.ele("metadataNamespace").txt(OAI_DC_NS);
  };
}

async function listSets(args: Record<string, string>): Promise<Body> {
  if (args.resumptionToken !== undefined) throw fail("badResumptionToken", "ListSets gir ingen resumptionToken.");
  const topics = await publicTopics();
  const sets: [string, string][] = [
    ["type", "Publikasjonstype"],
    ...PUBLICATION_TYPES.map((type): [string, string] => [`type:${type}`, PUBLICATION_TYPE_LABELS[type]]),
    ["tema", "Emne"],
    ...topics.map((topic): [string, string] => [`tema:${topic.slug}`, topic.name]),
  ];
  return (root) => {
    const list = root.ele("ListSets");
    for (const [spec, name] of sets)
      list.ele("set").ele("setSpec").txt(xmlSafe(spec)).up().ele("setName").txt(xmlSafe(name));
  };
}

async function getRecord(args: Record<string, string>): Promise<Body> {
  requirePrefix(args.metadataPrefix ?? "");
  const row = await existingHeader(args.identifier ?? "");
  const [record] = row.deleted ? [] : await publicationRecordsByIds([row.id]);
  return (root) => {
    const el = root.ele("GetRecord").ele("record");
    header(el, { ...row, deleted: !record }, identifierOf(row.id));
    if (record) dublinCoreMetadata(el, dublinCore(record));
  };
}

function listState(request: OaiRequest): ResumptionState | Omit<ResumptionState, "afterUpdatedAt" | "afterId"> {
  const { verb, args } = request;
  if (args.resumptionToken !== undefined) return decodeToken(args.resumptionToken, verb);
  requirePrefix(args.metadataPrefix ?? "");
  const { from, untilBefore } = readDateRange(args);
  return {
    verb: verb as ResumptionState["verb"],
    metadataPrefix: METADATA_PREFIX,
    from: from?.toISOString(),
    untilBefore: untilBefore?.toISOString(),
    set: args.set,
    cursor: 0,
  };
}

async function list(request: OaiRequest, pageSize: number): Promise<Body> {
  const state = listState(request);
  const after = "afterId" in state ? { updatedAt: new Date(state.afterUpdatedAt), id: state.afterId } : undefined;
  const date = (iso?: string) => (iso ? new Date(iso) : undefined);
  const page = await headerPage({
    from: date(state.from),
    untilBefore: date(state.untilBefore),
    set: state.set,
    after,
    take: pageSize + 1,
  });
  if (!page || page.rows.length === 0) throw fail("noRecordsMatch", "Ingen poster passer med disse argumentene.");
  const rows = page.rows.slice(0, pageSize);
  const last = rows.at(-1)!;
  const next =
    page.rows.length > pageSize
      ? encodeToken({
          ...state,
          afterUpdatedAt: last.updatedAt.toISOString(),
          afterId: last.id,
          cursor: state.cursor + rows.length,
        })
      : null;
  const withRecords = state.verb === "ListRecords";
  const records = withRecords
    ? new Map((await publicationRecordsByIds(rows.filter((r) => !r.deleted).map((r) => r.id))).map((r) => [r.id, r]))
    : new Map();
  return (root) => {
    const el = root.ele(state.verb);
    for (const row of rows) {
      const record = records.get(row.id);
      if (!withRecords) header(el, row, identifierOf(row.id));
      else {
        const item = el.ele("record");
        header(item, { ...row, deleted: !record }, identifierOf(row.id));
        if (record) dublinCoreMetadata(item, dublinCore(record));
      }
    }
    if (next || state.cursor > 0) resumptionToken(el, next, page.total, state.cursor);
  };
}

async function respond(request: OaiRequest, pageSize: number): Promise<Body> {
  const { verb, args } = request;
  if (verb === "Identify") return identify();
  if (verb === "ListMetadataFormats") return listMetadataFormats(args);
  if (verb === "ListSets") return listSets(args);
  if (verb === "GetRecord") return getRecord(args);
  return list(request, pageSize);
}

/** The XML answer to one OAI-PMH request, given as its (name, value) pairs from GET or POST. */
export async function handleOai(
  pairs: [string, string][],
  options: { pageSize?: number; now?: Date } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const baseUrl = absoluteUrl(BASE_URL_PATH);
  let request: OaiRequest | null = null;
  try {
    request = readRequest(pairs);
    const body = await respond(request, options.pageSize ?? PAGE_SIZE);
    return oaiDocument(now, baseUrl, { verb: request.verb, ...request.args }, body);
  } catch (error) {
    if (!(error instanceof OaiFailure)) throw error;
    // After badVerb or badArgument the request is echoed without its arguments.
    const echo =
      request && !error.errors.some((e) => e.code === "badVerb" || e.code === "badArgument")
        ? { verb: request.verb, ...request.args }
        : null;
    return oaiDocument(now, baseUrl, echo, errorsBody(error.errors));
  }
}
