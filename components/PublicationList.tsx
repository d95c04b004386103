import Link from "next/link";
import { Fragment } from "react";
import { PUBLICATION_TYPE_LABELS, fullName } from "@/lib/content/labels";
import type { OverviewItem } from "@/lib/publications/overview";
import { WorkTitle } from "./WorkTitle";

/** Authors, or else editors marked "(red.)", with names that matched a search in <mark>. */
function Creators({ item }: { item: OverviewItem }) {
  const authors = item.contributors.filter((c) => c.role === "author");
  const people = authors.length ? authors : item.contributors.filter((c) => c.role === "editor");
  if (!people.length) return null;
  const matched = new Set(item.highlight?.persons);
  return (
    <>
      <span className="font-semibold text-ink">
        {people.map((c, i) => (
          <Fragment key={c.person.slug}>
            {i > 0 && ", "}
            {matched.has(c.person.slug) ? <mark>{fullName(c.person)}</mark> : fullName(c.person)}
          </Fragment>
        ))}
        {!authors.length && " (red.)"}
      </span>
      {" · "}
    </>
  );
}

export function PublicationList({ items, headingLevel = 3 }: { items: OverviewItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-card">
      {items.map((item) => (
        <li key={item.id} className="p-4 sm:p-5">
          <p className="text-sm text-muted">
            <Creators item={item} />
            {item.year ?? "Uten år"}
          </p>
          <Heading className="mt-1 text-lg font-semibold">
            <Link href={`/publikasjoner/${item.slug}`}>
              <WorkTitle work={item} highlight={item.highlight} />
            </Link>
          </Heading>
          <p className="mt-2 flex flex-wrap gap-2 text-sm">
            <span className="rounded-full bg-sage-50 px-2.5 py-0.5 text-teal-dark">
              {PUBLICATION_TYPE_LABELS[item.type]}
            </span>
            {item.links.length > 0 && (
              <span className="rounded-full bg-sage-50 px-2.5 py-0.5 text-teal-dark">Fulltekst</span>
            )}
            {item.statusNote && (
              <span className="rounded-full bg-sage-50 px-2.5 py-0.5 text-teal-dark">{item.statusNote}</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
