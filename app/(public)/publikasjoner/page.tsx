import type { Metadata } from "next";
import { PageHeading } from "@/components/PageHeading";
import { PublicationList } from "@/components/PublicationList";
import { overviewQueryString } from "@/lib/interop/overview";
import { overviewHref, parseOverviewParams } from "@/lib/publications/filters";
import { overviewFacets, publicationOverview } from "@/lib/publications/overview";
import { FilterForm } from "./_components/FilterForm";
import { DownloadResults } from "./_components/DownloadResults";
import { Pagination } from "./_components/Pagination";

export const metadata: Metadata = {
  title: "Publikasjoner",
  description: "Forskningsoversikten: avhandlinger, rapporter, artikler og bøker om selvhjelp og selvhjelpsgrupper, i alfabetisk rekkefølge.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PublicationsPage({ searchParams }: Props) {
  const { filters, problems } = parseOverviewParams(await searchParams);
  const [overview, facets] = await Promise.all([publicationOverview(filters), overviewFacets()]);
  const filtered = Boolean(filters.type || filters.yearFrom || filters.yearTo);

  return (
    <>
      <PageHeading
        kicker="Forskningsoversikten"
        title="Publikasjoner om selvhjelp"
        lead="Alt som er publisert om selvhjelp, forstått som arbeid i selvhjelpsgrupper: avhandlinger, rapporter, artikler og bøker. Litteraturen presenteres i alfabetisk rekkefølge etter forfatter."
      />
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <FilterForm filters={filters} facets={facets} />
        <section aria-labelledby="treff-tittel">
          <h2 id="treff-tittel" className="sr-only">
            Treff
          </h2>
          {problems.length > 0 && (
            <div role="status" className="mb-4 rounded-lg border border-clay bg-card p-4">
              <ul className="list-disc pl-5">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="mb-4 text-muted" role="status">
            {overview.total === 1 ? "1 publikasjon" : `${overview.total} publikasjoner`}
            {filtered && (
              <>
                {" "}
                · <a href={overviewHref({})}>Fjern filtrene</a>
              </>
            )}
          </p>
          {overview.items.length > 0 ? (
            <PublicationList items={overview.items} />
          ) : (
            <p className="rounded-xl border border-line bg-card p-6">
              Ingen publikasjoner passer med dette utvalget. <a href={overviewHref({})}>Vis alle publikasjonene</a>.
            </p>
          )}
          <Pagination filters={filters} pageCount={overview.pageCount} />
          <DownloadResults query={overviewQueryString(filters)} total={overview.total} />
        </section>
      </div>
    </>
  );
}
