"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import type { MergeFormState } from "@/lib/persons/merge-actions";
import type { MergePreview } from "@/lib/persons/merge-record";
import { MergeConsequences } from "./MergeConsequences";

// The confirmation of a merge as a plain form: it posts the versions the editor saw, so a person
// changed since is refused (the merge's own check), and works without JavaScript. Once merged, the
// page's own preview fails (the other person is in the trash): the merge's answer is shown then.

type Props = {
  keptId: string;
  /** What the merge will do; null when it cannot be done, with the reason in `message`. */
  preview: MergePreview | null;
  message: string | null;
  historyHref: string;
  /** The search for another person, shown when there is nothing to confirm. */
  children: ReactNode;
  action: (previous: MergeFormState, formData: FormData) => Promise<MergeFormState>;
};

export function MergeWithoutScript({ keptId, preview, message, historyHref, action, children }: Props) {
  const [state, dispatch, pending] = useActionState(action, null);
  if (state?.ok)
    return (
      <p role="status" className="rounded-md border border-teal bg-card p-3 font-medium text-teal-dark">
        {state.message ?? "Slått sammen."} <Link href={historyHref}>Til historikken</Link>
      </p>
    );
  if (!preview)
    return (
      <>
        <p role="alert" className="font-medium text-clay">
          {message}
        </p>
        {children}
      </>
    );
  return (
    <section aria-labelledby="slaa-sammen-bekreft" className="space-y-3">
      <h2 id="slaa-sammen-bekreft" className="text-xl font-semibold">
        Se over og bekreft
      </h2>
      <form
        action={dispatch}
        aria-labelledby="slaa-sammen-sporsmal"
        className="space-y-3 rounded-md border border-clay bg-sage-50 p-3"
      >
        <MergeConsequences preview={preview} />
        <input type="hidden" name="keptId" value={keptId} />
        <input type="hidden" name="keptVersion" value={preview.kept.version} />
        <input type="hidden" name="otherId" value={preview.other.id} />
        <input type="hidden" name="otherVersion" value={preview.other.version} />
        {state && !state.ok && (
          <p role="alert" className="font-medium text-clay">
            {state.message}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-clay px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          Slå sammen
        </button>
      </form>
    </section>
  );
}
