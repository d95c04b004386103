"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { tagsBeforeChange } from "@/lib/cache/purge";
import { editorAction, refusedBy } from "@/lib/content/engine/action-client";
import type { FormValues } from "@/lib/content/engine/adapter";
import { ADAPTERS } from "@/lib/content/engine/adapters";
import { ENTITY_TYPES, adminPath, type EntityType } from "@/lib/content/entities";
import { ENTRY_ID } from "@/lib/content/engine/entry-id";
import { moveToTrash, purge, restoreFromTrash, restoreRevision, setPublished } from "@/lib/content/engine/lifecycle";
import type { ActionResult, SavedEntry } from "@/lib/content/engine/results";
import { saveEntry } from "@/lib/content/engine/save";

// The editors' server actions for content, made by the action client (./action-client.ts): it
// checks the session and role, expires the public pages (and a CDN's, lib/cache/purge.ts) and
// writes one JSON log line per action (lib/log.mjs): who did what to which entry, how it ended
// and how long it took. The writes are in lib/content/engine/save.ts and lifecycle.ts.

const INVALID_ENTRY = "Ugyldig oppføring.";
const UNREADABLE = "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.";
const UNKNOWN_TYPE = "Ukjent innholdstype.";

const entryId = z.string().regex(ENTRY_ID);
const type = z.enum(ENTITY_TYPES);

const refusal = (checks: [path: string, message: string][]) => refusedBy(checks, UNKNOWN_TYPE);

// What the entry form sends. Anyone can post anything to an action, so the shape is checked
// before the form's own schema sees the values: an id that cannot be one, a version that is no
// whole number (PostgreSQL's integer), or values that are not an object are refused here.
const saveInput = z.object({
  type,
  entry: z.object({
    id: entryId.optional(),
    version: z.number().int().min(0).max(2_147_483_647).optional(),
    values: z.record(z.string(), z.unknown()),
  }),
});

const save = editorAction({
  name: "save",
  role: "editor",
  args: (type: EntityType, entry: { id?: string; version?: number; values: FormValues }) => ({ type, entry }),
  schema: saveInput,
  refused: refusal([
    ["entry.id", INVALID_ENTRY],
    ["entry", UNREADABLE],
  ]),
  entry: ({ type, entry }, saved?: SavedEntry) => ({ type, id: saved?.id ?? entry.id }),
  changes: {
    before: ({ type, entry }) => tagsBeforeChange(type, entry.id),
    after: ({ type }, saved) => [{ type, id: saved.id }],
  },
  run: ({ type, entry }, { editor }) => saveEntry(ADAPTERS[type], entry, editor),
});

export async function saveEntryAction(
  type: EntityType,
  input: { id?: string; version?: number; values: FormValues },
): Promise<ActionResult<SavedEntry>> {
  return save(type, input);
}

/** A publish, trash, restore or purge of one entry, which any outcome logs and a success expires. */
function lifecycleAction<Args extends unknown[], Input extends { type: EntityType; id: string }, Done extends object>(
  name: string | ((input: Input) => string),
  role: "editor" | "admin",
  args: (...args: Args) => unknown,
  schema: z.ZodType<Input>,
  checks: [string, string][],
  run: Parameters<typeof editorAction<Args, Input, Done>>[0]["run"],
) {
  return editorAction<Args, Input, Done>({
    name,
    role,
    args,
    schema,
    refused: refusal([...checks, ["id", INVALID_ENTRY]]),
    entry: ({ type, id }) => ({ type, id }),
    changes: { before: ({ type, id }) => tagsBeforeChange(type, id), after: ({ type, id }) => [{ type, id }] },
    run,
  });
}

const entry = z.object({ type, id: entryId });

const publish = lifecycleAction(
  ({ published }) => (published ? "publish" : "unpublish"),
  "editor",
  (type: EntityType, id: string, published: boolean) => ({ type, id, published }),
  entry.extend({ published: z.boolean() }),
  [["published", UNREADABLE]],
  ({ type, id, published }, { editor }) => setPublished(type, id, published, editor),
);

export async function publishAction(type: EntityType, id: string, published: boolean): Promise<ActionResult> {
  return publish(type, id, published);
}

const trash = lifecycleAction(
  "trash",
  "editor",
  (type: EntityType, id: string) => ({ type, id }),
  entry,
  [],
  ({ type, id }, { editor }) => moveToTrash(type, id, editor),
);

export async function trashAction(type: EntityType, id: string): Promise<ActionResult> {
  const outcome = await trash(type, id);
  if (outcome.ok) redirect(`${adminPath(type)}?slettet=1`);
  return outcome;
}

const restore = lifecycleAction(
  "restore-from-trash",
  "admin",
  (type: EntityType, id: string) => ({ type, id }),
  entry,
  [],
  ({ type, id }, { editor }) => restoreFromTrash(type, id, editor),
);

export async function restoreFromTrashAction(type: EntityType, id: string): Promise<ActionResult> {
  return restore(type, id);
}

const purgeForGood = lifecycleAction(
  "purge",
  "admin",
  (type: EntityType, id: string, confirmation: string) => ({ type, id, confirmation }),
  entry.extend({ confirmation: z.literal("SLETT") }),
  [["confirmation", "Skriv SLETT for å bekrefte at oppføringen skal slettes for godt."]],
  ({ type, id }, { editor }) => purge(type, id, editor),
);

export async function purgeAction(type: EntityType, id: string, confirmation: string): Promise<ActionResult> {
  return purgeForGood(type, id, confirmation);
}

const restoreVersion = lifecycleAction(
  "restore-revision",
  "editor",
  (type: EntityType, id: string, revisionId: string) => ({ type, id, revisionId }),
  entry.extend({ revisionId: entryId }),
  [["revisionId", "Ugyldig versjon."]],
  ({ type, id, revisionId }, { editor }) => restoreRevision(ADAPTERS[type], id, revisionId, editor),
);

export async function restoreRevisionAction(
  type: EntityType,
  id: string,
  revisionId: string,
): Promise<ActionResult<SavedEntry>> {
  return restoreVersion(type, id, revisionId);
}
