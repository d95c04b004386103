import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";
import { INITIAL_IMPORT_STATE } from "@/lib/publications/import/state";
import { EMPTY_PUBLICATION } from "@/lib/publications/schema";

// Every server action that writes, called as an attacker would: without a session, with
// an ordinary editor's session on admin-only actions, with a revoked session, and with ids
// of deleted or non-existent entries. Each must refuse and leave the database unchanged.

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/config", () => ({
  auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null),
  signIn: vi.fn(),
  signOut: vi.fn(),
  clientIp: () => "203.0.113.9",
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), draftMode: async () => ({ isEnabled: false }) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let content: typeof import("@/lib/content/engine/actions");
let editors: typeof import("@/lib/editors/actions");
let importer: typeof import("@/lib/publications/import/actions");
let editorSid: string;
let adminSid: string;
let workId: string;
let deletedId: string;

/** A fingerprint of everything the actions could change. */
async function snapshot() {
  const { db } = database;
  return JSON.stringify(
    await Promise.all([
      db.publication.findMany({
        orderBy: { id: "asc" },
        select: { id: true, title: true, status: true, version: true, deletedAt: true },
      }),
      db.user.findMany({
        orderBy: { id: "asc" },
        select: { id: true, role: true, disabled: true, passwordHash: true },
      }),
      db.revision.count(),
      db.loginThrottle.count(),
      db.person.count(),
    ]),
  );
}

beforeAll(async () => {
  database = await createSeededDatabase();
  content = await import("@/lib/content/engine/actions");
  editors = await import("@/lib/editors/actions");
  importer = await import("@/lib/publications/import/actions");
  editorSid = (await createTestEditor(database.db, "editor", "eva@example.no")).sessionId;
  adminSid = (await createTestEditor(database.db, "admin", "ada@example.no")).sessionId;
  workId = (await database.db.publication.findUniqueOrThrow({ where: { slug: "hjelper-selvhjelp" } })).id;
  const deleted = await database.db.publication.update({
    where: { slug: "fortrolige-fremmede" },
    data: { deletedAt: new Date() },
  });
  deletedId = deleted.id;
  await database.db.loginThrottle.create({
    data: { key: "email:eva@example.no", failures: 5, lockedUntil: new Date(Date.now() + 60_000) },
  });
});
afterAll(async () => database?.drop());
beforeEach(() => {
  session.sid = null;
});

const newWork = { values: { ...EMPTY_PUBLICATION, title: "Angrep", type: "annet" } };

/** The import form's «Importer» step, with the digest of the text as if it had been previewed. */
function importForm(): FormData {
  const data = new FormData();
  const source = "@book{a, title={Importert angrep}, author={Inntrenger, Ivar}, year=2024}";
  data.set("source", source);
  data.set("format", "auto");
  data.set("step", "import");
  data.set("digest", createHash("sha256").update(`auto\n${source}`).digest("hex"));
  return data;
}

const contentActions = () => [
  () => content.saveEntryAction("publication", newWork),
  () =>
    content.saveEntryAction("publication", {
      id: workId,
      version: 1,
      values: { ...EMPTY_PUBLICATION, title: "Overskrevet", type: "rapport" },
    }),
  () => content.publishAction("publication", workId, false),
  () => content.trashAction("publication", workId),
  () => content.restoreFromTrashAction("publication", deletedId),
  () => content.purgeAction("publication", deletedId, "SLETT"),
  () => content.restoreRevisionAction("publication", workId, "any"),
  () => importer.importAction(INITIAL_IMPORT_STATE, importForm()),
];
const adminActions = () => [
  () => content.restoreFromTrashAction("publication", deletedId),
  () => content.purgeAction("publication", deletedId, "SLETT"),
  () =>
    editors.createEditorAction({
      name: "Inntrenger",
      email: "x@example.no",
      role: "admin",
      password: "langt nok passord her",
    }),
  () => editors.setDisabledAction("ada@example.no", true),
  () => editors.setRoleAction("eva@example.no", "admin"),
  () => editors.resetPasswordAction("ada@example.no", "et helt nytt passord"),
  () => editors.liftLockAction("email:eva@example.no"),
];

describe("server actions refuse", () => {
  it("every write without a session", async () => {
    const before = await snapshot();
    for (const action of [...contentActions(), ...adminActions()]) {
      const result = await action();
      expect(result.ok).toBe(false);
      expect((result as { message: string }).message).toMatch(/ikke logget inn|tilgang|Ugyldig/);
    }
    expect(await snapshot()).toBe(before);
  });

  it("admin-only actions for an ordinary editor", async () => {
    session.sid = editorSid;
    const before = await snapshot();
    for (const action of adminActions()) {
      const result = await action();
      expect(result.ok).toBe(false);
    }
    expect(await snapshot()).toBe(before);
  });

  it("a revoked or idle session as if there were none", async () => {
    const revoked = await createTestEditor(database.db, "admin");
    await database.db.editorSession.update({ where: { id: revoked.sessionId }, data: { revokedAt: new Date() } });
    const idle = await createTestEditor(database.db, "admin");
    await database.db.editorSession.update({
      where: { id: idle.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    const disabled = await createTestEditor(database.db, "admin");
    await database.db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const before = await snapshot();
    for (const sid of [revoked.sessionId, idle.sessionId, disabled.sessionId, "forged-session-id"]) {
      session.sid = sid;
      for (const action of contentActions()) expect((await action()).ok).toBe(false);
    }
    expect(await snapshot()).toBe(before);
  });

  it("ids of deleted, non-existent or malformed entries, and unknown types", async () => {
    session.sid = adminSid;
    const before = await snapshot();
    const results = [
      await content.saveEntryAction("publication", { id: deletedId, version: 1, values: newWork.values }),
      await content.saveEntryAction("publication", { id: "finnes-ikke", version: 1, values: newWork.values }),
      await content.publishAction("publication", deletedId, true),
      await content.publishAction("publication", "finnes-ikke", true),
      await content.restoreRevisionAction("publication", workId, "finnes-ikke"),
      await content.purgeAction("publication", workId, "SLETT"),
      await content.purgeAction("publication", deletedId, "slett"),
      await content.publishAction("publication", "x".repeat(500), true),
      await content.saveEntryAction("user" as never, newWork),
      await content.saveEntryAction("publication", { id: workId, values: newWork.values }),
    ];
    for (const result of results) expect(result.ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });
});

describe("server actions allow", () => {
  it("an editor to save, and tell plainly when the database fails", async () => {
    session.sid = editorSid;
    const saved = await content.saveEntryAction("publication", newWork);
    expect(saved.ok).toBe(true);
    const { db } = await import("@/lib/db");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
      errno: -111,
      syscall: "connect",
    });
    const spy = vi
      .spyOn(db, "$transaction")
      .mockRejectedValueOnce(refused)
      .mockRejectedValueOnce(new Error("something else"));
    const failed = await content.saveEntryAction("publication", newWork);
    const otherwise = await content.saveEntryAction("publication", newWork);
    spy.mockRestore();
    expect(failed).toEqual({
      ok: false,
      message: "Databasen svarer ikke. Endringen er ikke lagret – prøv igjen om litt.",
    });
    expect(otherwise).toEqual({ ok: false, message: "Noe gikk galt. Endringen er ikke lagret." });
  });

  it("an admin to lift a login lock", async () => {
    session.sid = adminSid;
    expect((await editors.liftLockAction("email:eva@example.no")).ok).toBe(true);
    expect(await database.db.loginThrottle.count({ where: { key: "email:eva@example.no" } })).toBe(0);
  });
});
