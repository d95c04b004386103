import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Editor } from "../lib/auth/session";

/** An editor account with a live session, for tests of the write path. */
export async function createTestEditor(
  db: PrismaClient,
  role: "admin" | "editor",
  email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.no`,
): Promise<Editor> {
  const user = await db.user.create({
    data: {
      email,
      name: role === "admin" ? "Ada Admin" : "Eva Redaktør",
      role,
      passwordHash: "not-used-in-these-tests",
    },
  });
  const session = await db.editorSession.create({
    data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { id: user.id, name: user.name, email: user.email, role, sessionId: session.id };
}
