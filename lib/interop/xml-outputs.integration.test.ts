import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "@/test/seeded-database";
import { readStrictXml } from "@/test/strict-xml";

// The XML outputs stay well-formed whatever the database holds: the worst strings are written
// straight into it (as SQL or data from before the forms' text rules would), published, and
// every output is read with a strict XML parser.

// PostgreSQL cannot hold U+0000, and text reaches it as UTF-8, in which half a surrogate pair
// cannot exist; those two come in through the OAI request and the cut abstract below instead.
const WORST =
  "Verste\u0001\u0002\u0008\u000B\u000C\u001B\u001F\u007F tegn \uFFFE\uFFFF ]]> ]]\u0001> <b> & &amp; \" ' 😀 \u202Ekilde\u202C slutt";
const WORST_SLUG = "verste-&-<\u0001>-😀";
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let oai: typeof import("./oai/protocol");
let feed: typeof import("./feed");
let sitemap: typeof import("./sitemap");
let worstId: string;

beforeAll(async () => {
  database = await createSeededDatabase();
  oai = await import("./oai/protocol");
  feed = await import("./feed");
  sitemap = await import("./sitemap");
  const { db } = database;
  const topic = await db.topic.update({
    where: { slug: "personlig-endring" },
    data: { name: WORST, description: WORST, slug: "personlig-\u0001endring" },
  });
  const person = await db.person.update({
    where: { slug: "nora-gotaas" },
    data: { givenName: WORST, familyName: WORST, slug: WORST_SLUG },
  });
  // The abstract's summary is cut at 400 characters, right through the emoji: half of it is left.
  const abstract = `${"x".repeat(398)}😀 ${WORST}`;
  const worst = await db.publication.create({
    data: {
      slug: WORST_SLUG,
      title: WORST,
      subtitle: WORST,
      type: "rapport",
      status: "published",
      firstPublishedAt: new Date(),
      year: 2024,
      language: "nb\u0001",
      containerTitle: WORST,
      volume: WORST,
      issue: WORST,
      pages: WORST,
      publisher: WORST,
      place: WORST,
      series: WORST,
      isbn: WORST,
      issn: WORST,
      doi: `10.1234/${WORST}`,
      license: WORST,
      abstract,
      topics: { connect: [{ id: topic.id }] },
      contributors: { create: [{ personId: person.id, role: "author", position: 0 }] },
      links: { create: [{ kind: "fulltext", url: `https://example.org/${WORST}`, label: WORST }] },
    },
  });
  worstId = worst.id;
  await db.publication.update({ where: { slug: "takk-for-tilliten" }, data: { title: WORST, abstract: WORST } });
  await db.event.update({
    where: { slug: "disputas-nora-gotaas" },
    data: { title: WORST, summary: WORST, venueName: WORST, slug: `${WORST_SLUG}-2` },
  });
  await db.organisation.update({
    where: { slug: "sosialantropologisk-institutt-uio" },
    data: { name: WORST, slug: `${WORST_SLUG}-3` },
  });
  // The strings are stored as they are: nothing on the way cleaned them.
  expect((await db.publication.findUniqueOrThrow({ where: { id: worstId } })).title).toBe(WORST);
});
afterAll(async () => database?.drop());

/** Well-formed and without anything XML forbids; its text as a reader gets it. */
function expectWellFormed(xml: string): string {
  const { errors, text } = readStrictXml(xml);
  expect(errors).toEqual([]);
  expect(text).not.toMatch(NOT_XML);
  return text;
}

const id = (rowId: string) => `oai:localhost:${rowId}`;
const ask = (args: Record<string, string>) => oai.handleOai(Object.entries(args));

describe("OAI-PMH", () => {
  it("GetRecord in oai_dc", async () => {
    const text = expectWellFormed(await ask({ verb: "GetRecord", identifier: id(worstId), metadataPrefix: "oai_dc" }));
    // DEL (U+007F) is allowed in XML 1.0; the controls before it and U+FFFE/U+FFFF are gone.
    expect(text).toContain("Verste\u007F tegn  ]]> ]]> <b> & ");
    expect(text).toContain("\" ' 😀 \u202Ekilde\u202C slutt");
  });

  it.each(["ListRecords", "ListIdentifiers"])("%s in oai_dc", async (verb) => {
    const xml = await ask({ verb, metadataPrefix: "oai_dc" });
    const text = expectWellFormed(xml);
    expect(xml).toContain(id(worstId));
    // The topic's slug is a set: tema:personlig-endring, without the control character.
    expect(text).toContain("tema:personlig-endring");
  });

  it("ListSets, with the topic's name", async () => {
    expect(expectWellFormed(await ask({ verb: "ListSets" }))).toContain("Verste\u007F tegn");
  });

  it("errors that echo what the harvester sent, U+0000 and half surrogate pairs included", async () => {
    const sent = `oai:localhost:\u0000\uD800${WORST}\uDC00`;
    const xml = await ask({ verb: "GetRecord", identifier: sent, metadataPrefix: "oai_dc" });
    expect(expectWellFormed(xml)).toContain("idDoesNotExist");
    expectWellFormed(await ask({ verb: "ListRecords", metadataPrefix: "oai_dc", set: `tema:${WORST}\u0000` }));
  });
});

describe("feeds", () => {
  it("Atom", async () => {
    const text = expectWellFormed((await feed.siteFeed()).atom1());
    expect(text).toContain("Arrangement: Verste\u007F tegn");
    // The summary was cut to 400 characters between the halves of the emoji; the half is gone.
    expect(text).toContain(`${"x".repeat(398)}…`);
  });

  it("RSS 2.0", async () => {
    expectWellFormed((await feed.siteFeed()).rss2());
  });
});

describe("sitemap", () => {
  it("with every slug a URL, in one file and in parts", async () => {
    const parts = [await sitemap.sitemapDocument()];
    for (let part = 1; ; part++) {
      const text = await sitemap.sitemapPart(part, 3);
      if (text === null) break;
      parts.push(text);
    }
    expect(parts.length).toBeGreaterThan(2);
    const text = parts.map(expectWellFormed).join("\n");
    expect(text).toContain("http://localhost:3000/publikasjoner/verste-%26-%3C%01%3E-%F0%9F%98%80");
    expect(text).toContain("http://localhost:3000/personer/verste-%26-%3C%01%3E-%F0%9F%98%80");
    expect(text).toContain("http://localhost:3000/arrangementer/verste-%26-%3C%01%3E-%F0%9F%98%80-2");
    expect(text).toContain("http://localhost:3000/organisasjoner/verste-%26-%3C%01%3E-%F0%9F%98%80-3");
  });
});
