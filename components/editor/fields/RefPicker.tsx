"use client";

import type { Option, OptionSet } from "@/lib/content/forms/form-config";
import { Combobox } from "./Combobox";
import { smallButton } from "./styles";

/** One related entry (or none): the chosen one by name, and a search to choose another. */
export function RefPicker({
  set,
  label,
  value,
  options,
  onChange,
  remember,
}: {
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
            <button type="button" className={smallButton} onClick={() => onChange("")} aria-label={`Fjern ${chosen}`}>
              Fjern
            </button>
          </>
        ) : (
          "Ingen valgt."
        )}
      </p>
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
  );
}
