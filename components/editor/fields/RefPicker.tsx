"use client";

import type { Option, OptionSet } from "@/lib/content/forms/form-config";
import { addInput, removeInput } from "@/lib/content/forms/form-data";
import { Combobox } from "./Combobox";
import { AddByName, RemoveOnSave } from "./NoScript";
import { smallButton } from "./styles";

/** One related entry (or none): the chosen one by name, and a search to choose another. */
export function RefPicker({
  name,
  typed,
  set,
  label,
  value,
  options,
  onChange,
  remember,
}: {
  name: string;
  /** With a text: the picker can also be set without JavaScript, by name (shown again when not found). */
  typed?: string;
  set: OptionSet;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  remember: (option: Option) => void;
}) {
  const chosen = value ? (options.find((o) => o.value === value)?.label ?? "Ukjent oppføring") : null;
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {chosen ? (
          <>
            <span>
              Valgt: <strong>{chosen}</strong>
            </span>
            <input type="hidden" name={name} value={value} />
            <button
              type="button"
              className={`${smallButton} noscript:hidden`}
              onClick={() => onChange("")}
              aria-label={`Fjern ${chosen}`}
            >
              Fjern
            </button>
            {typed !== undefined && <RemoveOnSave name={removeInput(name)} label={chosen} />}
          </>
        ) : (
          "Ingen valgt."
        )}
      </p>
      <div className="noscript:hidden">
        <Combobox
          set={set}
          label={label}
          exclude={value ? [value] : []}
          onChoose={(option) => {
            remember(option);
            onChange(option.value);
          }}
        />
      </div>
      {typed !== undefined && <AddByName name={addInput(name)} typed={typed} label="Velg (skriv navnet)" />}
    </div>
  );
}
