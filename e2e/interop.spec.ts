import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";

// What reference managers, calendars, feed readers, search engines and harvesters get.

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ["entry", "url", "item", "error"].includes(name),
});

test.describe("citations", () => {
  test("a work offers its APA reference to copy and three downloads", async ({ page, context, request }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/publikasjoner/takk-for-tilliten");
    const citation = page.getByRole("region", { name: "Slik siterer du" });
    await citation.getByRole("button", { name: "Kopier" }).click();
    await expect(citation.getByRole("status")).toHaveText("Referansen er kopiert.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Gotaas, N\. \(2020\)\. «Takk for tilliten»/,
    );

    const bibtex = await request.get(
      (await citation.getByRole("link", { name: "Last ned som BibTeX" }).getAttribute("href"))!,
    );
    expect(bibtex.headers()["content-type"]).toContain("application/x-bibtex");
    expect(await bibtex.text()).toMatch(/^@phdthesis\{Gotaas2020/);
    const ris = await request.get(
      (await citation.getByRole("link", { name: "Last ned som RIS" }).getAttribute("href"))!,
    );
    expect(await ris.text()).toMatch(/^TY {2}- THES\r\n/);
    const csl = await request.get(
      (await citation.getByRole("link", { name: "Last ned som CSL-JSON" }).getAttribute("href"))!,
    );
    expect(await csl.json()).toMatchObject([
      { id: "takk-for-tilliten", type: "thesis", genre: "Doktorgradsavhandling" },
    ]);
  });

  test("the filtered overview downloads exactly its works", async ({ page, request }) => {
    await page.goto("/publikasjoner?type=doktorgradsavhandling");
    const download = page.getByRole("region", { name: "Last ned treff" });
    const href = await download.getByRole("link", { name: "Last ned som RIS" }).getAttribute("href");
    expect(href).toBe("/publikasjoner/treff.ris?type=doktorgradsavhandling");
    const ris = await (await request.get(href!)).text();
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
  });

  test.describe("with JavaScript turned off", () => {
    test.use({ javaScriptEnabled: false });
    test("the reference is plain text and there is no dead copy button", async ({ page }) => {
      await page.goto("/publikasjoner/samarbeid-om-selvhjelp");
      await expect(page.getByTestId("apa-referanse")).toHaveText(
        "Brottveit, Å. og Feiring, M. (Red.). (2019). Samarbeid om selvhjelp. Cappelen Damm Akademisk / NOASP. https://doi.org/10.23865/noasp.68",
      );
      await expect(page.getByRole("button", { name: "Kopier" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Last ned som BibTeX" })).toBeVisible();
    });
  });
});

test("the calendar of all events has every dated event", { tag: "@clock" }, async ({ request }) => {
  const response = await request.get("/arrangementer/kalender.ics");
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const events = new ICAL.Component(ICAL.parse(await response.text()))
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary).sort()).toEqual([
    "Disputas: Nora Gotaas",
    "Lansering: «Kraften av å lytte og bli lyttet til»",
  ]);
});

test("feeds, sitemap and robots.txt", { tag: "@clock" }, async ({ request, baseURL }) => {
  const atom = await (await request.get("/feed.xml")).text();
  expect(XMLValidator.validate(atom)).toBe(true);
  expect(xml.parse(atom).feed.entry.length).toBeGreaterThan(10);
  const rss = await (await request.get("/rss.xml")).text();
  expect(xml.parse(rss).rss.channel.item.length).toBeGreaterThan(10);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const urls = (xml.parse(sitemap).urlset.url as { loc: string }[]).map((u) => u.loc);
  expect(urls).toContain(`${baseURL}/publikasjoner/takk-for-tilliten`);
  expect(urls).toContain(`${baseURL}/organisasjoner/nibr`);
  // The real content fits in one sitemap: the parts of a sitemap index do not exist, nor do other names.
  for (const part of ["/sitemap/1.xml", "/sitemap/0.xml", "/sitemap/abc", "/sitemap/1.xml.gz", "/sitemap/%00.xml"]) {
    const response = await request.get(part);
    expect(response.status(), part).toBe(404);
  }

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /redaksjon");
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("detail pages carry JSON-LD", async ({ page }) => {
  const jsonLd = async (path: string) => {
    await page.goto(path);
    return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  };
  expect(await jsonLd("/publikasjoner/self-help-and-self-help-groups-nordic-context-review")).toMatchObject({
    "@type": "ScholarlyArticle",
    sameAs: "https://doi.org/10.1177/1403494811425603",
  });
  expect(await jsonLd("/arrangementer/kan-vi-oppleve-livsmestring-nar-livet-foles-haplost")).toMatchObject({
    "@type": "Event",
    eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
  });
  expect(await jsonLd("/prosjekter/endringsarbeid-i-selvhjelpsgrupper")).toMatchObject({ "@type": "ResearchProject" });
});

test("a work's page carries the meta tags that reference managers' browser connectors read", async ({ page }) => {
  await page.goto("/publikasjoner/samarbeid-om-selvhjelp");
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute("content", "Samarbeid om selvhjelp");
  await expect(page.locator('meta[name="citation_editor"]')).toHaveCount(2);
  await expect(page.locator('meta[name="citation_isbn"]')).toHaveAttribute("content", "978-82-02-64657-8");
});

test("the API answers with CORS, its OpenAPI document and JSON problems", async ({ request }) => {
  const list = await request.get("/api/v1/publications?type=rapport");
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  expect((await list.json()).data.map((p: { type: string }) => p.type)).toEqual(["rapport", "rapport"]);
  expect((await (await request.get("/api/v1/openapi.json")).json()).openapi).toBe("3.1.0");
  for (const path of ["/api/v1/finnes-ikke", "/api/v1/projects/finnes-ikke", "/api/v1/publications?fra=tjue"]) {
    const response = await request.get(path);
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect((await response.json()).title).toBeTruthy();
  }
  const preflight = await request.fetch("/api/v1/events", { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
});

test("OAI-PMH answers at /oai", async ({ request }) => {
  const identify = await request.get("/oai?verb=Identify");
  expect(identify.headers()["content-type"]).toContain("text/xml");
  expect(xml.parse(await identify.text())["OAI-PMH"].Identify.protocolVersion).toBe("2.0");
  const bad = xml.parse(await (await request.get("/oai?verb=Tull")).text());
  expect(bad["OAI-PMH"].error[0]["@_code"]).toBe("badVerb");
});
