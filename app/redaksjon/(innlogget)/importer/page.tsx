import { requireEditorPage } from "@/lib/auth/session";
import { importAction } from "@/lib/publications/import/actions";
import { lookupImportAction } from "@/lib/publications/import/lookup-actions";
import { IdentifierForm } from "./_components/IdentifierForm";
import { ImportForm } from "./_components/ImportForm";

export const metadata = { title: "Importer" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ ny?: string }> }) {
  await requireEditorPage();
  const fresh = (await searchParams).ny ?? "";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Importer publikasjoner</h1>
      <div className="max-w-3xl space-y-2">
        <p>
          Legg til verk med DOI, ISBN eller NVA-lenke, eller lim inn eller last opp en litteraturliste i BibTeX eller
          RIS, for eksempel fra Zotero, EndNote eller Cristin. Du ser først en forhåndsvisning. Ingenting blir lagret
          før du trykker «Importer».
        </p>
        <p>
          Alle poster blir lagret som <strong>utkast</strong>, som du ser over og publiserer én og én. Forfattere som
          finnes fra før, blir koblet til sin person. Poster som ser ut til å finnes fra før, blir hoppet over, med
          mindre du krysser av for «Importer likevel».
        </p>
      </div>
      <section aria-labelledby="med-identifikator" className="space-y-3">
        <h2 id="med-identifikator" className="text-xl font-semibold">
          Legg til med DOI, ISBN eller NVA-lenke
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          DOI-er slås opp hos doi.org, ISBN i NVA (Nasjonalt vitenarkiv) og deretter Open Library, NVA-lenker i NVA.
        </p>
        <IdentifierForm key={`id-${fresh}`} action={lookupImportAction} />
      </section>
      <section aria-labelledby="fra-fil" className="space-y-3">
        <h2 id="fra-fil" className="text-xl font-semibold">
          Fra BibTeX eller RIS
        </h2>
        <ImportForm key={fresh} action={importAction} />
      </section>
    </div>
  );
}
