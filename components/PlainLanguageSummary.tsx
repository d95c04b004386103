import {
  PLAIN_LANGUAGE_BYLINE,
  PLAIN_LANGUAGE_LABELS,
  hasPlainLanguage,
  type PlainLanguage,
} from "@/lib/content/forms/plain-language";

/** Paragraphs of a plain text: a blank line or a line break starts a new one. */
const paragraphs = (text: string) => text.split(/\n+/).filter((line) => line.trim() !== "");

/**
 * «Kort fortalt», first on a work's or a project's page: the key points, then what was studied,
 * found and what it may mean, each part only where the editors wrote it.
 */
export function PlainLanguageSummary({ entry }: { entry: PlainLanguage }) {
  if (!hasPlainLanguage(entry)) return null;
  const parts = (["plainStudied", "plainFound", "plainMeaning"] as const).filter((name) => entry[name]);
  return (
    <section aria-labelledby="kort-fortalt" className="rounded-xl border border-sage-100 bg-sage-50 p-5 sm:p-6">
      <h2 id="kort-fortalt" className="text-2xl font-semibold">
        Kort fortalt
      </h2>
      <p className="mt-1 text-sm text-muted">{PLAIN_LANGUAGE_BYLINE}</p>
      <h3 className="sr-only">{PLAIN_LANGUAGE_LABELS.plainKeyPoints}</h3>
      <ul className="mt-4 list-disc space-y-2 pl-5 text-lg font-medium">
        {entry.plainKeyPoints.map((point, i) => (
          <li key={i}>{point}</li>
        ))}
      </ul>
      {parts.map((name) => (
        <div key={name} className="mt-5">
          <h3 className="text-lg font-semibold">{PLAIN_LANGUAGE_LABELS[name]}</h3>
          {paragraphs(entry[name] ?? "").map((text, i) => (
            <p key={i} className="mt-1">
              {text}
            </p>
          ))}
        </div>
      ))}
    </section>
  );
}
