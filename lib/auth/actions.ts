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
    const ip = clientIp(await headers());
    await db.$transaction(async (tx) => {
      await tx.editorSession.update({ where: { id: editor.sessionId }, data: { revokedAt: new Date() } });
      await recordAudit(tx, { action: "logout", userId: editor.id, ip });
    });
  }
  await signOut({ redirectTo: "/redaksjon/logg-inn" });
}
