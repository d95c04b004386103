import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";

// Merging two persons on the seed's content (lib/persons/merge.ts) and undoing it from the
// history (merge-undo.ts), through the server actions an editor's browser calls.

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/config", () => ({
  auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), draftMode: async () => ({ isEnabled: false }) }));

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let actions: typeof import("./merge-actions");
let redirects: typeof import("@/lib/content/engine/redirects");
let db: Awaited<ReturnType<typeof createSeededDatabase>>["db"];
let editorSid: string;

const ids = { kept: "", dup: "", movedWork: "", joinedWork: "", joinedProject: "", movedProject: "" };

// "M. Hedlund": the duplicate an import with initials would leave of the seed's Marianne Hedlund.
// It takes over her place on one work, stands before her on another (the same work, both), is a
// member of her project too and of another one, and has an ORCID iD and a link she lacks.
async function makeDuplicate() {
  const kept = await db.person.findUniqueOrThrow({
    where: { slug: "marianne-hedlund" },
    include: { contributions: true, memberships: true },
  });
  const dup = await db.person.create({
    data: {
      slug: "m-hedlund",
      givenName: "M.",
      familyName: "Hedlund",
      status: "published",
      orcid: "0000-0002-1825-0097",
      cristinId: "99999901",
      links: { create: { kind: "info", url: "https://example.no/m-hedlund", label: "Side" } },
    },
  });
  const [moved, joined] = kept.contributions;
  if (!moved || !joined || !kept.memberships[0]) throw new Error("The seed's Marianne Hedlund has changed");
  await db.publicationContributor.update({
    where: { publicationId_personId_role: { publicationId: moved.publicationId, personId: kept.id, role: "author" } },
    data: { personId: dup.id },
  });
  await db.publicationContributor.update({
    where: { publicationId_personId_role: { publicationId: joined.publicationId, personId: kept.id, role: "author" } },
    data: { position: 7 },
  });
  await db.publicationContributor.create({
    data: { publicationId: joined.publicationId, personId: dup.id, role: "author", position: 3 },
  });
  const project = kept.memberships[0].projectId;
  const other = await db.project.findFirstOrThrow({ where: { members: { none: { personId: kept.id } } } });
  const hint = await db.organisation.findFirstOrThrow();
  await db.projectMember.create({
    data: {
      projectId: project,
      personId: dup.id,
      position: 9,
      role: "Deltaker",
      affiliations: { create: { organisationId: hint.id, position: 0 } },
    },
  });
  await db.projectMember.create({ data: { projectId: other.id, personId: dup.id, position: 4 } });
  Object.assign(ids, {
    kept: kept.id,
    dup: dup.id,
    movedWork: moved.publicationId,
    joinedWork: joined.publicationId,
    joinedProject: project,
    movedProject: other.id,
  });
}

/** Everything a merge may touch, in a stable order, to compare before and after. */
async function state() {
  const both = { in: [ids.kept, ids.dup] };
  return {
    contributions: await db.publicationContributor.findMany({
      where: { personId: both },
      orderBy: [{ publicationId: "asc" }, { personId: "asc" }],
    }),
    members: await db.projectMember.findMany({
      where: { personId: both },
      orderBy: { id: "asc" },
      select: {
        id: true,
        projectId: true,
        personId: true,
        role: true,
        position: true,
        affiliations: { select: { organisationId: true, note: true, position: true } },
      },
    }),
    links: await db.link.findMany({ where: { personId: both }, orderBy: { id: "asc" } }),
    persons: await db.person.findMany({
      where: { id: both },
      orderBy: { id: "asc" },
      select: {
        id: true,
        slug: true,
        orcid: true,
        cristinId: true,
        givenName: true,
        bio: true,
        affiliationId: true,
        deletedAt: true,
      },
    }),
    redirects: await db.slugRedirect.findMany({ where: { entityType: "person" }, orderBy: { oldSlug: "asc" } }),
  };
}

const version = async (id: string) => (await db.person.findUniqueOrThrow({ where: { id } })).version;
const merge = async (keptId = ids.kept, otherId = ids.dup) =>
  actions.mergePersonsAction({
    keptId,
    keptVersion: await version(keptId),
    otherId,
    otherVersion: await version(otherId),
  });

beforeAll(async () => {
  database = await createSeededDatabase();
  db = database.db;
  actions = await import("./merge-actions");
  redirects = await import("@/lib/content/engine/redirects");
  editorSid = (await createTestEditor(db, "editor")).sessionId;
  await makeDuplicate();
});
afterAll(async () => database?.drop());
beforeEach(() => {
  session.sid = editorSid;
});

describe("merging two persons", () => {
  let before: Awaited<ReturnType<typeof state>>;
  let mergeId = "";

  it("previews what will move, with the work and the project where both stand", async () => {
    const outcome = await actions.previewMergeAction(ids.kept, ids.dup);
    expect(outcome).toMatchObject({
      ok: true,
      preview: {
        works: 2,
        joinedWorks: 1,
        projects: 2,
        joinedProjects: 1,
        links: 1,
        filled: ["ORCID iD", "Cristin-id"],
      },
    });
  });

  it("moves works, memberships and links, keeps one row at the better position, and redirects", async () => {
    before = await state();
    const revisions = await db.revision.count({ where: { entityType: "person", entityId: ids.kept } });
    const outcome = await merge();
    expect(outcome).toMatchObject({ ok: true });
    if (outcome.ok) mergeId = outcome.mergeId;

    const rows = await db.publicationContributor.findMany({ where: { personId: { in: [ids.kept, ids.dup] } } });
    expect(rows.every((r) => r.personId === ids.kept)).toBe(true);
    expect(rows.find((r) => r.publicationId === ids.movedWork)?.position).toBe(1);
    // Both stood on this work: one row, at the earlier of their positions (3, not 7).
    expect(rows.filter((r) => r.publicationId === ids.joinedWork)).toMatchObject([{ position: 3 }]);
    const [work] = await db.$queryRaw<{ personIds: string[] }[]>`
      SELECT "personIds" FROM "Publication" WHERE id = ${ids.movedWork}`;
    expect(work?.personIds).toContain(ids.kept);
    expect(work?.personIds).not.toContain(ids.dup);

    const members = await db.projectMember.findMany({ where: { personId: { in: [ids.kept, ids.dup] } } });
    expect(members.map((m) => [m.projectId, m.personId]).sort()).toEqual(
      [
        [ids.joinedProject, ids.kept],
        [ids.movedProject, ids.kept],
      ].sort(),
    );
    const kept = await db.person.findUniqueOrThrow({ where: { id: ids.kept }, include: { links: true } });
    expect(kept.orcid).toBe("0000-0002-1825-0097");
    expect(kept.cristinId).toBe("99999901");
    expect(kept.links.map((l) => l.url)).toContain("https://example.no/m-hedlund");
    expect((await db.person.findUniqueOrThrow({ where: { id: ids.dup } })).deletedAt).not.toBeNull();
    expect(await redirects.currentPathOfOldSlug("person", "m-hedlund")).toBe("/personer/marianne-hedlund");

    // The seed's state before the first change, and the merge's one revision.
    expect(await db.revision.count({ where: { entityType: "person", entityId: ids.kept } })).toBe(revisions + 2);
    const audit = await db.auditEvent.findMany({ where: { action: "person_merge", entityId: ids.kept } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toMatchObject({ mergedId: ids.dup, works: 2, projects: 2 });
  });

  it("refuses a merged person, in either direction", async () => {
    const outcome = await actions.previewMergeAction(ids.kept, ids.dup);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining("Fant ikke personen") });
    expect(await merge(ids.dup, ids.kept)).toMatchObject({ ok: false, message: expect.stringContaining("Fant ikke") });
  });

  it("undoes exactly what moved, with its own revision and audit entry", async () => {
    const keptVersion = await version(ids.kept);
    const outcome = await actions.undoMergeAction(ids.kept, mergeId);
    expect(outcome).toMatchObject({ ok: true });
    expect(await state()).toEqual(before);
    expect(await version(ids.kept)).toBe(keptVersion + 1);
    expect(
      await db.revision.count({ where: { entityType: "person", entityId: ids.kept, version: keptVersion + 1 } }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "person_merge_undo", entityId: ids.kept } })).toBe(1);
    expect(await redirects.currentPathOfOldSlug("person", "m-hedlund")).toBeNull();
    expect(await actions.undoMergeAction(ids.kept, mergeId)).toMatchObject({
      ok: false,
      message: "Denne sammenslåingen er allerede angret.",
    });
  });

  it("refuses the undo once a moved row has changed since, and changes nothing", async () => {
    const outcome = await merge();
    if (!outcome.ok) throw new Error(outcome.message);
    await db.publicationContributor.update({
      where: { publicationId_personId_role: { publicationId: ids.movedWork, personId: ids.kept, role: "author" } },
      data: { position: 0 },
    });
    const merged = await state();
    expect(await actions.undoMergeAction(ids.kept, outcome.mergeId)).toEqual({
      ok: false,
      message: expect.stringContaining("kan ikke angres fordi forfatterlisten på et av verkene er endret"),
    });
    expect(await state()).toEqual(merged);
    // Put back as it was, the undo is safe again.
    await db.publicationContributor.update({
      where: { publicationId_personId_role: { publicationId: ids.movedWork, personId: ids.kept, role: "author" } },
      data: { position: 1 },
    });
    expect(await actions.undoMergeAction(ids.kept, outcome.mergeId)).toMatchObject({ ok: true });
  });
});

describe("what a merge refuses", () => {
  it("two different ORCID iDs", async () => {
    await db.person.update({ where: { id: ids.kept }, data: { orcid: "0000-0001-5109-3700" } });
    const before = await state();
    expect(await merge()).toEqual({ ok: false, message: expect.stringContaining("ulike ORCID iD-er") });
    expect(await state()).toEqual(before);
    await db.person.update({ where: { id: ids.kept }, data: { orcid: null } });
  });

  it("two different Cristin ids", async () => {
    await db.person.update({ where: { id: ids.kept }, data: { cristinId: "99999902" } });
    const before = await state();
    expect(await merge()).toEqual({ ok: false, message: expect.stringContaining("ulike Cristin-id-er") });
    expect(await state()).toEqual(before);
    await db.person.update({ where: { id: ids.kept }, data: { cristinId: null } });
  });

  it("a person with itself, one that does not exist, one in the trash, and an id that cannot be one", async () => {
    expect(await merge(ids.kept, ids.kept)).toEqual({
      ok: false,
      message: "En person kan ikke slås sammen med seg selv.",
    });
    expect(await actions.previewMergeAction(ids.kept, "finnes-ikke")).toMatchObject({ ok: false });
    const trashed = await db.person.create({
      data: { slug: "i-papirkurven", familyName: "Papirkurv", deletedAt: new Date() },
    });
    expect(await merge(ids.kept, trashed.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining("papirkurven"),
    });
    expect(await actions.previewMergeAction(ids.kept, "../x'; DROP")).toEqual({
      ok: false,
      message: "Ugyldig person. Last siden på nytt og prøv igjen.",
    });
  });

  it("a stale form: either person changed since the preview", async () => {
    const stale = { keptId: ids.kept, keptVersion: (await version(ids.kept)) - 1, otherId: ids.dup };
    expect(await actions.mergePersonsAction({ ...stale, otherVersion: await version(ids.dup) })).toEqual({
      ok: false,
      message: expect.stringContaining("endret siden du så over"),
    });
  });

  it("the plain form (without JavaScript): a forged version or id, and a stale one", async () => {
    const posted = async (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.set(name, value);
      return actions.mergePersonsFormAction(null, data);
    };
    const fields = {
      keptId: ids.kept,
      keptVersion: String(await version(ids.kept)),
      otherId: ids.dup,
      otherVersion: String(await version(ids.dup)),
    };
    const before = await state();
    const invalid = { ok: false, message: "Ugyldig person. Last siden på nytt og prøv igjen." };
    expect(await posted({ ...fields, keptVersion: "1e3" })).toEqual(invalid);
    expect(await posted({ ...fields, otherVersion: "" })).toEqual(invalid);
    expect(await posted({ ...fields, otherId: "../x'; DROP" })).toEqual(invalid);
    expect(await posted({ ...fields, keptVersion: String(Number(fields.keptVersion) + 1) })).toEqual({
      ok: false,
      message: expect.stringContaining("endret siden du så over"),
    });
    expect(await state()).toEqual(before);
  });

  it("an editor who is not signed in, for the merge and the undo", async () => {
    session.sid = null;
    const before = await state();
    expect(await merge()).toEqual({ ok: false, message: "Du er ikke logget inn, eller økten er utløpt." });
    const data = new FormData();
    for (const [name, value] of Object.entries({ keptId: ids.kept, otherId: ids.dup })) data.set(name, value);
    data.set("keptVersion", String(await version(ids.kept)));
    data.set("otherVersion", String(await version(ids.dup)));
    expect(await actions.mergePersonsFormAction(null, data)).toEqual({
      ok: false,
      message: "Du er ikke logget inn, eller økten er utløpt.",
    });
    expect(await actions.undoMergeAction(ids.kept, "noe")).toMatchObject({ ok: false });
    expect(await actions.previewMergeAction(ids.kept, ids.dup)).toMatchObject({ ok: false });
    expect(await state()).toEqual(before);
  });
});
