"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp, signIn } from "@/lib/auth/config";
import { editorAction } from "@/lib/content/engine/action-client";
import type { ActionResult } from "@/lib/content/engine/results";
import { accountKey, ipKey, lockedForSeconds } from "@/lib/auth/throttle";

export type LoginState = ActionResult<object, { email: string }>;

const GENERIC = "Feil e-post eller passord.";

const loginSchema = z.object({
  email: z
    .string({ message: "Skriv e-postadressen din." })
    .trim()
    .toLowerCase()
    .max(320, { message: "E-postadressen er for lang." })
    .email({ message: "Skriv e-postadressen din." }),
  password: z
    .string({ message: "Skriv passordet ditt." })
    .min(1, { message: "Skriv passordet ditt." })
    .max(256, { message: GENERIC }),
});

function lockedMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 90
    ? `For mange mislykkede forsøk. Vent ${seconds} sekunder og prøv igjen.`
    : `For mange mislykkede forsøk. Innloggingen er stengt i ${minutes} minutter. En administrator kan åpne den igjen.`;
}

// The action is a public POST endpoint: what arrives as the form may be anything (a string, an
// array, nothing), and is answered with a message on the form, not an error page.
const loginForm = z.instanceof(FormData).transform((form) => ({
  email: typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 320) : "",
  credentials: loginSchema.safeParse({ email: form.get("email"), password: form.get("password") }),
}));

const signInWithPassword = editorAction<[FormData], z.output<typeof loginForm>, object, { email: string }, null>({
  name: "login",
  role: null,
  args: (form: FormData) => form,
  schema: loginForm,
  refused: () => ({ ok: false, message: "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.", email: "" }),
  kept: (read) => ({ email: read?.email ?? "" }),
  run: async ({ email, credentials }) => {
    if (!credentials.success) return { ok: false, message: credentials.error.issues[0]?.message ?? GENERIC, email };
    try {
      // Next.js signals the redirect after a successful sign-in by throwing; the action client lets it through.
      await signIn("credentials", { ...credentials.data, redirectTo: "/redaksjon" });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const seconds = await lockedForSeconds([accountKey(credentials.data.email), ipKey(clientIp(await headers()))]);
      return { ok: false, message: seconds > 0 ? lockedMessage(seconds) : GENERIC, email };
    }
    return { ok: true, email };
  },
});

export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  return signInWithPassword(form);
}
