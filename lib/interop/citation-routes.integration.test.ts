import { BibLatexParser, parseCSL, parseRIS } from "biblatex-csl-converter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedData } from "@/prisma/seed/data";
import { createSeededDatabase } from "@/test/seeded-database";

// Every seed work goes out as BibTeX, RIS and CSL-JSON and is read back by an independent
// parser (Fidus Writer's biblatex-csl-converter), which must find its title, authors, year
// and identifiers.

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let routes: typeof import("./citation-routes");

beforeAll(async () => {
  database = await createSeededDatabase();
  routes = await import("./citation-routes");
  await database.db.publication.create({
    data: { slug: "test-draft", title: "Et utkast", type: "rapport", status: "draft" },
  });
});
afterAll(async () => database?.drop());

type Parsed = { bib_type: string; fields: Record<string, unknown> };
type Format = "bibtex" | "ris" | "csl-json";

function parse(format: Format, text: string): Parsed[] {
  if (format === "bibtex") {
    const result = new BibLatexParser(text, { processUnexpected: true, processUnknown: true }).parse();
    expect(result.errors).toEqual([]);
    return Object.values(result.entries) as Parsed[];
  }
  if (format === "ris") return Object.values(parseRIS(text).entries) as Parsed[];
  // The parser predates CSL 1.0.2's "document" (our "annet"), and skips it.
  const items = (JSON.parse(text) as { id: string; type: string }[]).filter((item) => item.type !== "document");
  return Object.values(parseCSL(Object.fromEntries(items.map((item) => [item.id, item])))) as Parsed[];
}

// The parser gives rich text as nodes ({ text }); this flattens any field to plain text.
function plain(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(plain).join("");
  if (value && typeof value === "object" && "text" in value) return String((value as { text: string }).text);
  return "";
}
const normalise = (text: string) => text.replace(/--/g, "–").replace(/\s+/g, " ").trim();
const familyNames = (names: unknown) =>
  ((names ?? []) as { family?: unknown; literal?: unknown }[]).map((n) => plain(n.family ?? n.literal));

const familyBySlug = new Map(seedData.persons.map((p) => [p.slug, p.familyName]));

async function overviewExport(format: Format, query = "") {
  const response = await routes.overviewExportRoute(format)(new Request(`http://test/publikasjoner/treff?${query}`));
  expect(response.status).toBe(200);
  return response;
}

describe.each(["bibtex", "ris", "csl-json"] as const)("%s export of the whole overview", (format) => {
  it("round-trips every published seed work through an independent parser", async () => {
    const entries = parse(format, await (await overviewExport(format)).text());
    const works = seedData.publications.filter((work) => format !== "csl-json" || work.type !== "annet");
    expect(entries).toHaveLength(works.length);
    const byTitle = new Map(entries.map((entry) => [normalise(plain(entry.fields.title)), entry]));
    for (const work of works) {
      const title = work.subtitle ? `${work.title}: ${work.subtitle}` : work.title;
      const entry = byTitle.get(normalise(title));
      expect(entry, title).toBeDefined();
      const fields = entry!.fields;
      const creators = work.authors?.length ? fields.author : (fields.editor ?? fields.editora);
      const expected = (work.authors?.length ? work.authors : (work.editors ?? [])).map((slug) =>
        familyBySlug.get(slug),
      );
      expect(familyNames(creators), title).toEqual(expected);
      if (work.year) expect(String(fields.date), title).toBe(String(work.year));
      if (work.doi) expect(fields.doi, title).toBe(work.doi);
    }
  });
});

describe("exports", () => {
  it("keep the overview's filters and leave drafts out", async () => {
    const bib = await (await overviewExport("bibtex", "type=doktorgradsavhandling")).text();
    const entries = parse("bibtex", bib);
    expect(entries.map((e) => e.bib_type)).toEqual(["thesis", "thesis"]);
    expect(bib.match(/@phdthesis\{/g)).toHaveLength(2);
    const all = await (await overviewExport("ris")).text();
    expect(all).not.toContain("Et utkast");
    expect(all).toContain("AU  - Eklund Nilsen,\r\n");
    const csl = JSON.parse(await (await overviewExport("csl-json", "type=annet")).text());
    expect(csl).toMatchObject([
      { id: "selvhjelpsgrupper-og-behandlingsgruppers-tilnaerming-til-personlig-endring", type: "document" },
    ]);
  });

  it("give one work as a named file, and 404 for a draft", async () => {
    const call = (slug: string) =>
      routes.workExportRoute("ris")(new Request("http://test/"), { params: Promise.resolve({ slug }) });
    const response = await call("samarbeid-om-selvhjelp");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="samarbeid-om-selvhjelp.ris"');
    const text = await response.text();
    expect(text).toContain("SN  - 978-82-02-64657-8");
    expect(text).toContain("DO  - 10.23865/noasp.68");
    expect(text).toMatch(/^TY {2}- BOOK\r\n/);
    expect((await call("test-draft")).status).toBe(404);
  });
});

describe("many exports of search results at once", () => {
  it("are answered 503 with Retry-After while the turns are taken, and served again after", async () => {
    const { inExportTurn, EXPORTS_AT_ONCE, EXPORTS_WAITING } = await import("./export-gate");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const taken = Array.from({ length: EXPORTS_AT_ONCE + EXPORTS_WAITING }, () => inExportTurn(() => held));
    expect(taken.every((turn) => turn !== null)).toBe(true);

    const busy = await routes.overviewExportRoute("ris")(
      new Request("http://test/publikasjoner/treff.ris?q=selvhjelp"),
    );
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("30");
    expect(await busy.text()).toContain("Prøv igjen om et halvt minutt");

    release();
    await Promise.all(taken);
    await overviewExport("ris", "q=selvhjelp");
  });
});
