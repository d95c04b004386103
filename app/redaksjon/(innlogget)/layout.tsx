import type { Metadata } from "next";
import Link from "next/link";
import { logoutAction } from "@/lib/auth/actions";
import { currentEditor } from "@/lib/auth/session";
import { ENTITY, ENTITY_TYPES } from "@/lib/content/entities";

export const metadata: Metadata = {
  title: { default: "Redaksjonen", template: "%s – Redaksjonen" },
  robots: { index: false },
};

// Navigation only: every page below checks the session itself (layouts do not re-run on
// every navigation, so they are no place for the security check).
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const editor = await currentEditor();
  return (
    <>
      <header className="border-b border-line bg-teal-dark text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/redaksjon" className="font-serif text-lg font-semibold text-white no-underline hover:text-sun">
            Redaksjonen · Selvhjelp Forskning
          </Link>
          {editor && (
            <div className="flex items-center gap-3 text-sm">
              <span>
                {editor.name} ({editor.role === "admin" ? "administrator" : "redaktør"})
              </span>
              <form action={logoutAction}>
                <button
                  type="submit"
                  className="rounded-md border border-white px-3 py-1 font-medium text-white hover:bg-white hover:text-teal-dark"
                >
                  Logg ut
                </button>
              </form>
            </div>
          )}
        </div>
        <nav aria-label="Redaksjonens meny" className="bg-teal">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
            <li>
              <Link href="/redaksjon" className="text-white">
                Oversikt
              </Link>
            </li>
            {ENTITY_TYPES.map((type) => (
              <li key={type}>
                <Link href={`/redaksjon/${ENTITY[type].adminSegment}`} className="text-white">
                  {ENTITY[type].plural}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/redaksjon/importer" className="text-white">
                Importer
              </Link>
            </li>
            <li>
              <Link href="/redaksjon/papirkurv" className="text-white">
                Papirkurv
              </Link>
            </li>
            {editor?.role === "admin" && (
              <>
                <li>
                  <Link href="/redaksjon/redaktorer" className="text-white">
                    Redaktører
                  </Link>
                </li>
                <li>
                  <Link href="/redaksjon/logg" className="text-white">
                    Logg
                  </Link>
                </li>
              </>
            )}
            <li>
              <Link href="/" className="text-white">
                Til nettstedet
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="innhold" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
