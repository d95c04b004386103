import { apaReference, apaReferenceText } from "@/lib/citation/apa";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/citation/exports";
import { citableWork } from "@/lib/publications/citation";
import type { PublicationDetail } from "@/lib/publications/queries";
import { CopyButton } from "./CopyButton";

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

// The reference is plain selectable text, so it can be copied without JavaScript.
export function Citation({ publication }: { publication: PublicationDetail }) {
  const work = citableWork(publication);
  const parts = apaReference(work);
  const lang = publication.language === "nb" ? undefined : publication.language;
  return (
    <section aria-labelledby="siter" className="rounded-xl border border-line bg-sage-50 p-5">
      <h2 id="siter" className="text-xl font-semibold">
        Slik siterer du
      </h2>
      <p className="mt-1 text-sm text-muted">APA 7, norsk utgave</p>
      <p className="mt-3 break-words pl-8 -indent-8" data-testid="apa-referanse">
        {parts.map((part, i) =>
          part.italic ? (
            <i key={i} lang={lang}>
              {part.text}
            </i>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
      <CopyButton text={apaReferenceText(work)} />
      <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Last ned referansen">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`/publikasjoner/${publication.slug}/referanse.${EXPORT_FORMATS[format].extension}`} download>
              Last ned som {EXPORT_FORMATS[format].label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
