import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";
import { clientIp } from "./client-ip";
import { accountKey, clearFailures, ipKey, lockedForSeconds, recordFailure } from "./throttle";

export { clientIp };

// Auth.js builds its own URLs (callbacks, redirects) from AUTH_URL when it is set, and otherwise
// from the request's Host and X-Forwarded-Host, which behind the front server name Next's private
// port and can be forged. The public address is SITE_URL (lib/env.ts); Auth.js reads AUTH_URL
// from the environment on every request.
process.env.AUTH_URL ||= new URL(env.SITE_URL).origin;

// Editors sign in with email and password. The JWT cookie only carries the id of a row in
// EditorSession; lib/auth/session.ts checks that row on every request, so logout,
// disabling an editor, the 12-hour limit and the 30-minute idle timeout hold on the server.

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export class LockedSignin extends CredentialsSignin {
  code = "locked";
}

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(256),
});

async function authorize(input: unknown, request: Request) {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(request.headers);
  const keys = [accountKey(email), ipKey(ip)];
  // Checked here, not only in the login form: the callback URL can be posted to directly.
  if ((await lockedForSeconds(keys)) > 0) throw new LockedSignin();

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabled) {
    await recordFailure(keys);
    await recordAudit(db, { action: "login_failed", userId: user?.id, detail: { email }, ip });
    return null;
  }
  await clearFailures(accountKey(email));
  // The session and its audit entry are written together or not at all.
  const session = await db.$transaction(async (tx) => {
    const created = await tx.editorSession.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000),
        ip,
        userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
      },
    });
    await recordAudit(tx, { action: "login", userId: user.id, ip });
    return created;
  });
  return { id: user.id, name: user.name, email: user.email, sessionId: session.id };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // A wrong password is an expected event (it is in the audit log), not a server error.
  logger: {
    error(error) {
      // Class names are minified in the production build; the error type is not.
      const type = "type" in error ? error.type : error.name;
      if (type !== "CredentialsSignin") console.error(error);
    },
  },
  pages: { signIn: "/redaksjon/logg-inn", error: "/redaksjon/logg-inn" },
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sessionId" in user) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
});
