import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEditor } from "@/test/editors";
import { fixture, startStandIn, type StandIn } from "@/test/lookup-stand-in";
import { createSeededDatabase } from "@/test/seeded-database";
import { INITIAL_LOOKUP_STATE, type LookupState } from "./lookup-state";
import { INITIAL_IMPORT_STATE } from "./state";

// Adding works by identifier through the server action, against the real seed and a local
// stand-in for doi.org and NVA; and the preview's likely persons («B. Aglen» for «Bjørg Aglen»).

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/config", () => ({ auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));

const SANDAUNET = "10.1111/j.1467-9566.2007.01041.x";

// Ten more works for «ten DOIs and ISBNs make ten drafts»: the recorded formats with other
// titles and identifiers (DOIs under Crossref's test prefix, ISBNs with their check digits).
const isbn13 = (first12: string) => {
  const sum = [...first12].reduce((total, digit, i) => total + Number(digit) * (i % 2 ? 3 : 1), 0);
  return `${first12}${(10 - (sum % 10)) % 10}`;
};
const TEN_DOIS = Array.from({ length: 6 }, (_, i) => `10.5555/ti-verk-${i + 1}`);
const TEN_ISBNS = Array.from({ length: 4 }, (_, i) => isbn13(`97882026499${i}`));
function doiAnswer(doi: string, i: number) {
  const answer = JSON.parse(fixture("doi-sandaunet-2008.csl.json"));
  return {
    body: JSON.stringify({
      ...answer,
      DOI: doi,
      URL: `https://doi.org/${doi}`,
      title: `Tiverkstest artikkel ${i + 1}`,
    }),
  };
}
function isbnAnswer(isbn: string, i: number) {
  const answer = JSON.parse(fixture("nva-search-isbn-samarbeid-om-selvhjelp.json"));
  const description = answer.hits[0].entityDescription;
  description.mainTitle = `Tiverkstest bok ${i + 1}`;
  delete description.reference.doi;
  description.reference.publicationContext.isbnList = [isbn];
  return { body: JSON.stringify(answer) };
}

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let standIn: StandIn;
let actions: typeof import("./lookup-actions") & typeof import("./actions");

beforeAll(async () => {
  database = await createSeededDatabase();
  standIn = await startStandIn({
    [`/doi/${SANDAUNET}`]: { fixture: "doi-sandaunet-2008.csl.json" },
    "/nva/search/resources?isbn=9788202646578&size=5": { fixture: "nva-search-isbn-samarbeid-om-selvhjelp.json" },
    ...Object.fromEntries(TEN_DOIS.map((doi, i) => [`/doi/${doi}`, doiAnswer(doi, i)])),
    ...Object.fromEntries(
      TEN_ISBNS.map((isbn, i) => [`/nva/search/resources?isbn=${isbn}&size=5`, isbnAnswer(isbn, i)]),
    ),
  });
  process.env.DOI_RESOLVER_URL = `${standIn.url}/doi`;
  process.env.NVA_API_URL = `${standIn.url}/nva`;
  process.env.OPENLIBRARY_URL = `${standIn.url}/ol`;
  actions = { ...(await import("./lookup-actions")), ...(await import("./actions")) };
  session.sid = (await createTestEditor(database.db, "editor")).sessionId;
});
afterAll(async () => {
  await standIn?.close();
  await database?.drop();
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const lookupPreview = (identifiers: string) =>
  actions.lookupImportAction(INITIAL_LOOKUP_STATE, form({ identifiers, step: "preview" }));

const lookupImport = (state: LookupState, identifiers = state.identifiers) =>
  actions.lookupImportAction(
    state,
    form({ identifiers, step: "import", digest: state.digest ?? "", found: state.found ?? "" }),
  );

describe("adding by DOI and ISBN", () => {
  it("previews each line, and imports the new work as a draft with its author matched, asking the services once", async () => {
    const identifiers = `https://doi.org/${SANDAUNET}\n978-82-02-64657-8\n10.1234/finnes-ikke`;
    const previewed = await lookupPreview(identifiers);
    expect(previewed.rows?.map((r) => [r.number, r.status, r.message])).toEqual([
      [1, "new", null],
      [2, "duplicate", "Samme DOI som «Samarbeid om selvhjelp» (2019), som finnes fra før."],
      [3, "rejected", "Linje 3: Fant ingen publikasjon med DOI 10.1234/finnes-ikke."],
    ]);
    const asked = standIn.requests.length;
    const done = await lookupImport(previewed);
    expect(done).toMatchObject({ ok: true, step: "done", skipped: 2 });
    expect(standIn.requests).toHaveLength(asked);
    const work = await database.db.publication.findUniqueOrThrow({
      where: { id: done.created![0]!.id },
      include: { contributors: { include: { person: true } } },
    });
    expect(work).toMatchObject({ status: "draft", title: "The challenge of fitting in", year: 2008, doi: SANDAUNET });
    expect(work.contributors.map((c) => c.person.slug)).toEqual(["anne-grete-sandaunet"]);
  });

  it("makes ten drafts of ten pasted DOIs and ISBNs, in their written forms, with every author matched", async () => {
    const lines = [
      ...TEN_DOIS.map((doi, i) => (i % 2 ? `https://doi.org/${doi}` : `doi:${doi}`)),
      ...TEN_ISBNS.map((isbn, i) => (i % 2 ? `ISBN ${isbn.slice(0, 3)}-${isbn.slice(3, 5)}-${isbn.slice(5)}` : isbn)),
    ];
    const previewed = await lookupPreview(lines.join("\n"));
    expect(previewed.rows?.map((r) => r.status)).toEqual(Array(10).fill("new"));
    const done = await lookupImport(previewed);
    expect(done).toMatchObject({ ok: true, step: "done", skipped: 0 });
    expect(done.created).toHaveLength(10);
    const works = await database.db.publication.findMany({
      where: { id: { in: done.created!.map((w) => w.id) } },
      include: { contributors: { orderBy: { position: "asc" }, include: { person: true } } },
      orderBy: { title: "asc" },
    });
    expect(works.map((w) => [w.title, w.status, w.doi ?? w.isbn])).toEqual(
      [
        ...TEN_DOIS.map((doi, i) => [`Tiverkstest artikkel ${i + 1}`, "draft", doi]),
        ...TEN_ISBNS.map((isbn, i) => [`Tiverkstest bok ${i + 1}`, "draft", isbn]),
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    for (const work of works)
      expect(work.contributors.map((c) => c.person.slug)).toEqual(
        work.title.includes("artikkel") ? ["anne-grete-sandaunet"] : ["anund-brottveit", "marte-feiring"],
      );
  });

  it("looks up again, and imports nothing, when the lines changed after the preview", async () => {
    const previewed = await lookupPreview("10.1234/finnes-ikke");
    const works = await database.db.publication.count();
    const again = await lookupImport(previewed, `${SANDAUNET}`);
    expect(again).toMatchObject({ ok: false, step: "preview" });
    expect(again.message).toContain("Listen er endret etter forhåndsvisningen");
    expect(await database.db.publication.count()).toBe(works);
  });

  it("refuses a forged list of found works as not previewed", async () => {
    const previewed = await lookupPreview("10.1234/finnes-ikke");
    const forged = await actions.lookupImportAction(
      previewed,
      form({
        identifiers: "10.1234/finnes-ikke",
        step: "import",
        digest: previewed.digest ?? "",
        found: JSON.stringify([{ line: "x", ok: true, item: { id: "x", type: "book", title: "Forfalsket" } }]),
      }),
    );
    expect(forged).toMatchObject({ ok: false, step: "preview" });
    expect(await database.db.publication.count({ where: { title: "Forfalsket" } })).toBe(0);
  });
});

describe("likely persons in the preview", () => {
  const bibtex = "@article{a, title={Testpost for personvalg}, author={Aglen, Bjørg}, year=2013}";

  it("offers «B. Aglen» for «Bjørg Aglen», and links the work to her when picked", async () => {
    const bAglen = await database.db.person.findUniqueOrThrow({ where: { slug: "b-aglen" } });
    const previewed = await actions.importAction(INITIAL_IMPORT_STATE, form({ source: bibtex, format: "auto" }));
    expect(previewed.rows?.[0]?.people).toEqual([
      {
        name: "Bjørg Aglen",
        role: "author",
        isNew: true,
        key: "1:0",
        candidates: [{ id: bAglen.id, name: "B. Aglen" }],
      },
    ]);
    const persons = await database.db.person.count();
    const done = await actions.importAction(
      previewed,
      form({
        source: bibtex,
        format: "auto",
        step: "import",
        digest: previewed.digest ?? "",
        match: `1:0=${bAglen.id}`,
      }),
    );
    expect(done).toMatchObject({ ok: true, step: "done" });
    const work = await database.db.publication.findUniqueOrThrow({
      where: { id: done.created![0]!.id },
      include: { contributors: true },
    });
    expect(work.contributors.map((c) => c.personId)).toEqual([bAglen.id]);
    expect(await database.db.person.count()).toBe(persons);
  });

  it("ignores a pick that is not one of the likely persons, and creates the new person", async () => {
    const other = "@article{b, title={Testpost for personvalg 2}, author={Aglen, Bjørg}, year=2014}";
    const gotaas = await database.db.person.findUniqueOrThrow({ where: { slug: "nora-gotaas" } });
    const previewed = await actions.importAction(INITIAL_IMPORT_STATE, form({ source: other, format: "auto" }));
    const done = await actions.importAction(
      previewed,
      form({
        source: other,
        format: "auto",
        step: "import",
        digest: previewed.digest ?? "",
        match: `1:0=${gotaas.id}`,
      }),
    );
    const work = await database.db.publication.findUniqueOrThrow({
      where: { id: done.created![0]!.id },
      include: { contributors: { include: { person: true } } },
    });
    expect(work.contributors.map((c) => [c.person.givenName, c.person.familyName])).toEqual([["Bjørg", "Aglen"]]);
  });
});
