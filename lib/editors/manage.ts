import type { PrismaClient } from "../generated/prisma/client";
import type { EditorRole } from "../generated/prisma/enums";
import { recordAudit } from "../audit";
import { hashPassword } from "../auth/password";
import { passwordSchema } from "../auth/password-rules";
import { newEditorSchema } from "./schema";

// Managing editor accounts: used by the admins' pages (after requireAdmin) and by the
// editors CLI (`npm run editors`). No "server-only" import, so that the CLI can use it.

type Db = PrismaClient;
type Actor = { userId: string | null; ip?: string | null };

export class EditorError extends Error {}

const publicFields = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

export function listEditors(db: Db) {
  return db.user.findMany({ orderBy: { name: "asc" }, select: publicFields });
}

export async function createEditor(
  db: Db,
  actor: Actor,
  input: { email: string; name: string; role: EditorRole; password: string },
) {
  // The CLI passes what was typed on the command line: the same rules as the admins' form.
  const identity = newEditorSchema.pick({ name: true, email: true }).safeParse(input);
  if (!identity.success) throw new EditorError(identity.error.issues[0]?.message ?? "Ugyldig navn eller e-post.");
  const { name, email } = identity.data;
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) throw new EditorError(password.error.issues[0]?.message ?? "Ugyldig passord.");
  if (await db.user.findUnique({ where: { email } }))
    throw new EditorError(`Det finnes allerede en redaktør med e-post ${email}.`);
  const passwordHash = await hashPassword(password.data);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role: input.role, passwordHash }, select: publicFields });
    await recordAudit(tx, {
      action: "editor_create",
      userId: actor.userId,
      entityType: "user",
      entityId: user.id,
      detail: { email, role: input.role },
      ip: actor.ip,
    });
    return user;
  });
}

async function userByEmail(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new EditorError(`Fant ingen redaktør med e-post ${email}.`);
  return user;
}

/** Disabling ends every session of the editor at once. */
export async function setEditorDisabled(db: Db, actor: Actor, email: string, disabled: boolean) {
  const user = await userByEmail(db, email);
  if (disabled && user.id === actor.userId) throw new EditorError("Du kan ikke deaktivere deg selv.");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabled } });
    if (disabled)
      await tx.editorSession.updateMany({
        where: { userId: user.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    await recordAudit(tx, {
      action: disabled ? "editor_disable" : "editor_enable",
      userId: actor.userId,
      entityType: "user",
      entityId: user.id,
      ip: actor.ip,
    });
  });
}

export async function setEditorRole(db: Db, actor: Actor, email: string, role: EditorRole) {
  const user = await userByEmail(db, email);
  if (user.id === actor.userId && role !== "admin")
    throw new EditorError("Du kan ikke fjerne din egen administratorrolle.");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit(tx, {
      action: "editor_update",
      userId: actor.userId,
      entityType: "user",
      entityId: user.id,
      detail: { role },
      ip: actor.ip,
    });
  });
}

/** A new password ends every session of the editor. */
export async function resetEditorPassword(db: Db, actor: Actor, email: string, newPassword: string) {
  const password = passwordSchema.safeParse(newPassword);
  if (!password.success) throw new EditorError(password.error.issues[0]?.message ?? "Ugyldig passord.");
  const user = await userByEmail(db, email);
  const passwordHash = await hashPassword(password.data);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.editorSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      action: "editor_password",
      userId: actor.userId,
      entityType: "user",
      entityId: user.id,
      ip: actor.ip,
    });
  });
}
