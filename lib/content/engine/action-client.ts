import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { NotAuthorisedError, requireAdmin, requireEditor, type Editor } from "@/lib/auth/session";
import { purgeAfterChange } from "@/lib/cache/purge";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/availability";
import { errorText, log, REQUEST_ID_HEADER, validRequestId } from "@/lib/log.mjs";
import type { EntityType } from "@/lib/content/entities";
import type { ActionFailure, ActionResult } from "@/lib/content/engine/results";
import { revalidatePublicPages, revalidatePublicPagesFromRoute } from "@/lib/content/engine/revalidate";

// The one way an editor action is made (content, import, editors, trash, login). Every server
// action is a public POST endpoint that anyone can call with anything, so each one, in order:
// reads its arguments through a zod schema (a form message for what it refuses, before any
// query), checks the session and role on the server, runs, expires the cached public pages and
// purges a CDN when content changed, and answers one ActionResult. What it did not expect is
// logged with the request's id and answered «Noe gikk galt» (or «Databasen svarer ikke» when the
// database is away): never a stack trace, never a 500.

export const SOMETHING_WENT_WRONG = "Noe gikk galt. Endringen er ikke lagret.";

type Role = "editor" | "admin";
type Changed = { type: EntityType; id: string }[];
type Context<R extends Role | null> = { editor: R extends Role ? Editor : null; requestId: string | null };

type ActionSpec<Args extends unknown[], Input, Done, Kept, R extends Role | null> = {
  /** The action's name in the log (publish or unpublish, by its input). */
  name: string | ((input: Input) => string);
  /** Who may call it: any editor, admins, or anyone (the login). */
  role: R;
  /** The arguments as one value for the schema. */
  args: (...args: Args) => unknown;
  schema: z.ZodType<Input>;
  /** The message for arguments the schema refuses. */
  refused: (error: z.ZodError) => ActionFailure<Kept>;
  run: (input: Input, context: Context<R>) => Promise<ActionResult<Done, Kept>>;
  /** Errors the action means as answers (an EditorError): their message, or null for any other error. */
  expected?: (error: unknown) => string | null;
  /** What a failed answer carries for the form (the import keeps the text; undefined: not read yet). */
  kept?: (input: Input | undefined) => Kept;
  /** The messages for an unexpected failure and for a database that is away, where the action has its own words. */
  messages?: Partial<Messages>;
  /** Content actions: the entry in the log, which logs every outcome (not only failures). */
  entry?: (input: Input, done?: Done) => { type: EntityType; id?: string };
  /** Content the action changed: the public pages expire and a CDN is purged of them. */
  changes?: {
    before?: (input: Input) => Promise<string[] | null>;
    after: (input: Input, done: Done & Kept) => Changed;
  };
  /** Called from a route handler (an upload too large for an action), where updateTag may not be used. */
  fromRoute?: true;
};

/**
 * The refusal for arguments a schema refused: the message of the first check (an argument's
 * path) that has an issue, in the order the arguments are checked, else `otherwise`.
 */
export function refusedBy(checks: [path: string, message: string][], otherwise: string) {
  return (error: z.ZodError): ActionFailure => {
    const paths = error.issues.map((issue) => issue.path.join("."));
    const found = checks.find(([path]) => paths.some((p) => p === path || p.startsWith(`${path}.`)));
    return { ok: false, message: found?.[1] ?? otherwise };
  };
}

/** The front server's id of the request being answered (null outside a request, as in unit tests). */
async function requestId(): Promise<string | null> {
  try {
    return validRequestId((await headers()).get(REQUEST_ID_HEADER));
  } catch {
    return null;
  }
}

type Messages = { failed: string; unavailable: string };
const MESSAGES: Messages = { failed: SOMETHING_WENT_WRONG, unavailable: DATABASE_UNAVAILABLE_MESSAGE };

/** The answer to an error the action did not expect; a database that is away is told as such. */
export function unexpectedFailure(error: unknown, messages: Messages = MESSAGES): { ok: false; message: string } {
  return { ok: false, message: isDatabaseUnavailable(error) ? messages.unavailable : messages.failed };
}

/**
 * Next.js signals redirect(), notFound() and dynamic rendering by throwing errors with these
 * digests (what next/navigation's unstable_rethrow tests): they are answers, not failures.
 */
function isNextSignal(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_") || digest === "DYNAMIC_SERVER_USAGE" || digest.startsWith("BAILOUT_TO_"))
  );
}

export function editorAction<Args extends unknown[], Input, Done = object, Kept = object, R extends Role | null = Role>(
  spec: ActionSpec<Args, Input, Done, Kept, R>,
): (...args: Args) => Promise<ActionResult<Done, Kept>> {
  return async (...args) => {
    const started = performance.now();
    const context = { editor: null, requestId: await requestId() } as {
      editor: Editor | null;
      requestId: string | null;
    };
    let read: { input: Input } | undefined;
    const line = (
      result: "saved" | "refused" | "not-authorised" | "failed",
      fields: { entry?: string; message?: string; error?: string } = {},
    ) =>
      log(result === "failed" ? "error" : "info", spec.entry ? "save" : "action", {
        requestId: context.requestId,
        action: typeof spec.name === "string" ? spec.name : read && spec.name(read.input),
        editorId: context.editor?.id,
        entry: fields.entry,
        result,
        message: fields.message,
        error: fields.error,
        durationMs: Math.round(performance.now() - started),
      });
    const entryOf = (done?: Done) => {
      const entry = read && spec.entry?.(read.input, done);
      return entry && `${entry.type}/${entry.id ?? "ny"}`;
    };
    try {
      // Reading the arguments may read an upload (the import), hence async and inside the try.
      const parsed = await spec.schema.safeParseAsync(spec.args(...args));
      if (!parsed.success) return spec.refused(parsed.error);
      read = { input: parsed.data };
      const { input } = read;
      if (spec.role) context.editor = await (spec.role === "admin" ? requireAdmin() : requireEditor());
      const before = (await spec.changes?.before?.(input)) ?? null;
      // The role check above is what makes the context's editor non-null for R = Role.
      const result = await spec.run(input, context as Context<R>);
      const changed = result.ok && spec.changes ? spec.changes.after(input, result) : [];
      if (changed.length > 0) {
        if (spec.fromRoute) revalidatePublicPagesFromRoute();
        else revalidatePublicPages();
        purgeAfterChange(changed, before);
      }
      if (spec.entry)
        line(result.ok ? "saved" : "refused", {
          entry: entryOf(result.ok ? result : undefined),
          message: result.ok ? undefined : result.message,
        });
      return result;
    } catch (error) {
      if (isNextSignal(error)) throw error;
      // Without `kept`, Kept is its default: nothing (object).
      const kept = spec.kept ? spec.kept(read?.input) : ({} as Kept);
      if (error instanceof NotAuthorisedError) {
        if (spec.entry) line("not-authorised", { entry: entryOf() });
        return { ok: false, message: error.message, ...kept };
      }
      const expected = spec.expected?.(error);
      if (expected) return { ok: false, message: expected, ...kept };
      line("failed", { entry: entryOf(), error: errorText(error) });
      // Nothing was written: each action's writes are one transaction.
      return { ...unexpectedFailure(error, { ...MESSAGES, ...spec.messages }), ...kept };
    }
  };
}
