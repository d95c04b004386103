import Link from "next/link";

const NAV = [
  { href: "/publikasjoner", label: "Publikasjoner" },
  { href: "/kunnskapskart", label: "Kunnskapskart" },
  { href: "/prosjekter", label: "Prosjekter" },
  { href: "/arrangementer", label: "Arrangementer" },
  { href: "/om", label: "Om oversikten" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-card">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="group flex items-center gap-3 no-underline">
          <span
            aria-hidden="true"
            className="flex h-10 w-10 items-center justify-center rounded-full bg-teal text-lg font-bold text-white"
          >
            S
          </span>
          <span className="leading-tight">
            <span className="block font-serif text-xl font-semibold text-teal-dark group-hover:text-clay">
              Selvhjelp Forskning
            </span>
            <span className="block text-sm text-muted">Kunnskap om selvorganisert selvhjelp</span>
          </span>
        </Link>
        <nav aria-label="Hovedmeny">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-[0.95rem]">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
