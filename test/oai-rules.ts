import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

// The rules of OAI-PMH 2.0 that every response must keep, checked on the XML as a harvester
// reads it (with fast-xml-parser, independent of the XML builder the app uses).

const OAI_NS = "http://www.openarchives.org/OAI/2.0/";
const ERROR_CODES = [
  "badArgument",
  "badResumptionToken",
  "badVerb",
  "cannotDisseminateFormat",
  "idDoesNotExist",
  "noRecordsMatch",
  "noMetadataFormats",
  "noSetHierarchy",
];
const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const ALWAYS_ARRAYS = new Set(["error", "record", "header", "set", "setSpec", "metadataFormat", "adminEmail"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  isArray: (name) => ALWAYS_ARRAYS.has(name) || name.startsWith("dc:"),
});

type Node = Record<string, unknown>;
export type OaiHeader = { identifier: string; datestamp: string; setSpec?: string[]; "@status"?: string };
export type OaiRecord = { header: OaiHeader[]; metadata?: { "oai_dc:dc": Node } };

const text = (value: unknown) =>
  typeof value === "object" && value !== null ? String((value as Node)["#text"] ?? "") : String(value ?? "");

function checkHeader(header: OaiHeader) {
  expect(header.identifier).toMatch(/^oai:[a-z0-9.-]+:[a-z0-9]+$/);
  expect(header.datestamp).toMatch(UTC_SECOND);
  if (header["@status"] !== undefined) expect(header["@status"]).toBe("deleted");
  for (const spec of header.setSpec ?? []) expect(spec).toMatch(/^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/);
}

function checkRecord(record: OaiRecord) {
  expect(record.header).toHaveLength(1);
  const header = record.header[0]!;
  checkHeader(header);
  if (header["@status"] === "deleted") return expect(record.metadata).toBeUndefined();
  const dc = record.metadata?.["oai_dc:dc"] as Node;
  expect(dc["@xmlns:oai_dc"]).toBe("http://www.openarchives.org/OAI/2.0/oai_dc/");
  expect(dc["@xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
  expect(
    Object.keys(dc)
      .filter((k) => !k.startsWith("@"))
      .every((k) => k.startsWith("dc:")),
  ).toBe(true);
  expect(dc["dc:title"]).toHaveLength(1);
  expect(dc["dc:identifier"]).toBeDefined();
}

function checkResumptionToken(list: Node) {
  const token = list.resumptionToken as Node | undefined;
  if (token === undefined) return;
  expect(String(token["@completeListSize"])).toMatch(/^\d+$/);
  expect(String(token["@cursor"])).toMatch(/^\d+$/);
}

/** Parses and checks a response; returns the verb's element (or the errors) for further checks. */
export function checkOaiResponse(xml: string, sent: Record<string, string>, baseUrl: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const root = parser.parse(xml)["OAI-PMH"] as Node;
  expect(root["@xmlns"]).toBe(OAI_NS);
  expect(text(root.responseDate)).toMatch(UTC_SECOND);
  const request = root.request as Node | string;
  expect(text(request)).toBe(baseUrl);
  const errors = (root.error as Node[] | undefined)?.map((e) => ({ code: String(e["@code"]), message: text(e) }));
  const echoed =
    typeof request === "object"
      ? Object.fromEntries(
          Object.entries(request)
            .filter(([k]) => k.startsWith("@"))
            .map(([k, v]) => [k.slice(1), v]),
        )
      : {};
  if (errors) {
    for (const error of errors) expect(ERROR_CODES).toContain(error.code);
    if (errors.some((e) => e.code === "badVerb" || e.code === "badArgument")) expect(echoed).toEqual({});
    else expect(echoed).toEqual(sent);
    expect(Object.keys(root).filter((k) => !k.startsWith("@"))).toEqual(["responseDate", "request", "error"]);
    return { errors, element: undefined };
  }
  expect(echoed).toEqual(sent);
  const verb = sent.verb!;
  expect(Object.keys(root).filter((k) => !k.startsWith("@"))).toEqual(["responseDate", "request", verb]);
  const element = root[verb] as Node;
  if (verb === "ListIdentifiers") ((element.header as OaiHeader[]) ?? []).forEach(checkHeader);
  if (verb === "ListRecords") ((element.record as OaiRecord[]) ?? []).forEach(checkRecord);
  if (verb === "GetRecord") (element.record as OaiRecord[]).forEach(checkRecord);
  if (verb === "ListIdentifiers" || verb === "ListRecords") checkResumptionToken(element);
  return { errors: undefined, element };
}
