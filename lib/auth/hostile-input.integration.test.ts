import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";
import { INITIAL_IMPORT_STATE } from "@/lib/publications/import/state";
import { EMPTY_PUBLICATION } from "@/lib/publications/schema";

// Every server action called as an attacker posting by hand would: with arguments of the wrong
// type or shape (a string where FormData belongs, arrays, objects, NUL, huge values, ids that
// cannot be ids), by a signed-in admin so that the checks are not hidden behind the session
// check. Each must answer with a Norwegian message, not throw, and change nothing. A message
// about the database not answering would mean the input reached a query and failed there.

const session = vi.hoisted(() => ({ sid: null as string | null }));
const signIn = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/config", () => ({
  auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null),
  signIn,
  signOut: vi.fn(),
  clientIp: () => "203.0.113.9",
}));
// The login action tells a refused sign-in by next-auth's AuthError; the module itself needs Next's runtime.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
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
let login: typeof import("@/app/redaksjon/logg-inn/actions");
let content: typeof import("@/lib/content/engine/actions");
let editors: typeof import("@/lib/editors/actions");
let importer: typeof import("@/lib/publications/import/actions");
let adminSid: string;
let workId: string;
let deletedId: string;

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
      db.auditEvent.count(),
    ]),
  );
}

beforeAll(async () => {
  database = await createSeededDatabase();
  login = await import("@/app/redaksjon/logg-inn/actions");
  content = await import("@/lib/content/engine/actions");
  editors = await import("@/lib/editors/actions");
  importer = await import("@/lib/publications/import/actions");
  adminSid = (await createTestEditor(database.db, "admin", "ada@example.no")).sessionId;
  workId = (await database.db.publication.findUniqueOrThrow({ where: { slug: "hjelper-selvhjelp" } })).id;
  deletedId = (
    await database.db.publication.update({ where: { slug: "fortrolige-fremmede" }, data: { deletedAt: new Date() } })
  ).id;
});
afterAll(async () => database?.drop());
beforeEach(() => {
  session.sid = adminSid;
  signIn.mockClear();
});

/** Calls an action with arguments its TypeScript signature does not allow, as a POST can. */
const call = (action: (...args: never[]) => Promise<unknown>, ...args: unknown[]) =>
  (action as (...a: unknown[]) => Promise<unknown>)(...args);

function expectRefused(result: unknown, label: string) {
  expect(result, label).toMatchObject({ ok: false, message: expect.any(String) });
  expect((result as { message: string }).message, label).not.toMatch(
    /databasen ikke svarer|Databasen svarer ikke|mislyktes|Noe gikk galt/,
  );
}

const HOSTILE_VALUES = ["x", "", null, undefined, 42, 1e308, true, [], ["a", "b"], {}, "\u0000", "x".repeat(100_000)];

describe("the login action", () => {
  const initial = { ok: true as const, email: "" };

  it("answers a form message when what arrives is not the form", async () => {
    for (const form of HOSTILE_VALUES) {
      const result = await call(login.login, initial, form);
      expect(result, String(form).slice(0, 20)).toEqual({
        ok: false,
        message: "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.",
        email: "",
      });
    }
    // As Next.js calls it for a no-JavaScript form posted with $ACTION_ID_: the form first, nothing second.
    expect(await call(login.login, new FormData())).toMatchObject({
      message: expect.stringMatching(/^Skjemaet kunne ikke leses/),
    });
    expect(signIn).not.toHaveBeenCalled();
  });

  it("answers a form message for missing, repeated, uploaded, huge and NUL fields", async () => {
    const forms: [string, Record<string, string | Blob | string[]>][] = [
      ["empty", {}],
      ["no password", { email: "eva@example.no" }],
      ["no email", { password: "passord" }],
      ["files", { email: new Blob(["eva@example.no"]), password: new Blob(["x"]) }],
      ["huge email", { email: `${"e".repeat(100_000)}@example.no`, password: "passord" }],
      ["huge password", { email: "eva@example.no", password: "p".repeat(100_000) }],
      ["NUL in the email", { email: "eva\u0000@example.no", password: "passord" }],
      ["repeated email", { email: ["not an address", "eva@example.no"], password: "passord" }],
    ];
    for (const [label, fields] of forms) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields))
        for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
      const result = await login.login(initial, form);
      expect(result.message, label).toMatch(
        /^(Skriv e-postadressen din|Skriv passordet ditt|E-postadressen er for lang|Feil e-post eller passord)\./,
      );
      expect(result.email.length, label).toBeLessThanOrEqual(320);
    }
    expect(signIn).not.toHaveBeenCalled();
  });
});

describe("the content actions", () => {
  const values = { ...EMPTY_PUBLICATION, title: "Angrep", type: "annet" };

  it("refuse save input of the wrong shape", async () => {
    const before = await snapshot();
    const inputs: unknown[] = [
      ...HOSTILE_VALUES,
      { values: "x" },
      { values: [] },
      { values: null },
      { id: "\u0000", version: 1, values },
      { id: "x".repeat(5000), version: 1, values },
      { id: ["a"], version: 1, values },
      { id: workId, version: "1", values },
      { id: workId, version: 1.5, values },
      { id: workId, version: 1e12, values },
      { id: workId, version: -1, values },
    ];
    for (const input of inputs)
      expectRefused(
        await call(content.saveEntryAction, "publication", input),
        JSON.stringify(input)?.slice(0, 60) ?? "undefined",
      );
    for (const type of HOSTILE_VALUES)
      expectRefused(await call(content.saveEntryAction, type, { values }), `type ${String(type).slice(0, 20)}`);
    expect(await snapshot()).toBe(before);
  });

  it("refuse lifecycle calls with ids, flags and confirmations of the wrong type", async () => {
    const before = await snapshot();
    for (const id of HOSTILE_VALUES) {
      const label = `id ${String(id).slice(0, 20)}`;
      expectRefused(await call(content.publishAction, "publication", id, true), label);
      expectRefused(await call(content.trashAction, "publication", id), label);
      expectRefused(await call(content.restoreFromTrashAction, "publication", id), label);
      expectRefused(await call(content.purgeAction, "publication", id, "SLETT"), label);
      expectRefused(await call(content.restoreRevisionAction, "publication", id, "any"), label);
      expectRefused(await call(content.restoreRevisionAction, "publication", workId, id), label);
    }
    for (const flag of ["true", 1, [true], {}, null])
      expectRefused(await call(content.publishAction, "publication", workId, flag), `flag ${String(flag)}`);
    for (const confirmation of [["SLETT"], { SLETT: true }, "slett", null]) {
      expectRefused(
        await call(content.purgeAction, "publication", deletedId, confirmation),
        `confirmation ${String(confirmation)}`,
      );
    }
    expect(await snapshot()).toBe(before);
  });
});

describe("the editor admin actions", () => {
  it("refuse arguments of the wrong type or size", async () => {
    const before = await snapshot();
    const newEditor = { name: "Ny Redaktør", email: "ny@example.no", role: "editor", password: "et langt nok passord" };
    const results = [
      ...HOSTILE_VALUES.map((input) => call(editors.createEditorAction, input)),
      call(editors.createEditorAction, { ...newEditor, role: "superadmin" }),
      call(editors.createEditorAction, { ...newEditor, name: "n".repeat(100_000) }),
      call(editors.createEditorAction, { ...newEditor, email: ["ny@example.no"] }),
      call(editors.createEditorAction, { ...newEditor, password: "p".repeat(100_000) }),
      ...HOSTILE_VALUES.map((target) => call(editors.setDisabledAction, target, true)),
      ...["true", 1, null, [true]].map((flag) => call(editors.setDisabledAction, "ada@example.no", flag)),
      ...HOSTILE_VALUES.map((role) => call(editors.setRoleAction, "ada@example.no", role)),
      ...HOSTILE_VALUES.map((password) => call(editors.resetPasswordAction, "ada@example.no", password)),
      ...HOSTILE_VALUES.map((key) => call(editors.liftLockAction, key)),
    ];
    for (const [i, result] of (await Promise.all(results)).entries()) expectRefused(result, `call ${i}`);
    expect(await snapshot()).toBe(before);
  });
});

describe("the import action", () => {
  it("answers a form message when what arrives is not the form", async () => {
    const before = await snapshot();
    for (const form of HOSTILE_VALUES) {
      const result = await call(importer.importAction, INITIAL_IMPORT_STATE, form);
      expect(result, String(form).slice(0, 20)).toMatchObject({
        ok: false,
        step: "start",
        message: "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.",
      });
    }
    expect(await snapshot()).toBe(before);
  });

  it("answers field messages for wrong fields", async () => {
    const before = await snapshot();
    const forms: Record<string, string | Blob>[] = [
      {},
      { source: "", format: "auto" },
      { source: "@book{a, title={T}, year=2024}", format: "word" },
      { source: "x".repeat(1_100_000), format: "auto" },
      { file: new File(["@book{a, title={T}}"], "liste.exe"), format: "auto" },
      {
        source: "@book{a, title={T}, year=2024}",
        format: "auto",
        step: "import",
        digest: "x".repeat(5000),
        confirm: "abc",
      },
    ];
    for (const fields of forms) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      const result = (await importer.importAction(INITIAL_IMPORT_STATE, form)) as { ok: boolean; message?: string };
      expect(result.message ?? "", Object.keys(fields).join()).not.toMatch(/mislyktes|Noe gikk galt/);
    }
    expect(await snapshot()).toBe(before);
  });
});
