import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeHistoryNote } from "@/components/editor/MergeHistoryNote";
import { RestoreRevisionButton } from "@/components/editor/RestoreRevisionButton";
import { requireEditorPage } from "@/lib/auth/session";
import { restoreRevisionAction } from "@/lib/content/engine/actions";
import type { FormValues } from "@/lib/content/engine/adapter";
import { changedFields, displayValue } from "@/lib/content/engine/diff";
import { entryMeta, revisionsOf } from "@/lib/content/editor-reads/editor-queries";
import { chosenOptions } from "@/lib/content/editor-reads/picker-options";
import { ENTITY, adminPath, entityTypeForAdminSegment } from "@/lib/content/entities";
import { formatDate, formatTime } from "@/lib/format/norwegian";
import { mergesIntoPerson } from "@/lib/persons/merge-queries";

type Props = { params: Promise<{ type: string; id: string }> };

export const metadata = { title: "Historikk" };

export default async function HistoryPage({ params }: Props) {
  await requireEditorPage();
  const { type: segment, id } = await params;
  const type = entityTypeForAdminSegment(segment);
  if (!type) notFound();
  const config = ENTITY[type];
  const meta = await entryMeta(type, id);
  if (!meta) notFound();
  const revisions = await revisionsOf(type, id);
  const options = await chosenOptions(
    config,
    revisions.map((revision) => revision.snapshot as FormValues),
  );
  const merges = type === "person" ? await mergesIntoPerson(id) : [];
  const labels = new Map(config.sections.flatMap((s) => s.fields).map((f) => [f.name, f.label]));

  return (
    <div className="space-y-6">
      <p>
        <Link href={adminPath(type, id)}>← Tilbake til {meta.label}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Historikk: {meta.label}</h1>
      <ol className="space-y-4">
        {revisions.map((revision, i) => {
          const previous = revisions[i + 1];
          const snapshot = revision.snapshot as FormValues;
          const changes = previous ? changedFields(previous.snapshot as FormValues, snapshot) : [];
          return (
            <li key={revision.id} className="rounded-xl border border-line bg-card p-4">
              <h2 className="text-lg font-semibold">
                Versjon {revision.version}
                {revision.version === meta.version && " (gjeldende)"}
              </h2>
              <p className="text-sm text-muted">
                {formatDate(revision.createdAt)} kl. {formatTime(revision.createdAt)}, av{" "}
                {revision.user?.name ?? "ukjent"}
              </p>
              {previous ? (
                changes.length ? (
                  <table className="mt-3 w-full table-fixed border-collapse text-left text-sm">
                    <thead>
                      <tr className="bg-sage-50">
                        <th scope="col" className="w-1/5 p-2">
                          Felt
                        </th>
                        <th scope="col" className="p-2">
                          Før
                        </th>
                        <th scope="col" className="p-2">
                          Etter
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((name) => (
                        <tr key={name} className="border-t border-line align-top">
                          <th scope="row" className="p-2 font-semibold">
                            {labels.get(name) ?? name}
                          </th>
                          <td className="whitespace-pre-wrap break-words p-2">
                            <del className="decoration-clay">
                              {displayValue((previous.snapshot as FormValues)[name], options)}
                            </del>
                          </td>
                          <td className="whitespace-pre-wrap break-words p-2">
                            <ins className="no-underline">{displayValue(snapshot[name], options)}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p className="mt-2 text-sm">Ingen endringer i feltene.</p>
                )
              ) : (
                <p className="mt-2 text-sm">Første versjon.</p>
              )}
              {merges
                .filter((m) => m.revisionId === revision.id || m.undoRevisionId === revision.id)
                .map((m) => (
                  <MergeHistoryNote key={m.id} keptId={id} merge={m} revisionId={revision.id} />
                ))}
              {revision.version !== meta.version && !meta.deletedAt && (
                <div className="mt-3">
                  <RestoreRevisionButton
                    version={revision.version}
                    restore={restoreRevisionAction.bind(null, type, id, revision.id)}
                  />
                </div>
              )}
            </li>
          );
        })}
        {revisions.length === 0 && <li>Ingen lagrede versjoner ennå (oppføringen kommer fra startdataene).</li>}
      </ol>
    </div>
  );
}
