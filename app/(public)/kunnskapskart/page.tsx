import type { Metadata } from "next";
import { PageHeading } from "@/components/PageHeading";
import { gapSummary } from "@/lib/knowledge-map/map";
import { mapQueryString, parseMapParams } from "@/lib/knowledge-map/params";
import { knowledgeMapData } from "@/lib/knowledge-map/queries";
import { sharingMetadata } from "@/lib/sharing/metadata";
import { MapFilterForm } from "./_components/MapFilterForm";
import { MapList } from "./_components/MapList";
import { MapTable } from "./_components/MapTable";
import { YearChart } from "./_components/YearChart";

const title = "Kunnskapskart";
const description =
  "Hvor finnes forskningen på selvhjelp, og hvor mangler den? Temaer mot studiedesign, med tall, en kort oppsummering og publikasjoner per år.";

export const metadata: Metadata = {
  title,
  description,
  ...sharingMetadata({ title, description, path: "/kunnskapskart" }),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function KnowledgeMapPage({ searchParams }: Props) {
  const { filters, problems } = parseMapParams(await searchParams);
  const { map, years, withoutYear } = await knowledgeMapData(filters);
  const max = Math.max(0, ...map.rows.flatMap((row) => map.designs.map((design) => row.counts[design])));
  const query = mapQueryString(filters);

  return (
    <>
      <PageHeading
        kicker="Forskningsoversikten"
        title="Kunnskapskart"
        lead="Kartet viser hvilke temaer forskningen om selvhjelp har studert, og hvordan: med intervjuer, spørreundersøkelser, evalueringer eller gjennomganger av annen forskning. Tomme ruter viser hvor kunnskapen mangler."
      />
      <MapFilterForm filters={filters} />
      {problems.length > 0 && (
        <ul className="mb-4 list-disc rounded-lg border border-clay bg-card p-4 pl-9">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <section aria-labelledby="hull" className="mb-8 max-w-3xl">
        <h2 id="hull" className="mb-2 text-2xl font-semibold">
          Hvor mangler forskningen?
        </h2>
        <div role="status" className="grid gap-2">
          {gapSummary(map).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      </section>
      <section aria-labelledby="kartet">
        <h2 id="kartet" className="mb-3 text-2xl font-semibold">
          Temaer og studiedesign
        </h2>
        <MapTable map={map} filters={filters} max={max} />
        <MapList map={map} filters={filters} max={max} />
        <p className="mt-3 text-sm text-muted">
          En publikasjon med flere temaer telles under hvert av dem. Studiedesign er registrert bare der kilden sier
          hvordan studien er gjort.{" "}
          <a href={`/kunnskapskart/kunnskapskart.csv${query ? `?${query}` : ""}`} download>
            Last ned tabellen som CSV
          </a>
        </p>
      </section>
      <YearChart years={years} withoutYear={withoutYear} />
    </>
  );
}
