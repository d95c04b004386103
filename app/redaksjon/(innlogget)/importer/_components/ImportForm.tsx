"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/editor/fields/styles";
import { INITIAL_IMPORT_STATE, type ImportState } from "@/lib/publications/import/state";
import { ImportSummary } from "./ImportSummary";
import { ImportOutcome } from "./ImportOutcome";

// A plain form with one server action, so that it also works without JavaScript: the
// preview comes back as the action's state, with the text kept in the text field.

type Props = { action: (previous: ImportState, formData: FormData) => Promise<ImportState> };

const button = "rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark disabled:opacity-60";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.map((error) => (
    <p key={error} id={id} className="mt-1 text-sm font-semibold text-clay">
      {error}
    </p>
  ));
}

export function ImportForm({ action }: Props) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_IMPORT_STATE);
  if (state.step === "done") return <ImportSummary state={state} />;
  const errors = state.fieldErrors ?? {};

  return (
    <form action={dispatch} className="space-y-6" aria-busy={pending}>
      <div className="grid gap-4 rounded-xl border border-line bg-card p-5">
        <div>
          <label htmlFor="import-source" className="font-semibold">
            Lim inn BibTeX eller RIS
          </label>
          <textarea
            id="import-source"
            name="source"
            rows={12}
            defaultValue={state.source}
            key={state.digest ?? "tom"}
            spellCheck={false}
            aria-invalid={Boolean(errors.source)}
            aria-describedby={errors.source ? "import-source-feil" : undefined}
            className={`${inputClass} font-mono text-sm`}
          />
          <Errors id="import-source-feil" errors={errors.source} />
        </div>
        <div className="flex flex-wrap gap-6">
          <div>
            <label htmlFor="import-file" className="font-semibold">
              … eller velg en fil
            </label>
            <p id="import-file-hjelp" className="text-sm text-muted">
              .bib, .ris eller .txt, høyst 1 MB. En fil brukes i stedet for teksten over.
            </p>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".bib,.bibtex,.ris,.txt"
              aria-invalid={Boolean(errors.file)}
              aria-describedby={errors.file ? "import-file-hjelp import-file-feil" : "import-file-hjelp"}
              className="mt-1 block"
            />
            <Errors id="import-file-feil" errors={errors.file} />
          </div>
          <div>
            <label htmlFor="import-format" className="font-semibold">
              Format
            </label>
            <select
              id="import-format"
              name="format"
              defaultValue={state.format}
              key={state.format}
              className={inputClass}
            >
              <option value="auto">Finn ut selv</option>
              <option value="bibtex">BibTeX</option>
              <option value="ris">RIS</option>
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="step" value="preview" disabled={pending} className={button}>
            Forhåndsvis
          </button>
          {pending && <p role="status">Leser postene …</p>}
        </div>
      </div>
      <ImportOutcome state={state} pending={pending} />
    </form>
  );
}
