"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/editor/fields/styles";
import { MAX_IDENTIFIER_LINES } from "@/lib/lookup/identifiers";
import { INITIAL_LOOKUP_STATE, type LookupState } from "@/lib/publications/import/lookup-state";
import { ImportSummary } from "./ImportSummary";
import { ImportOutcome } from "./ImportOutcome";
import { PreviewButton } from "./PreviewButton";

// «Legg til med DOI, ISBN eller NVA-lenke»: a plain form with one server action, so that it
// also works without JavaScript; the preview is the BibTeX/RIS import's own.

type Props = { action: (previous: LookupState, formData: FormData) => Promise<LookupState> };

export function IdentifierForm({ action }: Props) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_LOOKUP_STATE);
  if (state.step === "done") return <ImportSummary state={state} />;
  const errors = state.fieldErrors?.identifiers;

  return (
    <form action={dispatch} className="space-y-6" aria-busy={pending}>
      <div className="grid gap-4 rounded-xl border border-line bg-card p-5">
        <div>
          <label htmlFor="lookup-identifiers" className="font-semibold">
            DOI, ISBN eller NVA-lenke
          </label>
          <p id="lookup-identifiers-hjelp" className="text-sm text-muted">
            Én per linje, høyst {MAX_IDENTIFIER_LINES}. For eksempel 10.1177/1403494811425603, https://doi.org/…,
            978-82-02-64657-8 eller https://nva.sikt.no/registration/…
          </p>
          <textarea
            id="lookup-identifiers"
            name="identifiers"
            rows={5}
            defaultValue={state.identifiers}
            key={state.digest ?? "tom"}
            spellCheck={false}
            aria-invalid={Boolean(errors)}
            aria-describedby={errors ? "lookup-identifiers-hjelp lookup-identifiers-feil" : "lookup-identifiers-hjelp"}
            className={`${inputClass} font-mono text-sm`}
          />
          {errors?.map((error) => (
            <p key={error} id="lookup-identifiers-feil" className="mt-1 text-sm font-semibold text-clay">
              {error}
            </p>
          ))}
        </div>
        <input type="hidden" name="found" value={state.found ?? ""} />
        <PreviewButton label="Finn publikasjonene" busy="Slår opp …" pending={pending} />
      </div>
      <ImportOutcome state={state} pending={pending} />
    </form>
  );
}
