import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedData } from "@/prisma/seed/data";
import { checkOaiResponse, type OaiHeader, type OaiRecord } from "@/test/oai-rules";
import { createSeededDatabase } from "@/test/seeded-database";

// Every verb and every error of OAI-PMH 2.0, each response checked against the protocol's rules.

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let oai: typeof import("./protocol");
let route: typeof import("@/app/oai/route");
const BASE = "http://localhost:3000/oai";
let trashedId: string;
let draftId: string;
let oldId: string;
let neverPublicId: string;

beforeAll(async () => {
  database = await createSeededDatabase();
  oai = await import("./protocol");
  route = await import("@/app/oai/route");
  const { db } = database;
  trashedId = (await db.publication.update({ where: { slug: "fortrolige-fremmede" }, data: { deletedAt: new Date() } }))
    .id;
  draftId = (await db.publication.update({ where: { slug: "hjelper-selvhjelp" }, data: { status: "draft" } })).id;
  oldId = (
    await db.publication.update({
      where: { slug: "takk-for-tilliten" },
      data: { updatedAt: new Date("2021-03-04T05:06:07Z") },
    })
  ).id;
  // A new draft (typed in or imported) that was never public: harvesters never hear of it.
  neverPublicId = (
    await db.publication.create({
      data: { slug: "aldri-publisert", title: "Et utkast som aldri ble publisert", type: "rapport" },
    })
  ).id;
});
afterAll(async () => database?.drop());

async function ask(args: Record<string, string>, pageSize?: number) {
  const xml = await oai.handleOai(Object.entries(args), { pageSize });
  return checkOaiResponse(xml, args, BASE);
}

const id = (rowId: string) => `oai:localhost:${rowId}`;
const ALL = seedData.publications.length;

describe("verbs", () => {
  it("Identify describes the repository", async () => {
    const { element } = await ask({ verb: "Identify" });
    expect(element).toMatchObject({
      repositoryName: "Selvhjelp Forskning",
      baseURL: BASE,
      protocolVersion: "2.0",
      adminEmail: ["post@selvhjelp.no"],
      earliestDatestamp: "2021-03-04T05:06:07Z",
      deletedRecord: "transient",
      granularity: "YYYY-MM-DDThh:mm:ssZ",
    });
  });

  it("ListMetadataFormats offers oai_dc, for the repository and for one item", async () => {
    const format = {
      metadataPrefix: "oai_dc",
      schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
      metadataNamespace: "http://www.openarchives.org/OAI/2.0/oai_dc/",
    };
    expect((await ask({ verb: "ListMetadataFormats" })).element).toEqual({ metadataFormat: [format] });
    expect((await ask({ verb: "ListMetadataFormats", identifier: id(oldId) })).element).toEqual({
      metadataFormat: [format],
    });
  });

  it("ListSets lists types and topics", async () => {
    const { element } = await ask({ verb: "ListSets" });
    const specs = (element!.set as { setSpec: string[] }[]).map((s) => s.setSpec[0]);
    expect(specs).toEqual(
      expect.arrayContaining(["type", "type:rapport", "type:doktorgradsavhandling", "tema", "tema:e-helse"]),
    );
  });

  it("GetRecord gives Dublin Core, and a deleted header for a work in the trash or back in draft", async () => {
    const { element } = await ask({ verb: "GetRecord", identifier: id(oldId), metadataPrefix: "oai_dc" });
    const [record] = element!.record as OaiRecord[];
    expect(record!.header[0]).toMatchObject({
      identifier: id(oldId),
      datestamp: "2021-03-04T05:06:07Z",
      setSpec: ["type:doktorgradsavhandling", "tema:grupper-pa-tvers", "tema:personlig-endring"],
    });
    const dc = record!.metadata!["oai_dc:dc"];
    expect(dc["dc:title"]).toEqual([
      "«Takk for tilliten»: Gjensidighet, transformasjon og rituell grammatikk i selvorganiserte selvhjelpsgrupper",
    ]);
    expect(dc["dc:creator"]).toEqual(["Gotaas, Nora"]);
    expect(dc["dc:identifier"]).toContain("http://localhost:3000/publikasjoner/takk-for-tilliten");
    for (const deleted of [trashedId, draftId]) {
      const answer = await ask({ verb: "GetRecord", identifier: id(deleted), metadataPrefix: "oai_dc" });
      expect((answer.element!.record as OaiRecord[])[0]!.header[0]!["@status"]).toBe("deleted");
    }
  });

  it.each(["ListIdentifiers", "ListRecords"])("%s walks the whole collection with resumption tokens", async (verb) => {
    const seen: OaiHeader[] = [];
    let args: Record<string, string> = { verb, metadataPrefix: "oai_dc" };
    for (let pages = 0; pages < 20; pages++) {
      const { element } = await ask(args, 4);
      const headers =
        verb === "ListIdentifiers"
          ? (element!.header as OaiHeader[])
          : (element!.record as OaiRecord[]).map((r) => r.header[0]!);
      const token = element!.resumptionToken as { "#text"?: string; "@completeListSize": string; "@cursor": string };
      expect(token["@completeListSize"]).toBe(String(ALL));
      expect(token["@cursor"]).toBe(String(seen.length));
      seen.push(...headers);
      if (!token["#text"]) break;
      args = { verb, resumptionToken: token["#text"] };
    }
    expect(seen).toHaveLength(ALL);
    expect(new Set(seen.map((h) => h.identifier)).size).toBe(ALL);
    expect(
      seen
        .filter((h) => h["@status"] === "deleted")
        .map((h) => h.identifier)
        .sort(),
    ).toEqual([id(trashedId), id(draftId)].sort());
    expect(seen[0]!.identifier).toBe(id(oldId));
    expect(seen.map((h) => h.identifier)).not.toContain(id(neverPublicId));
  });

  it("does not know a draft that was never public", async () => {
    const answer = await ask({ verb: "GetRecord", identifier: id(neverPublicId), metadataPrefix: "oai_dc" });
    expect(answer.errors?.map((e) => e.code)).toEqual(["idDoesNotExist"]);
  });

  it("selects by set and by date", async () => {
    const theses = await ask({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", set: "type:doktorgradsavhandling" });
    expect(theses.element!.header).toHaveLength(2);
    const old = await ask({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", until: "2021-03-04" });
    expect((old.element!.header as OaiHeader[]).map((h) => h.identifier)).toEqual([id(oldId)]);
    const exact = await ask({
      verb: "ListIdentifiers",
      metadataPrefix: "oai_dc",
      from: "2021-03-04T05:06:07Z",
      until: "2021-03-04T05:06:07Z",
    });
    expect(exact.element!.header).toHaveLength(1);
    const recent = await ask({ verb: "ListRecords", metadataPrefix: "oai_dc", from: "2022-01-01" });
    expect(recent.element!.record).toHaveLength(ALL - 1);
  });
});

describe("errors", () => {
  it.each([
    [{ verb: "Tull" }, "badVerb"],
    [{ verb: "Identify", set: "x" }, "badArgument"],
    [{ verb: "ListRecords" }, "badArgument"],
    [{ verb: "ListRecords", metadataPrefix: "oai_dc", from: "2026-13-01" }, "badArgument"],
    [{ verb: "ListRecords", metadataPrefix: "oai_dc", from: "2026-01-01", until: "2025-01-01" }, "badArgument"],
    [
      { verb: "ListRecords", metadataPrefix: "oai_dc", from: "2026-01-01", until: "2026-02-01T00:00:00Z" },
      "badArgument",
    ],
    [{ verb: "ListRecords", metadataPrefix: "marc21" }, "cannotDisseminateFormat"],
    [{ verb: "GetRecord", identifier: "oai:localhost:x", metadataPrefix: "mods" }, "cannotDisseminateFormat"],
    [{ verb: "GetRecord", identifier: "oai:localhost:finnes-ikke", metadataPrefix: "oai_dc" }, "idDoesNotExist"],
    [{ verb: "GetRecord", identifier: "oai:annet.no:x", metadataPrefix: "oai_dc" }, "idDoesNotExist"],
    [{ verb: "ListMetadataFormats", identifier: "oai:localhost:finnes-ikke" }, "idDoesNotExist"],
    [{ verb: "ListIdentifiers", metadataPrefix: "oai_dc", set: "type:ukjent" }, "noRecordsMatch"],
    [{ verb: "ListIdentifiers", metadataPrefix: "oai_dc", set: "farge:rød" }, "noRecordsMatch"],
    [{ verb: "ListRecords", metadataPrefix: "oai_dc", from: "2099-01-01" }, "noRecordsMatch"],
    [{ verb: "ListRecords", resumptionToken: "tull" }, "badResumptionToken"],
    [{ verb: "ListSets", resumptionToken: "tull" }, "badResumptionToken"],
  ])("%j gives %s", async (args, code) => {
    const { errors } = await ask(args as Record<string, string>);
    expect(errors?.map((e) => e.code)).toContain(code);
  });

  it("a token from ListIdentifiers is not taken by ListRecords", async () => {
    const { element } = await ask({ verb: "ListIdentifiers", metadataPrefix: "oai_dc" }, 2);
    const token = (element!.resumptionToken as { "#text": string })["#text"];
    const { errors } = await ask({ verb: "ListRecords", resumptionToken: token });
    expect(errors?.map((e) => e.code)).toEqual(["badResumptionToken"]);
  });
});

describe("the /oai route", () => {
  it("answers GET and form-encoded POST with XML", async () => {
    const get = await route.GET(new Request(`${BASE}?verb=Identify`));
    expect(get.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    checkOaiResponse(await get.text(), { verb: "Identify" }, BASE);
    const post = await route.POST(
      new Request(BASE, {
        method: "POST",
        body: "verb=ListSets",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    checkOaiResponse(await post.text(), { verb: "ListSets" }, BASE);
  });
});
