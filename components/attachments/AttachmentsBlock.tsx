import { inputClass, smallButton } from "@/components/editor/fields/styles";
import { removeAttachmentAction, restoreAttachmentAction } from "@/lib/attachments/actions";
import { formatByteSize, ROLE_LABELS } from "@/lib/attachments/labels";
import { attachmentNotice } from "@/lib/attachments/notices";
import { attachmentPath, isAttachmentOwnerType } from "@/lib/attachments/owners";
import { editorAttachments } from "@/lib/attachments/queries";
import { adminPath, type EntityType } from "@/lib/content/entities";
import { formatDate } from "@/lib/format/norwegian";

type Props = { type: EntityType; id: string; notice?: string };

const KIND = { pdf: "PDF", image: "Bilde" } as const;

/**
 * «Vedlegg» on the editor page of works, projects, events and text pages: the attached files,
 * the removed ones (which can be brought back), and the upload form. Plain forms throughout, so
 * it all works without JavaScript.
 */
export async function AttachmentsBlock({ type, id, notice }: Props) {
  if (!isAttachmentOwnerType(type)) return null;
  const rows = await editorAttachments({ type, id });
  const attached = rows.filter((row) => !row.deletedAt);
  const removed = rows.filter((row) => row.deletedAt);
  const said = attachmentNotice(notice);
  const back = adminPath(type, id);
  return (
    <section
      id="vedlegg"
      aria-labelledby="vedlegg-tittel"
      className="space-y-4 rounded-xl border border-line bg-card p-5"
    >
      <h2 id="vedlegg-tittel" className="text-xl font-semibold">
        Vedlegg
      </h2>
      {said && (
        <p
          role={said.ok ? "status" : "alert"}
          className={`rounded-md border p-3 font-medium ${said.ok ? "border-teal text-teal-dark" : "border-clay text-clay"}`}
        >
          {said.text}
        </p>
      )}
      {attached.length === 0 ? (
        <p className="text-muted">Ingen filer er lagt ved.</p>
      ) : (
        <ul className="divide-y divide-line">
          {attached.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                <a href={attachmentPath(row)}>{row.title}</a>{" "}
                <span className="text-sm text-muted">
                  ({KIND[row.kind]}, {formatByteSize(row.byteSize)}, {ROLE_LABELS[row.role].toLowerCase()}
                  {row.altText ? `, alt-tekst: «${row.altText}»` : ""})
                </span>
              </span>
              <form action={removeAttachmentAction.bind(null, row.id, back)}>
                <button type="submit" className={smallButton} aria-label={`Fjern ${row.title}`}>
                  Fjern
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {removed.length > 0 && (
        <div>
          <h3 className="font-semibold">Fjernet</h3>
          <ul className="divide-y divide-line">
            {removed.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-muted">
                <span>
                  {row.title} (fjernet {formatDate(row.deletedAt!)})
                </span>
                <form action={restoreAttachmentAction.bind(null, row.id, back)}>
                  <button type="submit" className={smallButton} aria-label={`Hent tilbake ${row.title}`}>
                    Hent tilbake
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        method="post"
        action={`/redaksjon/vedlegg?type=${type}&id=${encodeURIComponent(id)}`}
        encType="multipart/form-data"
        className="grid gap-4 md:grid-cols-2"
      >
        <label className="md:col-span-2">
          Fil (PDF, eller bilde i PNG, JPEG eller WebP; høyst 50 MB)
          <input
            type="file"
            name="fil"
            required
            accept="application/pdf,image/png,image/jpeg,image/webp"
            className={inputClass}
          />
        </label>
        <label>
          Tittel
          <input type="text" name="tittel" maxLength={300} className={inputClass} />
        </label>
        <label>
          Hva er PDF-en?
          <select name="rolle" defaultValue="fulltext" className={inputClass}>
            <option value="fulltext">Fulltekst</option>
            <option value="summary">Sammendrag</option>
          </select>
        </label>
        <label className="md:col-span-2">
          Alternativ tekst (påkrevd for bilder: hva bildet viser)
          <input type="text" name="alt" maxLength={1000} className={inputClass} />
        </label>
        <p>
          <button type="submit" className="rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark">
            Last opp
          </button>
        </p>
      </form>
    </section>
  );
}
