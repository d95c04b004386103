import Link from "next/link";
import { adminPath } from "@/lib/content/entities";
import type { ImportView } from "@/lib/publications/import/state";

export function ImportSummary({ state }: { state: Pick<ImportView, "created" | "skipped"> }) {
  const created = state.created ?? [];
  return (
    <section aria-labelledby="importert" className="space-y-4 rounded-xl border border-teal bg-card p-5">
      <div role="status">
        <h2 id="importert" className="text-xl font-semibold">
          {created.length === 1 ? "1 utkast er opprettet" : `${created.length} utkast er opprettet`}
        </h2>
      </div>
      {Boolean(state.skipped) && (
        <p>
          {state.skipped === 1 ? "1 post ble ikke importert" : `${state.skipped} poster ble ikke importert`} (duplikater
          og avviste poster).
        </p>
      )}
      <ul className="list-disc space-y-1 pl-6">
        {created.map((work) => (
          <li key={work.id}>
            <Link href={adminPath("publication", work.id)}>{work.title}</Link>
          </li>
        ))}
      </ul>
      <p>Utkastene er ikke synlige på nettstedet før du publiserer dem.</p>
      <p className="flex flex-wrap gap-4">
        <Link href={`${adminPath("publication")}?status=draft`}>Se alle utkast</Link>
        {/* A new address gives the page's form a new key, so that it starts empty. */}
        <Link href={`/redaksjon/importer?ny=${created[0]?.id ?? ""}`}>Importer flere</Link>
      </p>
    </section>
  );
}
