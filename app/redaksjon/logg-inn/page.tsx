import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentEditor } from "@/lib/auth/session";
import { LoginForm } from "./_components/LoginForm";

export const metadata: Metadata = { title: "Logg inn", robots: { index: false } };

export default async function LoginPage() {
  if (await currentEditor()) redirect("/redaksjon");
  return (
    <main id="innhold" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-16">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-clay">Selvhjelp Forskning</p>
      <h1 className="mb-6 text-3xl font-semibold">Logg inn i redaksjonen</h1>
      <div className="rounded-xl border border-line bg-card p-6">
        <LoginForm />
      </div>
      <p className="mt-4 text-sm text-muted">Har du glemt passordet, kan en administrator gi deg et nytt.</p>
    </main>
  );
}
