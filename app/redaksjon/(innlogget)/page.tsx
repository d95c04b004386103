import Link from "next/link";
import { auditActionLabel } from "@/lib/audit-labels";
import { requireEditorPage } from "@/lib/auth/session";
import { ENTITY, adminPath } from "@/lib/content/entities";
import { dashboard } from "@/lib/content/editor-reads/editor-queries";
import { formatDate, formatTime } from "@/lib/format/norwegian";

export const metadata = { title: "Oversikt" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const editor = await requireEditorPage();
  const { perType, recent } = await dashboard(editor.id);
  const myDrafts = perType.flatMap((t) => t.mine.map((m) => ({ ...m, type: t.type })));
  const denied = (await searchParams)["ingen-tilgang"];

  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-semibold">Hei, {editor.name}</h1>
      {denied && (
        <p role="alert" className="rounded-md border border-clay bg-card p-3 font-medium text-clay">
          Den siden er bare for administratorer.
        </p>
      )}
      <section aria-labelledby="antall">
        <h2 id="antall" className="mb-3 text-xl font-semibold">
          Innhold
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {perType.map(({ type, published, drafts }) => (
            <li key={type} className="rounded-xl border border-line bg-card p-4">
              <Link href={adminPath(type)} className="font-semibold">
                {ENTITY[type].plural}
              </Link>
              <p className="text-sm text-muted">
                {published} publisert · {drafts} utkast
              </p>
              <Link href={`${adminPath(type)}/ny`} className="text-sm">
                {ENTITY[type].newLabel}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mine-utkast">
        <h2 id="mine-utkast" className="mb-3 text-xl font-semibold">
          Mine utkast
        </h2>
        {myDrafts.length ? (
          <ul className="divide-y divide-line rounded-xl border border-line bg-card">
            {myDrafts.map((d) => (
              <li key={d.id} className="flex flex-wrap justify-between gap-2 p-3">
                <Link href={adminPath(d.type, d.id)}>{d.label}</Link>
                <span className="text-sm text-muted">
                  {ENTITY[d.type].singular}, endret {formatDate(d.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>Du har ingen utkast.</p>
        )}
      </section>
      <section aria-labelledby="siste">
        <h2 id="siste" className="mb-3 text-xl font-semibold">
          Sist endret
        </h2>
        <ul className="divide-y divide-line rounded-xl border border-line bg-card">
          {recent.map((e) => (
            <li key={e.id} className="p-3 text-sm">
              {formatDate(e.at)} kl. {formatTime(e.at)}: {e.user?.name ?? "Ukjent"} {auditActionLabel(e.action)}{" "}
              {ENTITY[e.type].singular}{" "}
              {e.meta ? <Link href={adminPath(e.type, e.meta.id)}>{e.meta.label}</Link> : "(slettet for godt)"}
            </li>
          ))}
          {recent.length === 0 && <li className="p-3 text-sm">Ingen endringer ennå.</li>}
        </ul>
      </section>
    </div>
  );
}
