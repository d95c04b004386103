import Link from "next/link";
import { notFound } from "next/navigation";
import { AttachmentsBlock } from "@/components/attachments/AttachmentsBlock";
import { EntryControls } from "@/components/editor/EntryControls";
import { EntryForm } from "@/components/editor/EntryForm";
import { MergePersons } from "@/components/editor/MergePersons";
import { requireEditorPage } from "@/lib/auth/session";
import { publishAction, saveEntryAction, trashAction } from "@/lib/content/engine/actions";
import { ADAPTERS } from "@/lib/content/engine/adapters";
import { saveEntryFormAction } from "@/lib/content/engine/form-save";
import { entryFormValues, entryMeta } from "@/lib/content/editor-reads/editor-queries";
import { chosenOptions } from "@/lib/content/editor-reads/picker-options";
import { ENTITY, adminPath, entityTypeForAdminSegment, publicPath } from "@/lib/content/entities";
import { formatDate, formatTime } from "@/lib/format/norwegian";

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export const metadata = { title: "Rediger" };

export default async function EditEntryPage({ params, searchParams }: Props) {
  await requireEditorPage();
  const { type: segment, id } = await params;
  const type = entityTypeForAdminSegment(segment);
  if (!type) notFound();
  const config = ADAPTERS[type];
  const meta = await entryMeta(type, id);
  if (!meta) notFound();
  const saved = (await searchParams).lagret;

  if (meta.deletedAt) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-semibold">{meta.label}</h1>
        <p role="status" className="rounded-md border border-clay bg-card p-3">
          Denne oppføringen ligger i papirkurven og kan ikke redigeres. En administrator kan hente den tilbake fra{" "}
          <Link href="/redaksjon/papirkurv">papirkurven</Link>.
        </p>
      </div>
    );
  }

  const values = await entryFormValues(config, id);
  const options = values ? await chosenOptions(config, [values]) : {};
  const publicHref = publicPath(type, meta.slug);
  return (
    <div className="space-y-6">
      <p>
        <Link href={adminPath(type)}>← {ENTITY[type].plural}</Link>
      </p>
      <h1 className="text-3xl font-semibold">{meta.label}</h1>
      <p className="text-sm text-muted">
        Versjon {meta.version}, sist endret {formatDate(meta.updatedAt)} kl. {formatTime(meta.updatedAt)}
      </p>
      {saved && (
        <p role="status" className="rounded-md border border-teal bg-card p-3 font-medium text-teal-dark">
          Lagret (versjon {meta.version}).
          {meta.status === "published" ? " Endringen vises på nettstedet nå." : " Oppføringen er et utkast."}
        </p>
      )}
      <EntryControls
        status={meta.status}
        publicHref={publicHref}
        previewHref={publicHref ? `/redaksjon/forhandsvisning?type=${type}&id=${id}` : null}
        historyHref={`${adminPath(type, id)}/historikk`}
        publish={publishAction.bind(null, type, id)}
        trash={trashAction.bind(null, type, id)}
      />
      <EntryForm
        type={type}
        id={id}
        version={meta.version}
        initial={values ?? config.empty}
        options={options}
        save={saveEntryAction.bind(null, type)}
        saveWithoutScript={saveEntryFormAction.bind(null, type, id)}
      />
      {type === "person" && (
        <section aria-labelledby="hent-fra-nva" className="space-y-2 rounded-xl border border-line bg-card p-4">
          <h2 id="hent-fra-nva" className="text-xl font-semibold">
            Hent fra NVA
          </h2>
          <p className="text-sm">
            Se verkene Nasjonalt vitenarkiv har registrert på denne personen (på Cristin-id når den er lagret i
            skjemaet, ellers på navnet), se hvilke portalen har fra før, og hent dem du velger som utkast.
          </p>
          <p>
            <Link href={`${adminPath(type, id)}/nva`} className="font-semibold">
              Hent fra NVA
            </Link>
          </p>
        </section>
      )}
      {type === "person" && (
        <MergePersons
          id={id}
          label={meta.label}
          historyHref={`${adminPath(type, id)}/historikk`}
          mergeHref={`${adminPath(type, id)}/slaa-sammen`}
        />
      )}
      <AttachmentsBlock type={type} id={id} notice={(await searchParams).vedlegg} />
    </div>
  );
}
