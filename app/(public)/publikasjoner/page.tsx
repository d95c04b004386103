import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { PublicationList } from "@/components/PublicationList";
import { overviewQueryString } from "@/lib/interop/overview";
import { totalText } from "@/lib/publications/facets";
import { activeFilterCount, overviewHref, parseOverviewParams } from "@/lib/publications/filters";
import { searchPublications } from "@/lib/publications/overview";
import { DownloadResults } from "./_components/DownloadResults";
import { NoResults } from "./_components/NoResults";
import { Pagination } from "./_components/Pagination";
import { SearchForm } from "./_components/SearchForm";
import { sharingMetadata } from "@/lib/sharing/metadata";

const title = "Publikasjoner";
const description =
  "Forskningsoversikten: avhandlinger, rapporter, artikler og bøker om selvhjelp og selvhjelpsgrupper. Søk, avgrens og sorter.";

export const metadata: Metadata = {
  title,
  description,
  ...sharingMetadata({ title, description, path: "/publikasjoner" }),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PublicationsPage({ searchParams }: Props) {
  const { filters, problems } = parseOverviewParams(await searchParams);
  const result = await searchPublications(filters);
  const messages = [...problems, ...result.notices];
  const narrowed = activeFilterCount(filters) > 0 || Boolean(filters.q);

  return (
    <>
      <PageHeading
        kicker="Forskningsoversikten"
        title="Publikasjoner om selvhjelp"
        lead="Alt som er publisert om selvhjelp, forstått som arbeid i selvhjelpsgrupper: avhandlinger, rapporter, artikler og bøker. Litteraturen presenteres i alfabetisk rekkefølge etter forfatter, eller etter relevans når du søker."
      />
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <SearchForm filters={filters} result={result} />
        <section aria-labelledby="treff-tittel" className="min-w-0">
          <h2 id="treff-tittel" className="sr-only">
            Treff
          </h2>
          {messages.length > 0 && (
            <div className="mb-4 rounded-lg border border-clay bg-card p-4">
              <ul className="list-disc pl-5">
                {messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="mb-4 text-muted" role="status">
            {totalText(result.total, result.approximate.total)}
            {filters.q && ` for «${filters.q}»`}
            {narrowed && (
              <>
                {" "}
                · <Link href={overviewHref({})}>Fjern søk og filtre</Link>
              </>
            )}
          </p>
          {result.items.length > 0 ? (
            <PublicationList items={result.items} />
          ) : result.total > 0 ? (
            <p className="rounded-xl border border-line bg-card p-6">
              Siden finnes ikke. <Link href={overviewHref({ ...filters, page: 1 })}>Gå til første side</Link>.
            </p>
          ) : (
            <NoResults filters={filters} result={result} />
          )}
          <Pagination filters={filters} pageCount={result.pageCount} />
          <DownloadResults
            query={overviewQueryString(filters)}
            total={result.total}
            approximate={result.approximate.total}
          />
        </section>
      </div>
    </>
  );
}
