import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/PublicShell";

export const metadata: Metadata = { title: "Fant ikke siden" };

export default function NotFound() {
  return (
    <PublicShell>
      <div className="max-w-2xl">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-clay">Feil 404</p>
        <h1 className="text-3xl font-semibold sm:text-4xl">Vi fant ikke siden</h1>
        <p className="mt-4 text-lg">
          Siden kan ha blitt flyttet, eller adressen er skrevet feil. Kanskje finner du det du leter etter her:
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-5 text-lg">
          <li>
            <Link href="/publikasjoner">Alle publikasjoner</Link> i forskningsoversikten
          </li>
          <li>
            <Link href="/prosjekter">Forskningsprosjektene</Link>
          </li>
          <li>
            <Link href="/arrangementer">Arrangementer</Link>
          </li>
          <li>
            <Link href="/">Forsiden</Link>
          </li>
        </ul>
      </div>
    </PublicShell>
  );
}
