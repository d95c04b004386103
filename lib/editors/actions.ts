"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { clientIp } from "@/lib/auth/config";
import { NotAuthorisedError, requireAdmin } from "@/lib/auth/session";
import { clearFailures } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/availability";
import { fieldErrorsOf, type FieldErrors } from "@/lib/content/field-errors";
import type { Outcome } from "@/lib/content/results";
import { EditorError, createEditor, resetEditorPassword, setEditorDisabled, setEditorRole } from "./manage";
import { newEditorSchema } from "./schema";

// Admins manage editor accounts and login locks. Every action checks the admin role on
// the server; the data functions in manage.ts write the audit log.

export type EditorFormResult = Outcome & { fieldErrors?: FieldErrors };

async function asAdmin(run: (actor: { userId: string; ip: string }) => Promise<void>, done: string): Promise<EditorFormResult> {
  try {
    const admin = await requireAdmin();
    await run({ userId: admin.id, ip: clientIp(await headers()) });
    return { ok: true, message: done } as EditorFormResult;
  } catch (error) {
    if (error instanceof NotAuthorisedError || error instanceof EditorError) return { ok: false, message: error.message };
    console.error("Editor admin action failed", error);
    return {
      ok: false,
      message: isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_MESSAGE : "Endringen mislyktes på grunn av en feil hos oss. Prøv igjen om litt.",
    };
  }
}

export async function createEditorAction(input: unknown): Promise<EditorFormResult> {
  const parsed = newEditorSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Skjemaet har feil.", fieldErrors: fieldErrorsOf(parsed.error) };
  return asAdmin((actor) => createEditor(db, actor, parsed.data).then(() => undefined), `Redaktøren ${parsed.data.name} er opprettet.`);
}

const email = z.string().email().max(320);

export async function setDisabledAction(target: string, disabled: boolean): Promise<EditorFormResult> {
  if (!email.safeParse(target).success) return { ok: false, message: "Ugyldig e-postadresse." };
  if (typeof disabled !== "boolean") return { ok: false, message: "Ugyldig forespørsel." };
  return asAdmin((actor) => setEditorDisabled(db, actor, target, disabled), disabled ? "Deaktivert. Alle øktene er avsluttet." : "Aktivert igjen.");
}

export async function setRoleAction(target: string, role: string): Promise<EditorFormResult> {
  if (!email.safeParse(target).success || (role !== "admin" && role !== "editor")) return { ok: false, message: "Ugyldig rolle eller e-post." };
  return asAdmin((actor) => setEditorRole(db, actor, target, role), "Rollen er endret.");
}

export async function resetPasswordAction(target: string, password: string): Promise<EditorFormResult> {
  if (!email.safeParse(target).success || typeof password !== "string") return { ok: false, message: "Ugyldig e-postadresse." };
  return asAdmin((actor) => resetEditorPassword(db, actor, target, password), "Nytt passord er satt, og alle øktene er avsluttet.");
}

export async function liftLockAction(key: string): Promise<EditorFormResult> {
  if (typeof key !== "string" || !/^(email|ip):.{1,330}$/.test(key)) return { ok: false, message: "Ugyldig sperre." };
  return asAdmin(async (actor) => {
    await clearFailures(key);
    await recordAudit(db, { action: "throttle_lift", userId: actor.userId, detail: { key }, ip: actor.ip });
  }, "Sperren er opphevet.");
}
