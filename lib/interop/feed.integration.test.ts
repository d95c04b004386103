import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedData } from "@/prisma/seed/data";
import { createSeededDatabase } from "@/test/seeded-database";

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let feed: typeof import("./feed");
let sitemap: typeof import("./sitemap");

beforeAll(async () => {
  database = await createSeededDatabase();
  feed = await import("./feed");
  sitemap = await import("./sitemap");
  await database.db.publication.create({
    data: { slug: "test-utkast", title: "Et utkast", type: "rapport", status: "draft" },
  });
});
afterAll(async () => database?.drop());

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["entry", "item", "link", "author", "category"].includes(name),
});

function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const titleOf = (p: { title: string; subtitle?: string }) => (p.subtitle ? `${p.title}: ${p.subtitle}` : p.title);

describe("feeds", () => {
  it("Atom lists the publications and dated and undated events, each with id, link and updated", async () => {
    const atom = parseXml((await feed.siteFeed()).atom1()).feed;
    expect(atom["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = atom.entry as {
      title: string | { "#text": string };
      id: string;
      updated: string;
      link: { "@_href": string }[];
    }[];
    const titles = entries.map((e) => (typeof e.title === "string" ? e.title : e.title["#text"]));
    expect(entries).toHaveLength(seedData.publications.length + seedData.events.length);
    for (const p of seedData.publications) expect(titles).toContain(titleOf(p));
    for (const e of seedData.events) expect(titles).toContain(`Arrangement: ${e.title}`);
    expect(titles).not.toContain("Et utkast");
    for (const entry of entries) {
      expect(entry.id).toMatch(/^http:\/\/localhost:3000\/(publikasjoner|arrangementer)\//);
      expect(entry.link[0]?.["@_href"]).toBe(entry.id);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
  });

  it("RSS 2.0 has the same items", async () => {
    const rss = parseXml((await feed.siteFeed()).rss2()).rss;
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel.item).toHaveLength(seedData.publications.length + seedData.events.length);
    expect(rss.channel.language).toBe("nb");
  });
});

describe("sitemap", () => {
  it("has every public page and no draft", async () => {
    const urls = (await sitemap.sitemapEntries()).map((entry) => entry.url);
    expect(urls).toContain("http://localhost:3000/publikasjoner");
    for (const p of seedData.publications) expect(urls).toContain(`http://localhost:3000/publikasjoner/${p.slug}`);
    for (const p of seedData.projects) expect(urls).toContain(`http://localhost:3000/prosjekter/${p.slug}`);
    for (const p of seedData.persons) expect(urls).toContain(`http://localhost:3000/personer/${p.slug}`);
    for (const o of seedData.organisations) expect(urls).toContain(`http://localhost:3000/organisasjoner/${o.slug}`);
    for (const e of seedData.events) expect(urls).toContain(`http://localhost:3000/arrangementer/${e.slug}`);
    expect(urls).not.toContain("http://localhost:3000/publikasjoner/test-utkast");
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe("sitemap index", () => {
  const locs = (xml: string, list: "urlset" | "sitemapindex", item: "url" | "sitemap") => {
    const root = parser.parse(xml)[list];
    expect(root["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    return ([root[item]].flat() as { loc: string }[]).map((entry) => entry.loc);
  };

  it("is one sitemap while every URL fits, with no parts", async () => {
    const all = (await sitemap.sitemapEntries()).map((entry) => entry.url);
    expect(locs(await sitemap.sitemapDocument(), "urlset", "url")).toEqual(all);
    expect(await sitemap.sitemapPart(1)).toBeNull();
  });

  it("above the limit lists its parts, which hold every URL once, at most the limit each", async () => {
    const all = (await sitemap.sitemapEntries()).map((entry) => entry.url);
    const limit = 7;
    const parts = locs(await sitemap.sitemapDocument(limit), "sitemapindex", "sitemap");
    expect(parts).toHaveLength(Math.ceil(all.length / limit));
    expect(parts[0]).toBe("http://localhost:3000/sitemap/1.xml");
    const urls: string[] = [];
    for (let part = 1; part <= parts.length; part++) {
      const text = await sitemap.sitemapPart(part, limit);
      expect(parts).toContain(`http://localhost:3000/sitemap/${part}.xml`);
      const inPart = locs(text!, "urlset", "url");
      expect(inPart.length).toBeLessThanOrEqual(limit);
      urls.push(...inPart);
    }
    expect(urls).toEqual(all);
    for (const beyond of [0, -1, parts.length + 1, 1.5, Number.MAX_SAFE_INTEGER + 2])
      expect(await sitemap.sitemapPart(beyond, limit)).toBeNull();
  });
});
