import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./config";

// The secure check of the editors' area. Every page, server action and route handler
// under /redaksjon calls requireEditor() or requireAdmin(); proxy.ts only redirects early.

export const IDLE_TIMEOUT_MS = 30 * 60_000;
const TOUCH_AFTER_MS = 60_000;

export type Editor = { id: string; name: string; email: string; role: "admin" | "editor"; sessionId: string };

export class NotAuthorisedError extends Error {
  constructor(readonly reason: "signed-out" | "forbidden") {
    super(reason === "signed-out" ? "Du er ikke logget inn, eller økten er utløpt." : "Du har ikke tilgang til dette.");
  }
}

/** The signed-in editor, or null when there is no valid session. Once per request. */
export const currentEditor = cache(async (): Promise<Editor | null> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  if (!sid) return null;
  const row = await db.editorSession.findUnique({
    where: { id: sid },
    include: { user: { select: { id: true, name: true, email: true, role: true, disabled: true } } },
  });
  const now = Date.now();
  if (!row || row.revokedAt || row.user.disabled) return null;
  if (row.expiresAt.getTime() <= now || now - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) return null;
  if (now - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.editorSession.update({ where: { id: sid }, data: { lastSeenAt: new Date(now) } });
  }
  const { id, name, email, role } = row.user;
  return { id, name, email, role, sessionId: row.id };
});

/** For server actions and route handlers: the editor, or NotAuthorisedError. */
export async function requireEditor(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) throw new NotAuthorisedError("signed-out");
  return editor;
}

export async function requireAdmin(): Promise<Editor> {
  const editor = await requireEditor();
  if (editor.role !== "admin") throw new NotAuthorisedError("forbidden");
  return editor;
}

/** For pages: sends visitors without a valid session to the login page. */
export async function requireEditorPage(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) redirect("/redaksjon/logg-inn");
  return editor;
}

export async function requireAdminPage(): Promise<Editor> {
  const editor = await requireEditorPage();
  if (editor.role !== "admin") redirect("/redaksjon?ingen-tilgang=1");
  return editor;
}
