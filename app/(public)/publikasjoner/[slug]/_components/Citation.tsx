import { apaReference } from "@/lib/citation/apa";
import { citableWork } from "@/lib/publications/citation";
import type { PublicationDetail } from "@/lib/publications/queries";

// The reference is plain selectable text, so it can be copied without JavaScript.
export function Citation({ publication }: { publication: PublicationDetail }) {
  const parts = apaReference(citableWork(publication));
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
    </section>
  );
}
