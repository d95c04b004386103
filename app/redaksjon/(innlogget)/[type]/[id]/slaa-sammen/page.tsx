import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeWithoutScript } from "@/components/editor/MergeWithoutScript";
import { inputClass } from "@/components/editor/fields/styles";
import { requireEditorPage } from "@/lib/auth/session";
import { entryMeta } from "@/lib/content/editor-reads/editor-queries";
import { searchPickerOptions } from "@/lib/content/editor-reads/picker-options";
import { parsePickerQuery } from "@/lib/content/editor-reads/picker-query";
import { isEntryId } from "@/lib/content/engine/entry-id";
import { adminPath, entityTypeForAdminSegment } from "@/lib/content/entities";
import { mergePersonsFormAction, previewMergeAction } from "@/lib/persons/merge-actions";

// «Slå sammen med en annen person» without JavaScript (the editor page's section has a combobox):
// ?navn= finds the other person with the pickers' search, ?med=<id> shows what the merge will do
// and the form that confirms it.

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata = { title: "Slå sammen personer" };

export default async function MergePage({ params, searchParams }: Props) {
  await requireEditorPage();
  const { type: segment, id } = await params;
  if (entityTypeForAdminSegment(segment) !== "person") notFound();
  const meta = await entryMeta("person", id);
  if (!meta || meta.deletedAt) notFound();
  const { navn, med } = await searchParams;
  if (Array.isArray(navn) || Array.isArray(med) || (med !== undefined && !isEntryId(med))) notFound();
  const here = adminPath("person", id);
  const wanted = navn?.trim() ?? "";
  const query = wanted ? parsePickerQuery(new URLSearchParams({ sett: "persons", q: wanted })) : null;
  const found = query ? (await searchPickerOptions("persons", query.q)).filter((o) => o.value !== id) : [];
  const preview = med ? await previewMergeAction(id, med) : null;
  const search = (
    <>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="slaa-sammen-navn" className="block font-semibold">
            Navn på personen som skal slås inn i denne
          </label>
          <input id="slaa-sammen-navn" name="navn" defaultValue={navn ?? ""} maxLength={100} className={inputClass} />
        </div>
        <button type="submit" className="rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark">
          Finn personen
        </button>
      </form>
      {wanted !== "" &&
        (found.length === 0 ? (
          <p role="status">Fant ingen andre personer som heter «{wanted}».</p>
        ) : (
          <section aria-labelledby="slaa-sammen-treff" className="space-y-2">
            <h2 id="slaa-sammen-treff" className="text-xl font-semibold">
              Velg personen
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              {found.map((option) => (
                <li key={option.value}>
                  <Link href={`${here}/slaa-sammen?med=${encodeURIComponent(option.value)}`}>{option.label}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );

  return (
    <div className="space-y-6">
      <p>
        <Link href={here}>← {meta.label}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Slå sammen med {meta.label}</h1>
      <p className="max-w-3xl">
        Personen du velger, slås inn i <strong>{meta.label}</strong>: verk, prosjekter og lenker flyttes hit, og den
        andres adresse sender videre hit. Du ser hva som skjer før du bekrefter.
      </p>
      {med ? (
        <MergeWithoutScript
          keptId={id}
          preview={preview?.ok ? preview.preview : null}
          message={preview && !preview.ok ? (preview.message ?? null) : null}
          historyHref={`${here}/historikk`}
          action={mergePersonsFormAction}
        >
          {search}
        </MergeWithoutScript>
      ) : (
        search
      )}
    </div>
  );
}
