import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditorPage } from "@/lib/auth/session";
import { adminPath, entityTypeForAdminSegment } from "@/lib/content/entities";
import { formatCount } from "@/lib/format/norwegian";
import { nvaWorksOfPerson } from "@/lib/persons/nva-works";
import { lookupImportAction } from "@/lib/publications/import/lookup-actions";
import { NvaWorksForm } from "./NvaWorksForm";

// «Hent fra NVA» for one person: a page of 20 of NVA's works at a time (?side=2 …).

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata = { title: "Hent fra NVA" };

/** ?side=N as a page number; null for anything else. */
function pageOf(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,2}$/.test(value)) return null;
  return Number(value);
}

export default async function NvaWorksPage({ params, searchParams }: Props) {
  await requireEditorPage();
  const { type: segment, id } = await params;
  if (entityTypeForAdminSegment(segment) !== "person") notFound();
  const page = pageOf((await searchParams).side);
  if (page === null) notFound();
  const view = await nvaWorksOfPerson(id, page);
  if (!view) notFound();
  const { person, searchedBy, result } = view;
  const here = adminPath("person", person.id);
  const pageHref = (n: number) => `${here}/nva${n === 1 ? "" : `?side=${n}`}`;

  return (
    <div className="space-y-6">
      <p>
        <Link href={here}>← {person.name}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Hent fra NVA: {person.name}</h1>
      <div className="max-w-3xl space-y-2">
        <p>
          {"cristinId" in searchedBy ? (
            <>Verkene som er registrert på Cristin-id {searchedBy.cristinId} i NVA (Nasjonalt vitenarkiv).</>
          ) : (
            <>
              Verkene med en bidragsyter som heter «{searchedBy.name}» i NVA (Nasjonalt vitenarkiv). Det kan være andre
              med samme navn: se over institusjonen
              {person.affiliation ? ` (i portalen: ${person.affiliation})` : ""}. Med personens Cristin-id i{" "}
              <Link href={here}>skjemaet</Link> blir treffet sikkert.
            </>
          )}
        </p>
        <p>Det du henter, blir lagret som utkast, som du ser over og publiserer én og én.</p>
      </div>
      {result.ok ? (
        <>
          <p role="status">
            {result.totalHits === 1 ? "1 verk" : `${formatCount(result.totalHits)} verk`} i NVA
            {result.pageCount > 1 && `, side ${view.page} av ${result.pageCount}`}.
          </p>
          {view.page > result.pageCount ? (
            <p>
              Denne siden er tom. <Link href={pageHref(1)}>Gå til første side</Link>.
            </p>
          ) : (
            <NvaWorksForm key={view.page} works={result.works} action={lookupImportAction} />
          )}
          {result.pageCount > 1 && (
            <nav aria-label="Sider i NVA" className="flex flex-wrap gap-4">
              {view.page > 1 && <Link href={pageHref(view.page - 1)}>← Forrige side</Link>}
              {view.page < result.pageCount && <Link href={pageHref(view.page + 1)}>Vis flere →</Link>}
            </nav>
          )}
        </>
      ) : (
        <p role="alert" className="rounded-md border border-clay bg-card p-3 font-medium text-clay">
          {result.message}
        </p>
      )}
    </div>
  );
}
