"use client";

import { useState } from "react";
import type { FormValues } from "@/lib/content/engine/adapter";
import type { FormConfig, Option, OptionSet } from "@/lib/content/forms/form-config";
import { changedFields, displayValue as show } from "@/lib/content/engine/diff";
import type { Conflict } from "@/lib/content/engine/results";
import { formatDate, formatTime } from "@/lib/format/norwegian";

type Props = {
  config: FormConfig;
  mine: FormValues;
  conflict: Conflict;
  options: Partial<Record<OptionSet, Option[]>>;
  onResolve: (merged: FormValues, version: number) => void;
  onDiscardMine: () => void;
};

/**
 * Shown when a colleague saved the entry first: every field that differs, side by side,
 * with a choice per field. Nothing is overwritten until the editor saves the merge.
 */
export function ConflictPanel({ config, mine, conflict, options, onResolve, onDiscardMine }: Props) {
  const changed = new Set(changedFields(mine, conflict.theirs));
  const fields = config.sections.flatMap((s) => s.fields).filter((f) => changed.has(f.name));
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>(() =>
    Object.fromEntries(fields.map((f) => [f.name, "mine"])),
  );
  const when = conflict.updatedAt
    ? `${formatDate(new Date(conflict.updatedAt))} kl. ${formatTime(new Date(conflict.updatedAt))}`
    : "";

  const merge = () => {
    const merged = { ...conflict.theirs };
    for (const f of fields) merged[f.name] = choice[f.name] === "mine" ? mine[f.name] : conflict.theirs[f.name];
    onResolve(merged, conflict.version);
  };

  return (
    <section aria-labelledby="konflikt-tittel" className="rounded-xl border-2 border-clay bg-card p-5">
      <h2 id="konflikt-tittel" className="text-xl font-semibold">
        Noen andre har lagret denne oppføringen
      </h2>
      <p className="mt-2">
        {conflict.updatedBy ?? "En kollega"} lagret en nyere versjon {when}. Ingenting er overskrevet. Velg for hvert
        felt hvilken versjon som skal gjelde, og lagre.
      </p>
      {fields.length === 0 ? (
        <p className="mt-3">Feltene er like i begge versjonene.</p>
      ) : (
        <div className="mt-4 space-y-4">
          {fields.map((f) => (
            <fieldset key={f.name} className="rounded-md border border-line p-3">
              <legend className="px-1 font-semibold">{f.label}</legend>
              <div className="grid gap-3 md:grid-cols-2">
                {(["mine", "theirs"] as const).map((side) => (
                  <label key={side} className="flex items-start gap-2 rounded-md bg-paper p-2">
                    <input
                      type="radio"
                      name={`valg-${f.name}`}
                      checked={choice[f.name] === side}
                      onChange={() => setChoice((c) => ({ ...c, [f.name]: side }))}
                      className="mt-1.5"
                    />
                    <span className="min-w-0">
                      <span className="block text-sm font-semibold text-muted">
                        {side === "mine" ? "Din versjon" : "Lagret versjon"}
                      </span>
                      <span className="block whitespace-pre-wrap break-words text-sm">
                        {show(side === "mine" ? mine[f.name] : conflict.theirs[f.name], options)}
                      </span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={merge}
          className="rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark"
        >
          Lagre med valgene mine
        </button>
        <button
          type="button"
          onClick={onDiscardMine}
          className="rounded-lg border border-teal px-4 py-2 font-semibold text-teal-dark"
        >
          Forkast mine endringer og vis lagret versjon
        </button>
      </div>
    </section>
  );
}
