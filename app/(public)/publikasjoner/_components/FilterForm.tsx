import { PUBLICATION_TYPES, PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import type { PublicationType } from "@/lib/generated/prisma/enums";
import type { OverviewFilters } from "@/lib/publications/overview";

type Facets = { types: Map<PublicationType, number>; minYear: number | null; maxYear: number | null };

// A plain GET form: the filters live in the URL and work without JavaScript.
export function FilterForm({ filters, facets }: { filters: OverviewFilters; facets: Facets }) {
  const inputClass = "mt-1 block w-full rounded-md border border-muted bg-card px-3 py-2";
  return (
    <form method="get" action="/publikasjoner" aria-labelledby="filter-tittel" className="self-start rounded-xl border border-line bg-card p-5">
      <h2 id="filter-tittel" className="text-lg font-semibold">
        Avgrens
      </h2>
      <div className="mt-4">
        <label htmlFor="filter-type" className="font-medium">
          Type
        </label>
        <select id="filter-type" name="type" defaultValue={filters.type ?? ""} className={inputClass}>
          <option value="">Alle typer</option>
          {PUBLICATION_TYPES.filter((type) => facets.types.has(type) || type === filters.type).map((type) => (
            <option key={type} value={type}>
              {PUBLICATION_TYPE_LABELS[type]} ({facets.types.get(type) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <fieldset className="mt-4">
        <legend className="font-medium">Utgivelsesår</legend>
        <div className="mt-1 grid grid-cols-2 gap-3">
          <label className="text-sm">
            Fra
            <input name="fra" type="number" inputMode="numeric" min={facets.minYear ?? undefined} max={facets.maxYear ?? undefined} defaultValue={filters.yearFrom} className={inputClass} />
          </label>
          <label className="text-sm">
            Til
            <input name="til" type="number" inputMode="numeric" min={facets.minYear ?? undefined} max={facets.maxYear ?? undefined} defaultValue={filters.yearTo} className={inputClass} />
          </label>
        </div>
      </fieldset>
      <button type="submit" className="mt-5 w-full rounded-lg bg-teal px-4 py-2.5 font-semibold text-white hover:bg-teal-dark">
        Vis treff
      </button>
    </form>
  );
}
