import type { FormValues } from "./adapter";
import type { FieldErrors } from "./field-errors";

// The result shapes of the editors' server actions (client-safe types).

export type Conflict = { theirs: FormValues; version: number; updatedBy: string | null; updatedAt: string };

export type SaveResult =
  { ok: true; id: string; version: number; slug: string } | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: Conflict };

export type Outcome = { ok: true } | { ok: false; message: string };
