import type { FormValues } from "@/lib/content/engine/adapter";
import { readabilityOf } from "@/lib/content/forms/plain-language";
import { LIX_TARGET, lixBand } from "@/lib/readability/lix";

/**
 * The word count and LIX of «Kort fortalt» while the editor writes. The server renders it with
 * the stored text, so it is there without JavaScript; with JavaScript it follows every key.
 */
export function ReadabilityMeter({ fields, values }: { fields: string[]; values: FormValues }) {
  const { words, score } = readabilityOf(values, fields);
  const band = score === null ? null : lixBand(score);
  return (
    <div className="mt-5 rounded-md border border-line bg-paper p-3 text-sm" data-testid="lesbarhet">
      <p>
        <span className="font-semibold">{words === 1 ? "1 ord" : `${words} ord`}</span>
        {band ? (
          <>
            {" · "}
            <span className="font-semibold">LIX {score}</span>: {band.label}
            <span className={band.easy ? "text-teal-dark" : "font-semibold text-clay"}>
              {band.easy
                ? ` (målet er under ${LIX_TARGET})`
                : ` (målet er under ${LIX_TARGET}: bruk kortere setninger og ord)`}
            </span>
          </>
        ) : (
          " · LIX vises når du har skrevet noe."
        )}
      </p>
      <p className="mt-1 text-muted">
        LIX = ord per setning + andelen lange ord (mer enn seks bokstaver) i prosent. Under 30 er svært lett, 30–39
        lett, 40–49 middels, 50–59 vanskelig og 60 eller mer svært vanskelig å lese.
      </p>
    </div>
  );
}
