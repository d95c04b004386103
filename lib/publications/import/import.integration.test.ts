import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";
import { INITIAL_IMPORT_STATE, type ImportState } from "./state";

// The import against the real seed, through its server action as the page calls it:
// good, duplicate and broken records, author matching, and all-or-nothing writes.

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/config", () => ({ auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let importAction: (typeof import("./actions"))["importAction"];
const mixedBib = readFileSync(`${import.meta.dirname}/../../../test/fixtures/import/mixed.bib`, "utf8");

beforeAll(async () => {
  database = await createSeededDatabase();
  importAction = (await import("./actions")).importAction;
  session.sid = (await createTestEditor(database.db, "editor")).sessionId;
});
afterAll(async () => database?.drop());

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

async function preview(source: string): Promise<ImportState> {
  return importAction(INITIAL_IMPORT_STATE, form({ source, format: "auto", step: "preview" }));
}

async function importAfterPreview(source: string, confirm: string[] = []): Promise<ImportState> {
  const previewed = await preview(source);
  return importAction(
    previewed,
    form({ source, format: "auto", step: "import", digest: previewed.digest ?? "", confirm }),
  );
}

const counts = async () => {
  const { db } = database;
  return {
    works: await db.publication.count(),
    persons: await db.person.count(),
    revisions: await db.revision.count(),
    audit: await db.auditEvent.count(),
  };
};

describe("import of a BibTeX file with good, duplicate and broken records", () => {
  it("previews each record: new, duplicate of a seeded work or of an earlier record, or refused with a reason", async () => {
    const state = await preview(mixedBib);
    expect(state.step).toBe("preview");
    expect(state.rows?.map((r) => [r.number, r.status, r.message])).toEqual([
      [1, "new", null],
      [
        2,
        "duplicate",
        expect.stringMatching(/^Samme DOI som «Self-help and self-help groups.*» \(2011\), som finnes fra før\.$/),
      ],
      [
        3,
        "duplicate",
        "Samme tittel og år som «Selvhjelpsgrupper og behandlingsgruppers tilnærming til personlig endring, hva er likt og ulikt?» (2019), som finnes fra før.",
      ],
      [4, "rejected", "Post 4: kunne ikke leses som BibTeX"],
      [5, "rejected", "Post 5: mangler tittel"],
      [6, "duplicate", "Samme DOI som post 1 i denne importen."],
      [7, "rejected", "Post 7: DOI: En DOI ser slik ut: 10.1177/1403494811425603."],
      [8, "new", null],
    ]);
    expect(state.rows?.[0]?.people).toEqual([
      { name: "Åse Ørnes", role: "author", isNew: true, key: "1:0", candidates: [] },
      { name: "Nora Gotaas", role: "author", isNew: false, key: "1:1", candidates: [] },
      { name: "Øystein Bråten", role: "author", isNew: true, key: "1:2", candidates: [] },
    ]);
  });

  it("creates the new records as drafts with a revision and an audit entry, matches seeded authors, and skips the rest", async () => {
    const before = await counts();
    const state = await importAfterPreview(mixedBib);
    expect(state).toMatchObject({ ok: true, step: "done", skipped: 6 });
    expect(state.created?.map((c) => c.title)).toEqual(["Selvhjelp på tvers", "Likemannsarbeid i Nord-Norge"]);
    const { db } = database;
    const works = await db.publication.findMany({
      where: { id: { in: state.created?.map((c) => c.id) } },
      include: { contributors: { orderBy: { position: "asc" }, include: { person: true } } },
      orderBy: { title: "desc" },
    });
    expect(works.map((w) => [w.status, w.slug, w.doi, w.type])).toEqual([
      ["draft", "selvhjelp-pa-tvers", "10.18261/TFV.2024.02", "tidsskriftartikkel"],
      ["draft", "likemannsarbeid-i-nord-norge", null, "masteroppgave"],
    ]);
    expect(works[0]?.contributors.map((c) => c.person.slug)).toEqual(["ase-ornes", "nora-gotaas", "oystein-braten"]);
    expect(works[0]?.contributors.map((c) => c.person.status)).toEqual(["published", "published", "published"]);
    for (const work of works) {
      expect(await db.revision.count({ where: { entityType: "publication", entityId: work.id } })).toBe(1);
      expect(
        await db.auditEvent.count({ where: { entityType: "publication", entityId: work.id, action: "create" } }),
      ).toBe(1);
    }
    expect(await counts()).toEqual({
      works: before.works + 2,
      persons: before.persons + 3,
      revisions: before.revisions + 2,
      audit: before.audit + 2,
    });
    expect(
      await db.publication.count({ where: { doi: { equals: "10.1177/1403494811425603", mode: "insensitive" } } }),
    ).toBe(1);
  });

  it("now sees the imported work as a duplicate, and imports a duplicate only when ticked «Importer likevel»", async () => {
    const source =
      "@article{a, title={Selvhjelp på tvers: Erfaringer fra fem grupper}, author={Ørnes, Åse}, year=2024}";
    const again = await preview(source);
    expect(again.rows?.[0]).toMatchObject({ status: "duplicate", people: [{ name: "Åse Ørnes", isNew: false }] });
    const skipped = await importAfterPreview(source);
    expect(skipped).toMatchObject({
      ok: false,
      step: "preview",
      message: expect.stringContaining("Ingen poster å importere"),
    });
    const repreviewed = await importAction(
      again,
      form({ source, format: "auto", step: "preview", digest: again.digest ?? "", confirm: ["1"] }),
    );
    expect(repreviewed.confirmed).toEqual([1]);
    const confirmed = await importAfterPreview(source, ["1"]);
    expect(confirmed.created).toHaveLength(1);
    const copy = await database.db.publication.findUniqueOrThrow({
      where: { id: confirmed.created?.[0]?.id },
      include: { contributors: { include: { person: true } } },
    });
    expect(copy.contributors.map((c) => c.person.slug)).toEqual(["ase-ornes"]);
  });

  it("imports nothing at all when one insert fails, and says so plainly", async () => {
    await database.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_test_title() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END; $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_test_title BEFORE INSERT ON "Publication"
        FOR EACH ROW WHEN (NEW.title = 'Denne feiler') EXECUTE FUNCTION refuse_test_title();`);
    const source = `@book{a, title={Først en god bok}, author={Unik, Ulrikke}, year=2024}
@book{b, title={Denne feiler}, author={Unik, Ulrikke}, year=2024}`;
    const before = await counts();
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    const state = await importAfterPreview(source);
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("ingenting er importert"), source });
    expect(await counts()).toEqual(before);
    expect(await database.db.person.count({ where: { familyName: "Unik" } })).toBe(0);
  });

  it("shows a new preview instead of importing text that differs from the one previewed", async () => {
    const previewed = await preview("@book{a, title={Forhåndsvist}, year=2024}");
    const changed = "@book{a, title={Endret etterpå}, year=2024}";
    const state = await importAction(
      previewed,
      form({ source: changed, format: "auto", step: "import", digest: previewed.digest ?? "" }),
    );
    expect(state).toMatchObject({
      step: "preview",
      message: expect.stringContaining("endret etter forhåndsvisningen"),
    });
    expect(await database.db.publication.count({ where: { title: "Endret etterpå" } })).toBe(0);
  });

  it("refuses an oversized upload and a file of another kind with a clear message", async () => {
    const big = form({ format: "auto", step: "preview", source: "" });
    big.append("file", new File(["x".repeat(1_000_001)], "stor.bib"));
    expect((await importAction(INITIAL_IMPORT_STATE, big)).fieldErrors?.file).toEqual([
      "Filen er større enn 1 MB. Del den opp og importer delene hver for seg.",
    ]);
    const pdf = form({ format: "auto", step: "preview", source: "" });
    pdf.append("file", new File(["%PDF"], "artikkel.pdf"));
    expect((await importAction(INITIAL_IMPORT_STATE, pdf)).fieldErrors?.file).toEqual([
      "Velg en fil som slutter på .bib, .ris eller .txt.",
    ]);
    const upload = form({ format: "auto", step: "preview", source: "" });
    upload.append("file", new File(["\uFEFFTY  - BOOK\nTI  - Fra fil\nPY  - 2024\nER  - \n"], "liste.ris"));
    expect((await importAction(INITIAL_IMPORT_STATE, upload)).rows?.map((r) => [r.title, r.status])).toEqual([
      ["Fra fil", "new"],
    ]);
  });
});
