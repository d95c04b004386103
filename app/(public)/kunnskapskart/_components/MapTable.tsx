import Link from "next/link";
import type { KnowledgeMap } from "@/lib/knowledge-map/map";
import type { MapFilters } from "@/lib/knowledge-map/queries";
import { overviewHref } from "@/lib/publications/filters";
import { STUDY_DESIGN_LABELS } from "@/lib/publications/study-design";
import { CountCircle } from "./CountCircle";

const works = (n: number) => (n === 1 ? "1 publikasjon" : `${n} publikasjoner`);

/** The map as a table (wider screens): topics as row headers, study designs as column headers. */
export function MapTable({ map, filters, max }: { map: KnowledgeMap; filters: MapFilters; max: number }) {
  return (
    <div className="hidden overflow-x-auto rounded-xl border border-line bg-card md:block">
      <table className="w-full border-collapse text-sm">
        <caption className="px-4 py-3 text-left font-semibold">
          Antall publikasjoner per tema og studiedesign. Velg et tall for å se publikasjonene.
        </caption>
        <thead>
          <tr className="border-b border-line bg-sage-50">
            <th scope="col" className="px-3 py-2 text-left">
              Tema
            </th>
            {map.designs.map((design) => (
              <th key={design} scope="col" className="px-2 py-2 text-left align-bottom font-semibold">
                {STUDY_DESIGN_LABELS[design]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) => (
            <tr key={row.slug} className="border-b border-line last:border-b-0">
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                {row.name}
              </th>
              {map.designs.map((design) => {
                const count = row.counts[design];
                return (
                  <td key={design} className="px-2 py-1">
                    <Link
                      href={overviewHref({ ...filters, topic: row.slug, design })}
                      aria-label={`${row.name}, ${STUDY_DESIGN_LABELS[design].toLowerCase()}: ${works(count)}`}
                      data-cell={`${row.slug}/${design}`}
                      className="flex items-center gap-1 rounded-md px-1 py-1 no-underline hover:bg-sage-50"
                    >
                      <CountCircle count={count} max={max} />
                      <span className={count === 0 ? "text-muted" : "font-semibold text-ink"}>{count}</span>
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
