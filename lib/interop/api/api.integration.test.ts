import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedData } from "@/prisma/seed/data";
import { createSeededDatabase } from "@/test/seeded-database";

// Every endpoint's answers, checked against the OpenAPI document with Ajv (JSON Schema 2020-12).

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let api: typeof import("./handlers");
let ajv: Ajv2020;
const DOC = "https://api.test/openapi.json";

beforeAll(async () => {
  database = await createSeededDatabase();
  api = await import("./handlers");
  const { openApiDocument } = await import("./openapi");
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...openApiDocument(), $id: DOC });
  await database.db.publication.create({
    data: { slug: "test-utkast", title: "Et utkast", type: "rapport", year: 2015, status: "draft" },
  });
  await database.db.person.update({ where: { slug: "marte-feiring" }, data: { deletedAt: new Date() } });
});
afterAll(async () => database?.drop());

type Handler = (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

async function call(handler: Handler, path: string, slug = "") {
  const response = await handler(new Request(`http://localhost:3000/api/v1${path}`), {
    params: Promise.resolve({ slug }),
  });
  const body = await response.json();
  return { response, body };
}

function expectValid(path: string, status: number, contentType: string, body: unknown) {
  const pointer = `#/paths/${encodeURIComponent(path.replaceAll("/", "~1"))}/get/responses/${status}/content/${contentType.replace("/", "~1")}/schema`;
  const validate = ajv.getSchema(`${DOC}${pointer}`);
  expect(validate, pointer).toBeDefined();
  const valid = validate!(body);
  expect(validate!.errors ?? [], path).toEqual([]);
  expect(valid).toBe(true);
}

const LISTS = [
  ["/publications", "listPublications"],
  ["/projects", "listProjects"],
  ["/persons", "listPersons"],
  ["/organisations", "listOrganisations"],
  ["/events", "listEvents"],
  ["/topics", "listTopics"],
] as const;

const DETAILS = [
  ["/publications/{slug}", "getPublication", seedData.publications],
  ["/projects/{slug}", "getProject", seedData.projects],
  ["/persons/{slug}", "getPerson", seedData.persons.filter((p) => p.slug !== "marte-feiring")],
  ["/organisations/{slug}", "getOrganisation", seedData.organisations],
  ["/events/{slug}", "getEvent", seedData.events],
  ["/topics/{slug}", "getTopic", seedData.topics],
] as const;

describe("API responses match the OpenAPI document", () => {
  it.each(LISTS)("%s", async (path, handler) => {
    const { response, body } = await call(api[handler] as Handler, path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expectValid(path, 200, "application/json", body);
    expect(body.data.length).toBeGreaterThan(0);
  });

  it.each(DETAILS)("%s for every seed entry", async (path, handler, entries) => {
    for (const entry of entries) {
      const { response, body } = await call(api[handler] as Handler, path.replace("{slug}", entry.slug), entry.slug);
      expect(response.status, entry.slug).toBe(200);
      expectValid(path, 200, "application/json", body);
    }
  });
});

describe("the OpenAPI check", () => {
  it("rejects a response that differs from the document", async () => {
    const { body } = await call(api.getProject as Handler, "/projects/x", "endringsarbeid-i-selvhjelpsgrupper");
    const validate = ajv.getSchema(
      `${DOC}#/paths/${encodeURIComponent("~1projects~1{slug}")}/get/responses/200/content/application~1json/schema`,
    )!;
    expect(validate({ data: { ...body.data, unexpected: 1 } })).toBe(false);
    expect(validate({ data: { ...body.data, startYear: "2009" } })).toBe(false);
    expect(validate({ data: { ...body.data, members: [{ person: {} }] } })).toBe(false);
  });
});

describe("publications", () => {
  it("are the overview's works, filters and order, without drafts", async () => {
    const overview = await import("@/lib/publications/overview");
    const { body } = await call(api.listPublications as Handler, "/publications");
    const { items, total } = await overview.searchPublications({ page: 1 });
    expect(body.data.map((p: { slug: string }) => p.slug)).toEqual(items.map((i) => i.slug));
    expect(body.pagination).toMatchObject({ page: 1, total, totalIsEstimate: false, next: null, previous: null });
    expect(body.data.map((p: { slug: string }) => p.slug)).not.toContain("test-utkast");
    const { body: theses } = await call(
      api.listPublications as Handler,
      "/publications?type=doktorgradsavhandling&fra=2000",
    );
    expect(theses.data.map((p: { type: string }) => p.type)).toEqual(["doktorgradsavhandling"]);
  });

  it("name an author whose page is gone, without a link", async () => {
    const { body } = await call(
      api.getPublication as Handler,
      "/publications/samarbeid-om-selvhjelp",
      "samarbeid-om-selvhjelp",
    );
    expect(body.data.editors[1]).toEqual({
      slug: "marte-feiring",
      name: "Marte Feiring",
      givenName: "Marte",
      familyName: "Feiring",
      url: null,
    });
    expect(body.data.citation.apa).toBe(
      "Brottveit, Å. og Feiring, M. (Red.). (2019). Samarbeid om selvhjelp. Cappelen Damm Akademisk / NOASP. https://doi.org/10.23865/noasp.68",
    );
  });
});

describe("errors are problem details with 4xx", () => {
  it.each([
    ["/publications?type=tull", "/publications"],
    ["/publications?fra=tjue", "/publications"],
    ["/publications?side=0", "/publications"],
    ["/projects?side=abc", "/projects"],
  ])("%s is a 400", async (url, path) => {
    const handler = path === "/publications" ? api.listPublications : api.listProjects;
    const { response, body } = await call(handler as Handler, url);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expectValid(path, 400, "application/problem+json", body);
    expect(body.title).toBe("Ugyldig forespørsel");
  });

  it("an unknown, draft or deleted entry is a 404", async () => {
    for (const [handler, slug] of [
      [api.getPublication, "test-utkast"],
      [api.getPerson, "marte-feiring"],
      [api.getTopic, "finnes-ikke"],
    ] as const) {
      const { response, body } = await call(handler as Handler, `/x/${slug}`, slug);
      expect(response.status).toBe(404);
      expectValid("/topics/{slug}", 404, "application/problem+json", body);
      expect(body.detail).toContain("finnes ikke");
    }
  });
});
