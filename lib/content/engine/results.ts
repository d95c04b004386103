import type { FormValues } from "@/lib/content/engine/adapter";
import type { FieldErrors } from "@/lib/content/forms/field-errors";

// The one result shape of every editor action (client-safe types), made by lib/content/engine/action-client.ts.

export type Conflict = { theirs: FormValues; version: number; updatedBy: string | null; updatedAt: string };

/**
 * What an editor action answers: done (with what it made, and a message to show, if any), or
 * refused or failed with a message and, for a form, messages at its fields. `Kept` is what
 * either answer carries for a form that shows it again (the import's text, the login's email).
 */
export type ActionResult<Done = object, Kept = object> =
  | ({ ok: true; message?: string; fieldErrors?: undefined; conflict?: undefined } & Done & Kept)
  | ({ ok: false; message: string; fieldErrors?: FieldErrors; conflict?: Conflict } & Kept);

export type ActionFailure<Kept = object> = Extract<ActionResult<object, Kept>, { ok: false }>;

/** A saved entry: its id, new version and address. */
export type SavedEntry = { id: string; version: number; slug: string };
