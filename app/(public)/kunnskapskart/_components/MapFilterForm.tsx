import { PUBLICATION_TYPE_LABELS, PUBLICATION_TYPES } from "@/lib/content/labels";
import type { MapFilters } from "@/lib/knowledge-map/queries";

import { filterInputClass as inputClass, YearInput } from "@/components/YearInput";

// A plain GET form: the filters live in the URL and work without JavaScript.
export function MapFilterForm({ filters }: { filters: MapFilters }) {
  return (
    <form
      method="get"
      action="/kunnskapskart"
      aria-labelledby="kart-filter-tittel"
      className="mb-8 rounded-xl border border-line bg-card p-5"
    >
      <h2 id="kart-filter-tittel" className="text-lg font-semibold">
        Avgrens kartet
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-[1fr_8rem_8rem_auto] sm:items-end">
        <div>
          <label htmlFor="kart-type" className="font-medium">
            Type
          </label>
          <select id="kart-type" name="type" defaultValue={filters.type ?? ""} className={inputClass}>
            <option value="">Alle typer</option>
            {PUBLICATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {PUBLICATION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kart-fra" className="font-medium">
            Fra år
          </label>
          <YearInput id="kart-fra" name="fra" value={filters.yearFrom} />
        </div>
        <div>
          <label htmlFor="kart-til" className="font-medium">
            Til år
          </label>
          <YearInput id="kart-til" name="til" value={filters.yearTo} />
        </div>
        <button type="submit" className="rounded-lg bg-teal px-4 py-2.5 font-semibold text-white hover:bg-teal-dark">
          Vis kartet
        </button>
      </div>
    </form>
  );
}
