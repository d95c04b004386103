"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp, signIn } from "@/lib/auth/config";
import { accountKey, ipKey, lockedForSeconds } from "@/lib/auth/throttle";

export type LoginState = { message: string | null; email: string };

const GENERIC = "Feil e-post eller passord.";

const loginSchema = z.object({
  email: z
    .string({ message: "Skriv e-postadressen din." })
    .trim()
    .toLowerCase()
    .max(320, { message: "E-postadressen er for lang." })
    .email({ message: "Skriv e-postadressen din." }),
  password: z.string({ message: "Skriv passordet ditt." }).min(1, { message: "Skriv passordet ditt." }).max(256, { message: GENERIC }),
});

// The action is a public POST endpoint: what arrives as the form may be anything (a string, an
// array, nothing), and is answered with a message on the form, not an error page.
const loginForm = z.instanceof(FormData);

function lockedMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 90
    ? `For mange mislykkede forsøk. Vent ${seconds} sekunder og prøv igjen.`
    : `For mange mislykkede forsøk. Innloggingen er stengt i ${minutes} minutter. En administrator kan åpne den igjen.`;
}

export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  if (!loginForm.safeParse(form).success) return { message: "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.", email: "" };
  const parsed = loginSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 320) : "";
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? GENERIC, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/redaksjon" });
  } catch (error) {
    if (error instanceof AuthError) {
      const seconds = await lockedForSeconds([accountKey(parsed.data.email), ipKey(clientIp(await headers()))]);
      return { message: seconds > 0 ? lockedMessage(seconds) : GENERIC, email };
    }
    // Next.js signals the redirect after a successful sign-in by throwing; let it through.
    throw error;
  }
  return { message: null, email };
}
