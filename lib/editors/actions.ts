"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { clientIp } from "@/lib/auth/config";
import { clearFailures } from "@/lib/auth/throttle";
import { editorAction, refusedBy } from "@/lib/content/engine/action-client";
import { fieldErrorsOf } from "@/lib/content/forms/field-errors";
import type { ActionResult } from "@/lib/content/engine/results";
import { db } from "@/lib/db";
import { EditorError, createEditor, resetEditorPassword, setEditorDisabled, setEditorRole } from "./manage";
import { newEditorSchema } from "./schema";

// Admins manage editor accounts and login locks. Every action checks the admin role on the
// server (lib/content/engine/action-client.ts); the data functions in manage.ts write the audit log.

/** An admin action: what it refuses as an EditorError is an answer, as is the message when done. */
function adminAction<Args extends unknown[], Input>(
  name: string,
  args: (...args: Args) => unknown,
  schema: z.ZodType<Input>,
  refused: (error: z.ZodError) => Extract<ActionResult, { ok: false }>,
  run: (input: Input, actor: { userId: string; ip: string }) => Promise<string>,
) {
  return editorAction({
    name,
    role: "admin",
    args,
    schema,
    refused,
    expected: (error) => (error instanceof EditorError ? error.message : null),
    run: async (input, { editor }) => ({
      ok: true,
      message: await run(input, { userId: editor.id, ip: clientIp(await headers()) }),
    }),
  });
}

const email = z.string().email().max(320);

const create = adminAction(
  "create-editor",
  (input: unknown) => input,
  newEditorSchema,
  (error) => ({ ok: false, message: "Skjemaet har feil.", fieldErrors: fieldErrorsOf(error) }),
  async (input, actor) => {
    await createEditor(db, actor, input);
    return `Redaktøren ${input.name} er opprettet.`;
  },
);

export async function createEditorAction(input: unknown): Promise<ActionResult> {
  return create(input);
}

const disable = adminAction(
  "set-disabled",
  (target: string, disabled: boolean) => ({ target, disabled }),
  z.object({ target: email, disabled: z.boolean() }),
  refusedBy([["target", "Ugyldig e-postadresse."]], "Ugyldig forespørsel."),
  async ({ target, disabled }, actor) => {
    await setEditorDisabled(db, actor, target, disabled);
    return disabled ? "Deaktivert. Alle øktene er avsluttet." : "Aktivert igjen.";
  },
);

export async function setDisabledAction(target: string, disabled: boolean): Promise<ActionResult> {
  return disable(target, disabled);
}

const changeRole = adminAction(
  "set-role",
  (target: string, role: string) => ({ target, role }),
  z.object({ target: email, role: z.enum(["admin", "editor"]) }),
  refusedBy([], "Ugyldig rolle eller e-post."),
  async ({ target, role }, actor) => {
    await setEditorRole(db, actor, target, role);
    return "Rollen er endret.";
  },
);

export async function setRoleAction(target: string, role: string): Promise<ActionResult> {
  return changeRole(target, role);
}

const resetPassword = adminAction(
  "reset-password",
  (target: string, password: string) => ({ target, password }),
  z.object({ target: email, password: z.string() }),
  refusedBy([], "Ugyldig e-postadresse."),
  async ({ target, password }, actor) => {
    await resetEditorPassword(db, actor, target, password);
    return "Nytt passord er satt, og alle øktene er avsluttet.";
  },
);

export async function resetPasswordAction(target: string, password: string): Promise<ActionResult> {
  return resetPassword(target, password);
}

const liftLock = adminAction(
  "lift-lock",
  (key: string) => key,
  z.string().regex(/^(email|ip):.{1,330}$/),
  refusedBy([], "Ugyldig sperre."),
  async (key, actor) => {
    await clearFailures(key);
    await recordAudit(db, { action: "throttle_lift", userId: actor.userId, detail: { key }, ip: actor.ip });
    return "Sperren er opphevet.";
  },
);

export async function liftLockAction(key: string): Promise<ActionResult> {
  return liftLock(key);
}
