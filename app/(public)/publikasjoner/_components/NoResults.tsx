import Link from "next/link";
import { LANGUAGE_LABELS, PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { formatCount } from "@/lib/format/norwegian";
import type { FacetValue } from "@/lib/publications/facets";
import { overviewHref } from "@/lib/publications/filters";
import type { OverviewFilters, SearchResult } from "@/lib/publications/overview";
import { STUDY_DESIGN_LABELS } from "@/lib/publications/study-design";

const hits = (count: number) => (count === 1 ? "1 treff" : `${formatCount(count)} treff`);
const nameOf = (values: FacetValue[], slug?: string) => values.find((value) => value.value === slug)?.label ?? slug;

/** What each filter is called in "Uten …", and the filters without it. */
function dropOption(
  filter: SearchResult["suggestions"]["without"][number]["filter"],
  filters: OverviewFilters,
  result: SearchResult,
) {
  const { facets } = result;
  const next = { ...filters, page: 1 };
  switch (filter) {
    case "q":
      return { label: `søkeordet «${filters.q}»`, filters: { ...next, q: undefined, sort: undefined } };
    case "type":
      return {
        label: `typen «${filters.type ? PUBLICATION_TYPE_LABELS[filters.type] : ""}»`,
        filters: { ...next, type: undefined },
      };
    case "year":
      return {
        label: `årene ${filters.yearFrom ?? ""}–${filters.yearTo ?? ""}`,
        filters: { ...next, yearFrom: undefined, yearTo: undefined },
      };
    case "language":
      return {
        label: `språket «${LANGUAGE_LABELS[filters.language ?? ""] ?? filters.language}»`,
        filters: { ...next, language: undefined },
      };
    case "design":
      return {
        label: `studiedesignet «${filters.design ? STUDY_DESIGN_LABELS[filters.design] : ""}»`,
        filters: { ...next, design: undefined },
      };
    case "topic":
      return { label: `temaet «${nameOf(facets.topics, filters.topic)}»`, filters: { ...next, topic: undefined } };
    case "project":
      return {
        label: `prosjektet «${nameOf(facets.projects, filters.project)}»`,
        filters: { ...next, project: undefined },
      };
    case "person":
      return { label: `personen «${nameOf(facets.persons, filters.person)}»`, filters: { ...next, person: undefined } };
    case "plain":
      return { label: "«Kort fortalt»", filters: { ...next, plainLanguage: undefined } };
  }
}

/** Zero results: a better spelling of the search, and the filters whose removal finds works. */
export function NoResults({ filters, result }: { filters: OverviewFilters; result: SearchResult }) {
  const { didYouMean, without } = result.suggestions;
  const options = without.filter((option) => option.total > 0);
  return (
    <div className="rounded-xl border border-line bg-card p-6">
      <p className="font-semibold">Ingen publikasjoner passer med dette utvalget.</p>
      {didYouMean && (
        <p className="mt-3">
          Mente du{" "}
          <Link href={overviewHref({ ...filters, q: didYouMean.q, page: 1 })}>
            <span className="font-semibold">«{didYouMean.q}»</span> ({hits(didYouMean.total)})
          </Link>
          ?
        </p>
      )}
      {options.length > 0 && (
        <>
          <p className="mt-3">Du finner flere uten et av valgene:</p>
          <ul className="mt-1 list-disc pl-5">
            {options.map((option) => {
              const drop = dropOption(option.filter, filters, result);
              return (
                <li key={option.filter}>
                  <Link href={overviewHref(drop.filters)}>
                    Uten {drop.label} ({hits(option.total)})
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="mt-3">
        <Link href={overviewHref({})}>Vis alle publikasjonene</Link>
      </p>
    </div>
  );
}
