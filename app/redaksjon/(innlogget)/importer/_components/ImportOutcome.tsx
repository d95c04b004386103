"use client";

import type { ImportState } from "@/lib/publications/import/state";
import type { LookupState } from "@/lib/publications/import/lookup-state";
import { PreviewTable } from "./PreviewTable";

/** Under both import forms: what the last step said, and the preview to import from. */
export function ImportOutcome({ state, pending }: { state: ImportState | LookupState; pending: boolean }) {
  return (
    <>
      {state.message && (
        <p
          role="alert"
          className={`rounded-md border bg-card p-3 font-medium ${state.ok ? "border-teal" : "border-clay text-clay"}`}
        >
          {state.message}
        </p>
      )}
      {state.step === "preview" && state.rows && (
        <PreviewTable
          key={`${state.digest}:${state.confirmed?.join(",")}`}
          rows={state.rows}
          digest={state.digest ?? ""}
          confirmed={state.confirmed ?? []}
          matches={state.matches ?? {}}
          pending={pending}
        />
      )}
    </>
  );
}
