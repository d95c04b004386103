import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";
import { EMPTY_PUBLICATION } from "@/lib/publications/schema";

// Every content action writes one JSON line (lib/log.mjs): who, what, which entry, how it ended,
// how long it took, with the front server's request id, and never what was typed.

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/config", () => ({
  auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "6f1c2a9b-0d3e-4f5a-8b7c-9d0e1f2a3b4c" }),
  draftMode: async () => ({ isEnabled: false }),
}));

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let content: typeof import("@/lib/content/engine/actions");
let editor: Awaited<ReturnType<typeof createTestEditor>>;

beforeAll(async () => {
  database = await createSeededDatabase();
  content = await import("@/lib/content/engine/actions");
  editor = await createTestEditor(database.db, "editor", "logg@example.no");
});
afterAll(() => database.drop());

/** The JSON lines written while `run` runs. */
async function logged(run: () => Promise<unknown>) {
  const lines: string[] = [];
  const capture = (chunk: unknown) => lines.push(String(chunk)) > 0;
  const out = vi.spyOn(process.stdout, "write").mockImplementation(capture);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(capture);
  try {
    await run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("the save log", () => {
  it("logs a save with the request id, the editor, the entry and its duration, and not the values", async () => {
    session.sid = editor.sessionId;
    let id = "";
    const lines = await logged(async () => {
      const result = await content.saveEntryAction("publication", {
        values: { ...EMPTY_PUBLICATION, title: "Hemmelig tittel i loggen", type: "annet" },
      });
      if (result.ok) id = result.id;
    });
    expect(id).not.toBe("");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      event: "save",
      action: "save",
      requestId: "6f1c2a9b-0d3e-4f5a-8b7c-9d0e1f2a3b4c",
      editorId: editor.id,
      entry: `publication/${id}`,
      result: "saved",
    });
    expect(lines[0]!.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain("Hemmelig tittel");
  });

  it("logs a refused save and an action without a session", async () => {
    session.sid = editor.sessionId;
    const refused = await logged(() =>
      content.saveEntryAction("publication", { values: { ...EMPTY_PUBLICATION, title: "", type: "annet" } }),
    );
    expect(refused[0]).toMatchObject({
      event: "save",
      result: "refused",
      entry: "publication/ny",
      editorId: editor.id,
    });
    session.sid = null;
    const signedOut = await logged(() => content.publishAction("publication", "pub_finnes_ikke", true));
    expect(signedOut[0]).toMatchObject({
      event: "save",
      action: "publish",
      result: "not-authorised",
      entry: "publication/pub_finnes_ikke",
    });
    expect(signedOut[0]).not.toHaveProperty("editorId");
  });

  it("logs an unexpected failure with the request id and the error, and tells the editor «Noe gikk galt»", async () => {
    session.sid = editor.sessionId;
    const { db } = await import("@/lib/db");
    const spy = vi
      .spyOn(db, "$transaction")
      .mockRejectedValueOnce(new TypeError("Cannot read properties of undefined"));
    let result: unknown;
    const lines = await logged(async () => {
      result = await content.saveEntryAction("publication", {
        values: { ...EMPTY_PUBLICATION, title: "Feilen", type: "annet" },
      });
    });
    spy.mockRestore();
    expect(result).toEqual({ ok: false, message: "Noe gikk galt. Endringen er ikke lagret." });
    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        event: "save",
        action: "save",
        requestId: "6f1c2a9b-0d3e-4f5a-8b7c-9d0e1f2a3b4c",
        editorId: editor.id,
        result: "failed",
        error: "TypeError: Cannot read properties of undefined",
      }),
    ]);
  });
});
