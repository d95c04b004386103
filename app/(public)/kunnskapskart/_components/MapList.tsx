import Link from "next/link";
import type { KnowledgeMap } from "@/lib/knowledge-map/map";
import type { MapFilters } from "@/lib/knowledge-map/queries";
import { overviewHref } from "@/lib/publications/filters";
import { STUDY_DESIGN_LABELS } from "@/lib/publications/study-design";
import { CountCircle } from "./CountCircle";

/** The map as a list (narrow screens): each topic with the designs it has works of. */
export function MapList({ map, filters, max }: { map: KnowledgeMap; filters: MapFilters; max: number }) {
  return (
    <ul className="grid gap-4 md:hidden" aria-label="Antall publikasjoner per tema og studiedesign">
      {map.rows.map((row) => {
        const present = map.designs.filter((design) => row.counts[design] > 0);
        return (
          <li key={row.slug} className="rounded-xl border border-line bg-card p-4">
            <h3 className="font-semibold">
              {row.name} <span className="font-normal text-muted">({row.total})</span>
            </h3>
            {present.length === 0 ? (
              <p className="mt-1 text-sm text-muted">Ingen publikasjoner.</p>
            ) : (
              <ul className="mt-2 grid gap-1">
                {present.map((design) => (
                  <li key={design}>
                    <Link
                      href={overviewHref({ ...filters, topic: row.slug, design })}
                      className="flex items-center gap-2 py-1"
                    >
                      <CountCircle count={row.counts[design]} max={max} />
                      <span>
                        <span className="sr-only">{row.name}, </span>
                        {STUDY_DESIGN_LABELS[design]}: {row.counts[design]}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
