import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";
import type { Editor } from "@/lib/auth/session";
import { EMPTY_PUBLICATION } from "@/lib/publications/schema";

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let save: typeof import("@/lib/content/engine/save");
let lifecycle: typeof import("@/lib/content/engine/lifecycle");
let adapter: (typeof import("@/lib/publications/adapter"))["publicationType"];
let editor: Editor;
let admin: Editor;

beforeAll(async () => {
  database = await createSeededDatabase();
  save = await import("@/lib/content/engine/save");
  lifecycle = await import("@/lib/content/engine/lifecycle");
  adapter = (await import("@/lib/publications/adapter")).publicationType;
  editor = await createTestEditor(database.db, "editor");
  admin = await createTestEditor(database.db, "admin");
});
afterAll(async () => database?.drop());

async function newWork(title: string) {
  const gotaas = await database.db.person.findUniqueOrThrow({ where: { slug: "nora-gotaas" } });
  const result = await save.saveEntry(
    adapter,
    {
      values: {
        ...EMPTY_PUBLICATION,
        title,
        type: "rapport",
        year: "2024",
        authors: [{ personId: gotaas.id }, { newPerson: { givenName: "Åse", familyName: "Ørnes" } }],
      },
    },
    editor,
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

describe("saveEntry", () => {
  it("creates a draft with ordered authors, a new person, a slug and a first revision", async () => {
    const result = await newWork("Ny rapport om selvhjelp på tvers");
    expect(result.slug).toBe("ny-rapport-om-selvhjelp-pa-tvers");
    const row = await database.db.publication.findUniqueOrThrow({
      where: { id: result.id },
      include: { contributors: { orderBy: { position: "asc" }, include: { person: true } } },
    });
    expect(row.status).toBe("draft");
    expect(row.contributors.map((c) => c.person.familyName)).toEqual(["Gotaas", "Ørnes"]);
    expect(row.contributors[1]?.person.slug).toBe("ase-ornes");
    const revisions = await database.db.revision.findMany({ where: { entityId: result.id } });
    expect(revisions).toHaveLength(1);
    expect(await database.db.auditEvent.count({ where: { entityId: result.id, action: "create" } })).toBe(1);
  });

  it("gives a second entry with the same title its own slug", async () => {
    const first = await newWork("Samme tittel");
    const second = await newWork("Samme tittel");
    expect([first.slug, second.slug]).toEqual(["samme-tittel", "samme-tittel-2"]);
  });

  it("saves entries created at the same moment with the same title and new author, each with its own slugs", async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => newWork("Samtidig lagret")));
    expect(new Set(results.map((r) => r.slug)).size).toBe(4);
    const people = await database.db.person.findMany({ where: { familyName: "Ørnes" }, select: { slug: true } });
    expect(new Set(people.map((p) => p.slug)).size).toBe(people.length);
  });

  it("returns Norwegian field errors and writes nothing for invalid input", async () => {
    const before = await database.db.publication.count();
    const result = await save.saveEntry(
      adapter,
      { values: { ...EMPTY_PUBLICATION, title: "", type: "roman", year: "tjue", doi: "nei" } },
      editor,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.title).toEqual(["Tittel må fylles ut."]);
    expect(result.fieldErrors?.type).toEqual(["Velg en publikasjonstype."]);
    expect(result.fieldErrors?.year).toEqual(["Skriv årstallet med fire sifre."]);
    expect(result.fieldErrors?.doi?.[0]).toContain("10.1177");
    expect(await database.db.publication.count()).toBe(before);
  });

  it("refuses a save based on an older version and shows what is stored", async () => {
    const created = await newWork("Konfliktrapport");
    const values = (await adapter.formValues(database.db, created.id))!;
    const first = await save.saveEntry(
      adapter,
      { id: created.id, version: 1, values: { ...values, subtitle: "Kollegaens endring" } },
      admin,
    );
    expect(first.ok).toBe(true);
    const second = await save.saveEntry(
      adapter,
      { id: created.id, version: 1, values: { ...values, subtitle: "Min endring" } },
      editor,
    );
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict?.version).toBe(2);
    expect(second.conflict?.theirs.subtitle).toBe("Kollegaens endring");
    expect(second.conflict?.updatedBy).toBe("Ada Admin");
    const stored = await database.db.publication.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.subtitle).toBe("Kollegaens endring");
    expect(stored.version).toBe(2);
  });

  it("keeps the old address as a redirect when the slug changes", async () => {
    const created = await newWork("Gammel adresse");
    const values = (await adapter.formValues(database.db, created.id))!;
    const result = await save.saveEntry(
      adapter,
      { id: created.id, version: 1, values: { ...values, slug: "ny-adresse" } },
      editor,
    );
    expect(result.ok && result.slug).toBe("ny-adresse");
    const redirect = await database.db.slugRedirect.findUnique({
      where: { entityType_oldSlug: { entityType: "publication", oldSlug: "gammel-adresse" } },
    });
    expect(redirect?.entityId).toBe(created.id);
  });

  it("refuses a slug that another entry has", async () => {
    const created = await newWork("Annen adresse");
    const values = (await adapter.formValues(database.db, created.id))!;
    const result = await save.saveEntry(
      adapter,
      { id: created.id, version: 1, values: { ...values, slug: "takk-for-tilliten" } },
      editor,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.slug?.[0]).toContain("allerede i bruk");
  });
});

describe("revisions and the trash", () => {
  it("restores an earlier revision as a new revision", async () => {
    const created = await newWork("Versjonert");
    const values = (await adapter.formValues(database.db, created.id))!;
    await save.saveEntry(
      adapter,
      { id: created.id, version: 1, values: { ...values, title: "Versjonert, endret" } },
      editor,
    );
    const firstRevision = await database.db.revision.findFirstOrThrow({ where: { entityId: created.id, version: 1 } });
    const restored = await lifecycle.restoreRevision(adapter, created.id, firstRevision.id, editor);
    expect(restored.ok && restored.version).toBe(3);
    const row = await database.db.publication.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.title).toBe("Versjonert");
    expect(await database.db.revision.count({ where: { entityId: created.id } })).toBe(3);
  });

  it("moves to the trash; only admins restore and purge", async () => {
    const created = await newWork("Til papirkurven");
    expect(await lifecycle.moveToTrash("publication", created.id, editor)).toEqual({ ok: true });
    expect((await lifecycle.restoreFromTrash("publication", created.id, editor)).ok).toBe(false);
    expect((await lifecycle.purge("publication", created.id, editor)).ok).toBe(false);
    const values = (await adapter.formValues(database.db, created.id))!;
    const saveDeleted = await save.saveEntry(adapter, { id: created.id, version: 1, values }, editor);
    expect(saveDeleted.ok).toBe(false);
    expect(await lifecycle.restoreFromTrash("publication", created.id, admin)).toEqual({ ok: true });
    expect(await lifecycle.moveToTrash("publication", created.id, admin)).toEqual({ ok: true });
    expect(await lifecycle.purge("publication", created.id, admin)).toEqual({ ok: true });
    expect(await database.db.publication.findUnique({ where: { id: created.id } })).toBeNull();
  });

  it("will not purge a person who is still an author", async () => {
    const gotaas = await database.db.person.findUniqueOrThrow({ where: { slug: "nora-gotaas" } });
    await lifecycle.moveToTrash("person", gotaas.id, admin);
    const result = await lifecycle.purge("person", gotaas.id, admin);
    expect(result.ok).toBe(false);
    expect(await database.db.person.findUnique({ where: { id: gotaas.id } })).not.toBeNull();
    await lifecycle.restoreFromTrash("person", gotaas.id, admin);
  });

  it("publishes and unpublishes, with an audit entry each, and remembers when a work was first public", async () => {
    const created = await newWork("Publiseres");
    const row = () => database.db.publication.findUniqueOrThrow({ where: { id: created.id } });
    expect((await row()).firstPublishedAt).toBeNull();
    expect(await lifecycle.setPublished("publication", created.id, true, editor)).toEqual({ ok: true });
    const published = await row();
    expect(published.status).toBe("published");
    expect(published.firstPublishedAt).toBeInstanceOf(Date);
    expect(await lifecycle.setPublished("publication", created.id, false, editor)).toEqual({ ok: true });
    // Once public, always announced to harvesters (as deleted when no longer public).
    expect((await row()).firstPublishedAt).toEqual(published.firstPublishedAt);
    const actions = (
      await database.db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["create", "publish", "unpublish"]);
    expect(await lifecycle.setPublished("publication", "finnes-ikke", true, editor)).toEqual({
      ok: false,
      message: "Fant ikke oppføringen.",
    });
  });
});
