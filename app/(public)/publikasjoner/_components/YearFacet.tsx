import Link from "next/link";
import { YearInput } from "@/components/YearInput";
import { facetCountText } from "@/lib/publications/facets";
import { overviewHref } from "@/lib/publications/filters";
import type { OverviewFilters } from "@/lib/publications/overview";

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
          <YearInput name="fra" value={filters.yearFrom} />
        </label>
        <label className="text-sm">
          Til
          <YearInput name="til" value={filters.yearTo} />
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
