import Link from "next/link";
import { PUBLICATION_TYPE_LABELS, fullName } from "@/lib/content/labels";
import type { OverviewItem } from "@/lib/publications/overview";
import { WorkTitle } from "./WorkTitle";

function creators(item: OverviewItem): string {
  const authors = item.contributors.filter((c) => c.role === "author");
  if (authors.length) return authors.map((c) => fullName(c.person)).join(", ");
  const editors = item.contributors.filter((c) => c.role === "editor");
  return editors.length ? `${editors.map((c) => fullName(c.person)).join(", ")} (red.)` : "";
}

export function PublicationList({ items, headingLevel = 3 }: { items: OverviewItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-card">
      {items.map((item) => (
        <li key={item.id} className="p-4 sm:p-5">
          <p className="text-sm text-muted">
            <span className="font-semibold text-ink">{creators(item)}</span>
            {creators(item) ? " · " : ""}
            {item.year ?? "Uten år"}
          </p>
          <Heading className="mt-1 text-lg font-semibold">
            <Link href={`/publikasjoner/${item.slug}`}>
              <WorkTitle work={item} />
            </Link>
          </Heading>
          <p className="mt-2 flex flex-wrap gap-2 text-sm">
            <span className="rounded-full bg-sage-50 px-2.5 py-0.5 text-teal-dark">{PUBLICATION_TYPE_LABELS[item.type]}</span>
            {item.links.length > 0 && <span className="rounded-full bg-sage-50 px-2.5 py-0.5 text-teal-dark">Fulltekst</span>}
            {item.statusNote && <span className="rounded-full bg-sage-50 px-2.5 py-0.5 text-teal-dark">{item.statusNote}</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
