import { notFound } from "next/navigation";
import { EntryForm } from "@/components/editor/EntryForm";
import { requireEditorPage } from "@/lib/auth/session";
import { saveEntryAction } from "@/lib/content/engine/actions";
import { saveEntryFormAction } from "@/lib/content/engine/form-save";
import { ENTITY, entityTypeForAdminSegment } from "@/lib/content/entities";

type Props = { params: Promise<{ type: string }> };

export const metadata = { title: "Ny oppføring" };

export default async function NewEntryPage({ params }: Props) {
  await requireEditorPage();
  const type = entityTypeForAdminSegment((await params).type);
  if (!type) notFound();
  const config = ENTITY[type];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">{ENTITY[type].newLabel}</h1>
      <p className="text-muted">Nye oppføringer lagres som utkast. Publiser når innholdet er klart.</p>
      <EntryForm
        type={type}
        initial={config.empty}
        options={{}}
        save={saveEntryAction.bind(null, type)}
        saveWithoutScript={saveEntryFormAction.bind(null, type, undefined)}
      />
    </div>
  );
}
