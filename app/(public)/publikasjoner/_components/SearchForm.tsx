import { LANGUAGE_LABELS, PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { defaultSort, overviewHref } from "@/lib/publications/filters";
import { facetCountText, type FacetValue } from "@/lib/publications/facets";
import type { OverviewFilters, SearchResult } from "@/lib/publications/overview";
import { STUDY_DESIGN_LABELS } from "@/lib/publications/study-design";
import { LiveSearchForm } from "./LiveSearchForm";
import { YearFacet } from "./YearFacet";

const inputClass = "mt-1 block w-full rounded-md border border-muted bg-card px-3 py-2";

type Option = { value: string; label: string; count?: number };

function Select({
  name,
  label,
  value,
  empty,
  options,
  approximate = false,
}: {
  name: string;
  label: string;
  value?: string;
  empty: string;
  options: Option[];
  /** The counts come from a sample: «ca. 4 100». */
  approximate?: boolean;
}) {
  const id = `filter-${name}`;
  return (
    <div className="mt-4">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.count === undefined
              ? option.label
              : `${option.label} (${facetCountText(option.count, approximate)})`}
          </option>
        ))}
      </select>
    </div>
  );
}

const named = (values: FacetValue[]): Option[] => values.map(({ value, label, count }) => ({ value, label, count }));

const RELEVANCE = "Mest relevante først";
const ALPHABETICAL = "Alfabetisk etter forfatter";
const BY_YEAR: Option[] = [
  { value: "nyeste", label: "Nyeste først" },
  { value: "eldste", label: "Eldste først" },
];

/** The default order (relevance with search text, else alphabetical) as the empty choice. */
function sortOptions(searching: boolean): { empty: string; options: Option[] } {
  return searching
    ? { empty: RELEVANCE, options: [{ value: "alfabetisk", label: ALPHABETICAL }, ...BY_YEAR] }
    : { empty: ALPHABETICAL, options: [{ value: "relevans", label: `${RELEVANCE} (ved søk)` }, ...BY_YEAR] };
}

// A plain GET form: the state lives in the URL and works without JavaScript; LiveSearchForm adds
// results as you type.
export function SearchForm({ filters, result }: { filters: OverviewFilters; result: SearchResult }) {
  const { facets } = result;
  const approximate = result.approximate.facets;
  return (
    <LiveSearchForm
      current={overviewHref(filters)}
      method="get"
      action="/publikasjoner"
      role="search"
      aria-labelledby="filter-tittel"
      className="self-start rounded-xl border border-line bg-card p-5"
    >
      <h2 id="filter-tittel" className="text-lg font-semibold">
        Søk og avgrens
      </h2>
      <label htmlFor="filter-q" className="mt-4 block font-medium">
        Søk i publikasjonene
      </label>
      <input
        id="filter-q"
        name="q"
        type="search"
        defaultValue={filters.q}
        autoComplete="off"
        aria-describedby="filter-q-hjelp"
        className={inputClass}
      />
      <p id="filter-q-hjelp" className="mt-1 text-sm text-muted">
        Tittel, forfatter, tema, sammendrag, institusjon, prosjekt, DOI eller ISBN. Bøyde former og små skrivefeil går
        bra.
      </p>
      <Select
        name="type"
        approximate={approximate}
        label="Type"
        value={filters.type}
        empty="Alle typer"
        options={facets.types.map(({ value, count }) => ({ value, label: PUBLICATION_TYPE_LABELS[value], count }))}
      />
      <YearFacet filters={filters} years={facets.years} approximate={approximate} />
      <Select
        name="tema"
        label="Tema"
        value={filters.topic}
        empty="Alle temaer"
        options={named(facets.topics)}
        approximate={approximate}
      />
      <Select
        name="design"
        approximate={approximate}
        label="Studiedesign"
        value={filters.design}
        empty="Alle studiedesign"
        options={facets.designs.map(({ value, count }) => ({ value, label: STUDY_DESIGN_LABELS[value], count }))}
      />
      <Select
        name="prosjekt"
        approximate={approximate}
        label="Prosjekt"
        value={filters.project}
        empty="Alle prosjekter"
        options={named(facets.projects)}
      />
      <Select
        name="person"
        approximate={approximate}
        label="Person"
        value={filters.person}
        empty="Alle personer"
        options={named(facets.persons)}
      />
      <Select
        name="sprak"
        approximate={approximate}
        label="Språk"
        value={filters.language}
        empty="Alle språk"
        options={facets.languages.map(({ value, count }) => ({ value, label: LANGUAGE_LABELS[value] ?? value, count }))}
      />
      <div className="mt-4 flex items-center gap-2">
        <input
          id="filter-kort"
          name="kort"
          type="checkbox"
          value="ja"
          defaultChecked={filters.plainLanguage}
          className="h-5 w-5 accent-teal"
        />
        <label htmlFor="filter-kort" className="font-medium">
          Har «Kort fortalt» ({facetCountText(facets.plain[0]?.count ?? 0, approximate)})
        </label>
      </div>
      <Select
        name="sorter"
        label="Sortering"
        value={filters.sort === defaultSort(filters) ? undefined : filters.sort}
        {...sortOptions(Boolean(filters.q))}
      />
      <button
        type="submit"
        className="mt-5 w-full rounded-lg bg-teal px-4 py-2.5 font-semibold text-white hover:bg-teal-dark"
      >
        Vis treff
      </button>
    </LiveSearchForm>
  );
}
