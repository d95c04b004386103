import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/availability";
import type { ActionResult } from "@/lib/content/engine/results";

// The action client's answers and log lines, without a database: the session check and the
// CDN purge are stand-ins here (lib/auth/authorisation.integration.test.ts calls the real actions).

const REQUEST_ID = "6f1c2a9b-0d3e-4f5a-8b7c-9d0e1f2a3b4c";
const editor = { id: "ed_1", name: "Eva", email: "eva@example.no", role: "editor" as const, sessionId: "s_1" };

const session = vi.hoisted(() => ({ signedIn: true }));
vi.mock("@/lib/auth/session", () => {
  class NotAuthorisedError extends Error {}
  return {
    NotAuthorisedError,
    requireEditor: vi.fn(async () => {
      if (!session.signedIn) throw new NotAuthorisedError("Du er ikke logget inn.");
      return editor;
    }),
    requireAdmin: vi.fn(async () => {
      throw new NotAuthorisedError("Du har ikke tilgang til dette.");
    }),
  };
});
vi.mock("@/lib/cache/purge", () => ({ purgeAfterChange: vi.fn() }));
vi.mock("@/lib/content/engine/revalidate", () => ({ revalidatePublicPages: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": REQUEST_ID }) }));

const { editorAction, SOMETHING_WENT_WRONG } = await import("@/lib/content/engine/action-client");
const { revalidatePublicPages } = await import("@/lib/content/engine/revalidate");
const { purgeAfterChange } = await import("@/lib/cache/purge");
const { redirect } = await import("next/navigation");

/** The JSON lines written while `run` runs, and what it answered. */
async function logged<T>(run: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const lines: string[] = [];
  const capture = (chunk: unknown) => lines.push(String(chunk)) > 0;
  const out = vi.spyOn(process.stdout, "write").mockImplementation(capture);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(capture);
  try {
    const result = await run();
    return {
      result,
      lines: lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>),
    };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const action = (run: () => Promise<ActionResult>) =>
  editorAction<[string], { id: string }>({
    name: "test-action",
    role: "editor",
    args: (id: string) => ({ id }),
    schema: z.object({ id: z.string().regex(/^[a-z]+$/) }),
    refused: () => ({ ok: false, message: "Ugyldig oppføring." }),
    changes: { after: ({ id }) => [{ type: "topic" as const, id }] },
    run,
  });

beforeEach(() => {
  session.signedIn = true;
  vi.mocked(revalidatePublicPages).mockClear();
  vi.mocked(purgeAfterChange).mockClear();
});

describe("the editor action client", () => {
  it("answers an unexpected error «Noe gikk galt» and logs it with the request id", async () => {
    const { result, lines } = await logged(() =>
      action(async () => Promise.reject(new TypeError("row is undefined")))("abc"),
    );
    expect(result).toEqual({ ok: false, message: "Noe gikk galt. Endringen er ikke lagret." });
    expect(SOMETHING_WENT_WRONG).toBe("Noe gikk galt. Endringen er ikke lagret.");
    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        event: "action",
        action: "test-action",
        requestId: REQUEST_ID,
        editorId: "ed_1",
        result: "failed",
      }),
    ]);
    expect(lines[0]!.error).toBe("TypeError: row is undefined");
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("answers «Databasen svarer ikke» only when the database cannot be reached", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const { result, lines } = await logged(() => action(async () => Promise.reject(refused))("abc"));
    expect(result).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE });
    expect(DATABASE_UNAVAILABLE_MESSAGE).toMatch(/^Databasen svarer ikke/);
    expect(lines[0]).toMatchObject({ level: "error", requestId: REQUEST_ID, result: "failed" });
    const query = Object.assign(new Error("Invalid `prisma.topic.update()` invocation"), { code: "P2025" });
    expect((await logged(() => action(async () => Promise.reject(query))("abc"))).result).toEqual({
      ok: false,
      message: SOMETHING_WENT_WRONG,
    });
  });

  it("refuses input before the session is checked, and without a session answers the session's message", async () => {
    const run = vi.fn(async () => ({ ok: true as const }));
    const { requireEditor } = await import("@/lib/auth/session");
    vi.mocked(requireEditor).mockClear();
    expect((await logged(() => action(run)("ABC\u0000"))).result).toEqual({ ok: false, message: "Ugyldig oppføring." });
    expect(requireEditor).not.toHaveBeenCalled();
    session.signedIn = false;
    const { result, lines } = await logged(() => action(run)("abc"));
    expect(result).toEqual({ ok: false, message: "Du er ikke logget inn." });
    expect(lines).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });

  it("expires the public pages and purges the CDN after a change, and not after a refusal", async () => {
    await action(async () => ({ ok: true }))("abc");
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);
    expect(purgeAfterChange).toHaveBeenCalledWith([{ type: "topic", id: "abc" }], null);
    await action(async () => ({ ok: false, message: "Fant ikke oppføringen." }))("abc");
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);
  });

  it("lets Next.js's redirect through", async () => {
    await expect(action(async () => redirect("/redaksjon"))("abc")).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
  });
});
