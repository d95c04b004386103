"use server";

import { redirect } from "next/navigation";
import { NotAuthorisedError, requireAdmin, requireEditor, type Editor } from "@/lib/auth/session";
import type { FormValues } from "./adapter";
import { ADAPTERS } from "./adapters";
import { adminPath, isEntityType, type EntityType } from "./entities";
import { moveToTrash, purge, restoreFromTrash, restoreRevision, setPublished } from "./lifecycle";
import type { Outcome, SaveResult } from "./results";
import { revalidatePublicPages } from "./revalidate";
import { saveEntry } from "./save";

// The editors' server actions for content. Each is a public POST endpoint: it checks the
// session and role on the server, validates its input, writes through lib/content/save.ts
// or lifecycle.ts, and invalidates the public pages.

const UNAVAILABLE = "Lagringen mislyktes fordi databasen ikke svarer. Ingenting i skjemaet er tapt: prøv igjen om litt.";

async function guarded<T extends { ok: boolean }>(
  type: unknown,
  check: () => Promise<Editor>,
  run: (type: EntityType, editor: Editor) => Promise<T>,
): Promise<T | Outcome> {
  try {
    if (typeof type !== "string" || !isEntityType(type)) return { ok: false, message: "Ukjent innholdstype." };
    const editor = await check();
    const result = await run(type, editor);
    if (result.ok) revalidatePublicPages();
    return result;
  } catch (error) {
    if (error instanceof NotAuthorisedError) return { ok: false, message: error.message };
    console.error("Content action failed", error);
    return { ok: false, message: UNAVAILABLE };
  }
}

const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 40;

export async function saveEntryAction(type: EntityType, input: { id?: string; version?: number; values: FormValues }): Promise<SaveResult> {
  return (await guarded(type, requireEditor, async (t, editor) => {
    const adapter = ADAPTERS[t];
    if (!adapter) return { ok: false as const, message: "Denne innholdstypen kan ikke redigeres ennå." };
    if (input?.id !== undefined && !validId(input.id)) return { ok: false as const, message: "Ugyldig oppføring." };
    return saveEntry(adapter, { id: input?.id, version: input?.version, values: input?.values }, editor);
  })) as SaveResult;
}

async function lifecycleAction(
  type: unknown,
  id: unknown,
  check: () => Promise<Editor>,
  run: (t: EntityType, id: string, editor: Editor) => Promise<Outcome>,
): Promise<Outcome> {
  if (!validId(id)) return { ok: false, message: "Ugyldig oppføring." };
  return guarded(type, check, (t, editor) => run(t, id, editor));
}

export async function publishAction(type: EntityType, id: string, published: boolean): Promise<Outcome> {
  return lifecycleAction(type, id, requireEditor, (t, i, e) => setPublished(t, i, published === true, e));
}

export async function trashAction(type: EntityType, id: string): Promise<Outcome> {
  const outcome = await lifecycleAction(type, id, requireEditor, moveToTrash);
  if (outcome.ok && isEntityType(type)) redirect(`${adminPath(type)}?slettet=1`);
  return outcome;
}

export async function restoreFromTrashAction(type: EntityType, id: string): Promise<Outcome> {
  return lifecycleAction(type, id, requireAdmin, restoreFromTrash);
}

export async function purgeAction(type: EntityType, id: string, confirmation: string): Promise<Outcome> {
  if (confirmation !== "SLETT") return { ok: false, message: "Skriv SLETT for å bekrefte at oppføringen skal slettes for godt." };
  return lifecycleAction(type, id, requireAdmin, purge);
}

export async function restoreRevisionAction(type: EntityType, id: string, revisionId: string): Promise<SaveResult | Outcome> {
  if (!validId(revisionId)) return { ok: false, message: "Ugyldig versjon." };
  return lifecycleAction(type, id, requireEditor, async (t, i, editor) => {
    const adapter = ADAPTERS[t];
    if (!adapter) return { ok: false, message: "Denne innholdstypen kan ikke redigeres ennå." };
    return restoreRevision(adapter, i, revisionId, editor);
  });
}
