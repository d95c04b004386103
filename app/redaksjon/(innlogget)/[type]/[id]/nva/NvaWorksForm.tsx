"use client";

import Link from "next/link";
import { useActionState } from "react";
import { adminPath } from "@/lib/content/entities";
import { identifierLines } from "@/lib/lookup/identifiers";
import { INITIAL_LOOKUP_STATE, NO_LINES, type LookupState } from "@/lib/publications/import/lookup-state";
import type { NvaWorkRow } from "@/lib/persons/nva-works";
import { ImportOutcome } from "../../../importer/_components/ImportOutcome";
import { ImportSummary } from "../../../importer/_components/ImportSummary";
import { PreviewButton } from "../../../importer/_components/PreviewButton";

// «Hent fra NVA»: the person's works in NVA as boxes to tick, each posted as its NVA address to
// the import by identifier (the same action as the import page's field), so that the chosen works
// get that import's preview (duplicates, «finnes»/«ny» authors) and become drafts. A plain form:
// it works without JavaScript.

type Props = {
  works: NvaWorkRow[];
  action: (previous: LookupState, formData: FormData) => Promise<LookupState>;
};

const NONE_TICKED = "Kryss av for minst ett verk du vil hente.";

export function NvaWorksForm({ works, action }: Props) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_LOOKUP_STATE);
  if (state.step === "done") return <ImportSummary state={state} />;
  const ticked = new Set(identifierLines(state.identifiers));
  const errors = state.fieldErrors?.identifiers;

  return (
    <form action={dispatch} className="space-y-6" aria-busy={pending}>
      <fieldset key={state.digest ?? "start"} className="space-y-3" aria-describedby="nva-verk-hjelp">
        <legend className="sr-only">Verk i NVA</legend>
        <p id="nva-verk-hjelp" className="text-sm text-muted">
          Kryss av for verkene du vil hente. Du ser en forhåndsvisning før noe blir lagret.
        </p>
        <ul className="space-y-3">
          {works.map((work) => (
            <li key={work.nvaId} className="rounded-xl border border-line bg-card p-4">
              <div className="flex items-start gap-3">
                {work.rejected ? (
                  <span aria-hidden="true" className="mt-1 inline-block w-4" />
                ) : (
                  <input
                    id={`nva-${work.nvaId}`}
                    type="checkbox"
                    name="identifiers"
                    value={work.line}
                    defaultChecked={ticked.has(work.line)}
                    className="mt-1.5 size-4"
                  />
                )}
                <div className="space-y-1">
                  <label htmlFor={work.rejected ? undefined : `nva-${work.nvaId}`} className="font-semibold">
                    {work.title}
                  </label>
                  <p className="text-sm">
                    {work.typeLabel}, {work.year ?? "år ukjent"}
                    {work.coAuthors.length > 0 && ` · Med ${work.coAuthors.join(", ")}`}
                  </p>
                  {work.affiliations.length > 0 && (
                    <p className="text-sm text-muted">
                      Institusjon i NVA: {work.affiliations.join(", ")}
                      {work.sameInstitution && " (samme som i portalen)"}
                    </p>
                  )}
                  {work.existing && (
                    <p className="text-sm font-medium text-teal-dark">
                      Finnes i portalen: {work.existing.reason}{" "}
                      <Link href={adminPath("publication", work.existing.id)}>Åpne verket</Link>
                    </p>
                  )}
                  {work.rejected && <p className="text-sm font-medium text-clay">Kan ikke hentes: {work.rejected}</p>}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      {errors?.map((error) => (
        <p key={error} role="alert" className="font-semibold text-clay">
          {error === NO_LINES ? NONE_TICKED : error}
        </p>
      ))}
      <input type="hidden" name="found" value={state.found ?? ""} />
      <PreviewButton label="Forhåndsvis de valgte" busy="Henter fra NVA …" pending={pending} />
      <ImportOutcome state={state} pending={pending} />
    </form>
  );
}
