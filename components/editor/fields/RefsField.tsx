"use client";

import type { Option, OptionSet } from "@/lib/content/forms/form-config";
import { Combobox } from "./Combobox";
import { smallButton } from "./styles";

/** Several related entries: the chosen ones by name, each removable, and a search to add more. */
export function RefsField({
  set,
  value,
  options,
  onChange,
  remember,
  label,
}: {
  set: OptionSet;
  value: string[];
  options: Option[];
  onChange: (v: string[]) => void;
  remember: (option: Option) => void;
  label: string;
}) {
  const labelOf = (id: string) => options.find((o) => o.value === id)?.label ?? "Ukjent oppføring";
  return (
    <div className="space-y-2">
      {value.length > 0 ? (
        <ul className="space-y-1 rounded-md border border-line bg-card p-2">
          {value.map((id) => (
            <li key={id} className="flex flex-wrap items-center justify-between gap-2">
              <span>{labelOf(id)}</span>
              <button
                type="button"
                className={smallButton}
                onClick={() => onChange(value.filter((v) => v !== id))}
                aria-label={`Fjern ${labelOf(id)}`}
              >
                Fjern
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">Ingen valgt.</p>
      )}
      <Combobox
        set={set}
        label={`Legg til ${label.toLowerCase()}`}
        exclude={value}
        onChoose={(option) => {
          remember(option);
          onChange([...value, option.value]);
        }}
      />
    </div>
  );
}
