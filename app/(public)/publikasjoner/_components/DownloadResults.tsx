import { EXPORT_FORMATS, type ExportFormat } from "@/lib/citation/exports";
import { totalText } from "@/lib/publications/facets";

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** "Last ned treff": every work of the current selection, for a reference manager. */
export function DownloadResults({ query, total, approximate }: { query: string; total: number; approximate: boolean }) {
  if (total === 0) return null;
  const suffix = query ? `?${query}` : "";
  return (
    <section aria-labelledby="last-ned-treff" className="mt-8 rounded-xl border border-line bg-card p-5">
      <h2 id="last-ned-treff" className="text-lg font-semibold">
        Last ned treff
      </h2>
      <p className="mt-1 text-sm text-muted">
        {total === 1
          ? "Publikasjonen"
          : approximate
            ? `Alle publikasjonene (${totalText(total, true)})`
            : `Alle ${total} publikasjonene`}{" "}
        i dette utvalget, til Zotero, EndNote eller et annet referanseverktøy.
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`/publikasjoner/treff.${EXPORT_FORMATS[format].extension}${suffix}`} download>
              Last ned som {EXPORT_FORMATS[format].label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
