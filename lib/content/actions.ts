"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAuthorisedError, requireAdmin, requireEditor, type Editor } from "@/lib/auth/session";
import { purgeAfterChange, tagsBeforeChange } from "@/lib/cache/purge";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/availability";
import { errorText, log, REQUEST_ID_HEADER, validRequestId } from "@/lib/log.mjs";
import type { FormValues } from "./adapter";
import { ADAPTERS } from "./adapters";
import { adminPath, isEntityType, type EntityType } from "./entities";
import { ENTRY_ID, isEntryId } from "./entry-id";
import { moveToTrash, purge, restoreFromTrash, restoreRevision, setPublished } from "./lifecycle";
import type { Outcome, SaveResult } from "./results";
import { revalidatePublicPages } from "./revalidate";
import { saveEntry } from "./save";

// The editors' server actions for content. Each is a public POST endpoint: it checks the
// session and role on the server, validates its input, writes through lib/content/save.ts
// or lifecycle.ts, and invalidates the public pages (and a CDN's, lib/cache/purge.ts). Each writes one JSON log line (lib/log.mjs):
// who did what to which entry, how it ended and how long it took.

const FAILED = "Lagringen mislyktes på grunn av en feil hos oss. Ingenting i skjemaet er tapt: prøv igjen om litt.";

/** The front server's id of the request being answered (null outside a request, as in unit tests). */
async function requestId(): Promise<string | null> {
  try {
    return validRequestId((await headers()).get(REQUEST_ID_HEADER));
  } catch {
    return null;
  }
}

async function guarded<T extends { ok: boolean }>(
  action: string,
  type: unknown,
  entryId: string | undefined,
  check: () => Promise<Editor>,
  run: (type: EntityType, editor: Editor) => Promise<T>,
): Promise<T | Outcome> {
  const started = performance.now();
  let editorId: string | undefined;
  const line = async (result: "saved" | "refused" | "not-authorised" | "failed", extra: { id?: string; message?: string; error?: string } = {}) =>
    log(result === "failed" ? "error" : "info", "save", {
      requestId: await requestId(),
      action,
      editorId,
      entry: `${String(type)}/${extra.id ?? entryId ?? "ny"}`,
      result,
      message: extra.message,
      error: extra.error,
      durationMs: Math.round(performance.now() - started),
    });
  try {
    if (typeof type !== "string" || !isEntityType(type)) return { ok: false, message: "Ukjent innholdstype." };
    const editor = await check();
    editorId = editor.id;
    const before = await tagsBeforeChange(type, entryId);
    const result = await run(type, editor);
    const savedId = "id" in result && typeof result.id === "string" ? result.id : undefined;
    if (result.ok) {
      revalidatePublicPages();
      const changed = savedId ?? entryId;
      if (changed) purgeAfterChange([{ type, id: changed }], before);
    }
    await line(result.ok ? "saved" : "refused", {
      id: savedId,
      message: "message" in result && typeof result.message === "string" ? result.message : undefined,
    });
    return result;
  } catch (error) {
    if (error instanceof NotAuthorisedError) {
      await line("not-authorised");
      return { ok: false, message: error.message };
    }
    await line("failed", { error: errorText(error) });
    // The form keeps everything typed (components/editor/EntryForm.tsx); nothing was written, as
    // each write is one transaction.
    return { ok: false, message: isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_MESSAGE : FAILED };
  }
}

const INVALID_ENTRY = "Ugyldig oppføring.";
const UNREADABLE = "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.";

// What the entry form sends. Anyone can post anything to an action, so the shape is checked
// before the form's own schema sees the values: an id that cannot be one, a version that is no
// whole number (PostgreSQL's integer), or values that are not an object are refused here.
const saveInput = z.object({
  id: z.string().regex(ENTRY_ID, { message: INVALID_ENTRY }).optional(),
  version: z.number().int().min(0).max(2_147_483_647).optional(),
  values: z.record(z.string(), z.unknown()),
});

export async function saveEntryAction(type: EntityType, input: { id?: string; version?: number; values: FormValues }): Promise<SaveResult> {
  const parsed = saveInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.some((issue) => issue.path[0] === "id") ? INVALID_ENTRY : UNREADABLE };
  return (await guarded("save", type, parsed.data.id, requireEditor, (t, editor) => saveEntry(ADAPTERS[t], parsed.data, editor))) as SaveResult;
}

async function lifecycleAction(
  action: string,
  type: unknown,
  id: unknown,
  check: () => Promise<Editor>,
  run: (t: EntityType, id: string, editor: Editor) => Promise<Outcome>,
): Promise<Outcome> {
  if (!isEntryId(id)) return { ok: false, message: INVALID_ENTRY };
  return guarded(action, type, id, check, (t, editor) => run(t, id, editor));
}

export async function publishAction(type: EntityType, id: string, published: boolean): Promise<Outcome> {
  if (typeof published !== "boolean") return { ok: false, message: UNREADABLE };
  return lifecycleAction(published ? "publish" : "unpublish", type, id, requireEditor, (t, i, e) => setPublished(t, i, published, e));
}

export async function trashAction(type: EntityType, id: string): Promise<Outcome> {
  const outcome = await lifecycleAction("trash", type, id, requireEditor, moveToTrash);
  if (outcome.ok && isEntityType(type)) redirect(`${adminPath(type)}?slettet=1`);
  return outcome;
}

export async function restoreFromTrashAction(type: EntityType, id: string): Promise<Outcome> {
  return lifecycleAction("restore-from-trash", type, id, requireAdmin, restoreFromTrash);
}

export async function purgeAction(type: EntityType, id: string, confirmation: string): Promise<Outcome> {
  if (confirmation !== "SLETT") return { ok: false, message: "Skriv SLETT for å bekrefte at oppføringen skal slettes for godt." };
  return lifecycleAction("purge", type, id, requireAdmin, purge);
}

export async function restoreRevisionAction(type: EntityType, id: string, revisionId: string): Promise<SaveResult | Outcome> {
  if (!isEntryId(revisionId)) return { ok: false, message: "Ugyldig versjon." };
  return lifecycleAction("restore-revision", type, id, requireEditor, (t, i, editor) => restoreRevision(ADAPTERS[t], i, revisionId, editor));
}
