import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

// Addresses and form posts that no page or form makes, as scanners and attackers send them.
// Each must be answered as not found or refused (4xx), never with a server error: a slug that
// PostgreSQL refuses (NUL), a path that is not UTF-8 (%ff, %c0%af), and action bodies that
// Next.js cannot decode are stopped before they reach a query or the action.

const HOSTILE_SLUGS = [
  "%00",
  "%ff",
  "..%2f",
  "%c0%af",
  "%e2%82",
  "a".repeat(5000),
  "%F0%9F%98%80",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "Store-Bokstaver",
];

const PAGES = ["/publikasjoner/", "/prosjekter/", "/personer/", "/organisasjoner/", "/arrangementer/"];
const EXPORTS = [
  "/publikasjoner/{}/referanse.bib",
  "/publikasjoner/{}/referanse.ris",
  "/publikasjoner/{}/referanse.json",
  "/arrangementer/{}/kalender.ics",
];
const API = ["publications", "projects", "persons", "organisations", "events", "topics"].map(
  (name) => `/api/v1/${name}/`,
);

for (const slug of HOSTILE_SLUGS) {
  test(`the slug ${slug.slice(0, 30)} is not found on every page, export and API address`, async ({ request }) => {
    const paths = [
      ...PAGES.map((p) => p + slug),
      ...EXPORTS.map((p) => p.replace("{}", slug)),
      ...API.map((p) => p + slug),
    ];
    expect(paths).toHaveLength(15);
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path.slice(0, 80)).toBe(404);
      if (path.startsWith("/api/")) {
        expect(response.headers()["content-type"], path.slice(0, 80)).toContain("application/problem+json");
        expect(await response.json()).toMatchObject({ status: 404, title: "Fant ikke" });
      }
    }
  });
}

test("a filter value that names one of Object's own properties is a value like any other", async ({ request }) => {
  for (const value of ["__proto__", "constructor", "toString"]) {
    for (const path of [
      "/publikasjoner",
      "/kunnskapskart",
      "/publikasjoner/treff.bib",
      "/kunnskapskart/kunnskapskart.csv",
    ])
      expect((await request.get(`${path}?type=${value}`)).status(), `${path}?type=${value}`).toBe(200);
    expect((await request.get(`/api/v1/publications?type=${value}`)).status(), value).toBe(400);
  }
});

test("paging and OAI-PMH arguments that are no numbers or ids are refused in the protocol's own way", async ({
  request,
  baseURL,
}) => {
  for (const side of ["abc", "%00", "-1", "1e400", "99999999999"]) {
    const response = await request.get(`/api/v1/projects?side=${side}`);
    expect(response.status(), side).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
  for (const side of ["abc", "%00", "%ff", "-1", "1e400"])
    expect((await request.get(`/publikasjoner?side=${side}`)).status(), side).toBe(200);

  const prefix = `oai:${new URL(baseURL!).hostname}:`;
  const token = Buffer.from(
    JSON.stringify({
      verb: "ListRecords",
      metadataPrefix: "oai_dc",
      afterUpdatedAt: "2020-01-01T00:00:00.000Z",
      afterId: "\u0000",
      cursor: 0,
    }),
  ).toString("base64url");
  const cases: [string, string][] = [
    [`verb=GetRecord&metadataPrefix=oai_dc&identifier=${prefix}%00`, "idDoesNotExist"],
    [`verb=GetRecord&metadataPrefix=oai_dc&identifier=${prefix}${"x".repeat(5000)}`, "idDoesNotExist"],
    [`verb=ListMetadataFormats&identifier=${prefix}..%2f`, "idDoesNotExist"],
    ["verb=ListIdentifiers&metadataPrefix=oai_dc&set=tema:%00", "noRecordsMatch"],
    [`verb=ListRecords&resumptionToken=${token}`, "badResumptionToken"],
  ];
  for (const [query, code] of cases) {
    const response = await request.get(`/oai?${query}`);
    expect(response.status(), query.slice(0, 60)).toBe(200);
    expect(await response.text(), query.slice(0, 60)).toContain(`code="${code}"`);
  }
});

test("the editors' area answers hostile ids with not found and hostile filters with the page", async ({
  adminPage,
}) => {
  const request = adminPage.request;
  for (const path of [
    "/redaksjon/publikasjoner/%00",
    "/redaksjon/publikasjoner/%ff",
    `/redaksjon/publikasjoner/${"a".repeat(5000)}`,
    "/redaksjon/personer/..%2f/historikk",
    "/redaksjon/personer/%00/nva",
    `/redaksjon/personer/${"a".repeat(5000)}/nva`,
    "/redaksjon/personer/c0000000000000000000000000/nva?side=99999",
    "/redaksjon/publikasjoner/c0000000000000000000000000/nva",
    "/redaksjon/%c0%af",
    "/redaksjon/forhandsvisning?type=publication&id=%00",
    "/redaksjon/forhandsvisning?type=__proto__&id=x",
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path.slice(0, 60)).toBe(404);
  }
  for (const path of [
    "/redaksjon/publikasjoner?q=%00&side=abc&aar=x&status=%00",
    "/redaksjon/publikasjoner?q=a&q=b&side=1&side=2",
    "/redaksjon/papirkurv?utfort=__proto__",
    "/redaksjon/papirkurv?utfort=constructor",
    "/redaksjon/logg?side=%00",
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

/** The login form's action id and key, as the page's no-JavaScript form carries them. */
async function loginAction(request: APIRequestContext): Promise<{ id: string; key: string }> {
  const html = await (await request.get("/redaksjon/logg-inn")).text();
  const decode = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  const meta = /name="\$ACTION_1:0" value="([^"]+)"/.exec(html)?.[1];
  const key = /name="\$ACTION_KEY" value="([^"]+)"/.exec(html)?.[1];
  expect(meta && key, "the login form's action fields").toBeTruthy();
  return { id: (JSON.parse(decode(meta!)) as { id: string }).id, key: key! };
}

test("hostile posts to the login action get a form message or a 4xx, never a 500", async ({ request, baseURL }) => {
  const { id, key } = await loginAction(request);
  const fetchAction = { "Next-Action": id, Origin: baseURL! };
  const text = (data: string) => ({ headers: { ...fetchAction, "Content-Type": "text/plain;charset=UTF-8" }, data });
  const unreadable = "Skjemaet kunne ikke leses";

  const posts: [string, Parameters<APIRequestContext["post"]>[1], number, string?][] = [
    ["no arguments", text("[]"), 200, unreadable],
    ["strings for the state and the form", text('["a","b"]'), 200, unreadable],
    ["null and an object", text("[null,{}]"), 200, unreadable],
    ["a string, not a list", text('"x"'), 400],
    ["a number", text("5"), 400],
    ["an object", text("{}"), 400],
    ["not JSON", text("hello"), 400],
    ["an empty body", text(""), 400],
    ["2,000 arguments", text(`[${Array(2000).fill(1).join(",")}]`), 400],
    ["a reference to nothing", text('["$@1"]'), 400],
    ["an unknown $ value", text('["$Z"]'), 400],
    ["arrays 5,000 deep", text(`[${"[".repeat(5000)}${"]".repeat(5000)}]`), 400],
    ["4 MB", text(`["${"a".repeat(4_000_000)}"]`), 413],
    ["form data without a root", { headers: fetchAction, multipart: { email: "a@example.no" } }, 400],
    ["form data with a root that is not JSON", { headers: fetchAction, multipart: { "0": "nope" } }, 400],
    ["form data with a missing map", { headers: fetchAction, multipart: { "0": '[{},"$Q7"]' } }, 400],
    [
      "form fields as an empty form",
      { headers: fetchAction, multipart: { "0": '[{},"$K1"]', "1_email": "a@example.no" } },
      200,
      "Skriv",
    ],
    [
      "a form action with the form only",
      { headers: { Origin: baseURL! }, multipart: { [`$ACTION_ID_${id}`]: "", email: "a@example.no" } },
      200,
    ],
    [
      "a form action with a broken state",
      {
        headers: { Origin: baseURL! },
        multipart: {
          $ACTION_REF_1: "",
          "$ACTION_1:0": `{"id":"${id}","bound":"$@1"}`,
          "$ACTION_1:1": "x",
          $ACTION_KEY: key,
        },
      },
      400,
    ],
    [
      "a form action without its state",
      {
        headers: { Origin: baseURL! },
        multipart: { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${id}","bound":"$@1"}`, $ACTION_KEY: key },
      },
      400,
    ],
  ];
  for (const [label, options, status, body] of posts) {
    const response = await request.post("/redaksjon/logg-inn", { ...options, maxRedirects: 0 });
    expect(response.status(), label).toBe(status);
    if (body) expect(await response.text(), label).toContain(body);
  }
});
