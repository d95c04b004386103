"use server";

import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { clientIp, signOut } from "./config";
import { currentEditor } from "./session";

/** Ends the session on the server (the row is revoked), then clears the cookie. */
export async function logoutAction(): Promise<void> {
  const editor = await currentEditor();
  if (editor) {
    await db.editorSession.update({ where: { id: editor.sessionId }, data: { revokedAt: new Date() } });
    await recordAudit(db, { action: "logout", userId: editor.id, ip: clientIp(await headers()) });
  }
  await signOut({ redirectTo: "/redaksjon/logg-inn" });
}
