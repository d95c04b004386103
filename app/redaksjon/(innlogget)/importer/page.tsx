import { requireEditorPage } from "@/lib/auth/session";
import { importAction } from "@/lib/publications/import/actions";
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
          Lim inn eller last opp en litteraturliste i BibTeX eller RIS, for eksempel fra Zotero, EndNote eller Cristin.
          Du ser først en forhåndsvisning. Ingenting blir lagret før du trykker «Importer».
        </p>
        <p>
          Alle poster blir lagret som <strong>utkast</strong>, som du ser over og publiserer én og én. Forfattere som
          finnes fra før, blir koblet til sin person. Poster som ser ut til å finnes fra før, blir hoppet over, med
          mindre du krysser av for «Importer likevel».
        </p>
      </div>
      <ImportForm key={fresh} action={importAction} />
    </div>
  );
}
