import Link from "next/link";
import { facetCountText } from "@/lib/publications/facets";
import { overviewHref } from "@/lib/publications/filters";
import type { OverviewFilters } from "@/lib/publications/overview";

const inputClass = "mt-1 block w-full rounded-md border border-muted bg-card px-3 py-2";

/** The year range: two fields, and the decades with their counts as shortcuts. */
export function YearFacet({
  filters,
  years,
  approximate,
}: {
  filters: OverviewFilters;
  years: { year: number; count: number }[];
  approximate: boolean;
}) {
  const decades = new Map<number, number>();
  for (const { year, count } of years) decades.set(year - (year % 10), (decades.get(year - (year % 10)) ?? 0) + count);
  return (
    <fieldset className="mt-4">
      <legend className="font-medium">Utgivelsesår</legend>
      <div className="mt-1 grid grid-cols-2 gap-3">
        <label className="text-sm">
          Fra
          <input
            name="fra"
            type="number"
            inputMode="numeric"
            min={1800}
            max={2100}
            defaultValue={filters.yearFrom}
            className={inputClass}
          />
        </label>
        <label className="text-sm">
          Til
          <input
            name="til"
            type="number"
            inputMode="numeric"
            min={1800}
            max={2100}
            defaultValue={filters.yearTo}
            className={inputClass}
          />
        </label>
      </div>
      {decades.size > 1 && (
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label="Tiår">
          {[...decades].reverse().map(([decade, count]) => (
            <li key={decade}>
              <Link href={overviewHref({ ...filters, yearFrom: decade, yearTo: decade + 9, page: 1 })} scroll={false}>
                {decade}–{decade + 9}
              </Link>{" "}
              <span className="text-muted">({facetCountText(count, approximate)})</span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
