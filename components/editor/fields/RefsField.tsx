"use client";

import type { Option, OptionSet } from "@/lib/content/forms/form-config";
import { addInput, removeInput } from "@/lib/content/forms/form-data";
import { Combobox } from "./Combobox";
import { AddByName, RemoveOnSave } from "./NoScript";
import { smallButton } from "./styles";

/** Several related entries: the chosen ones by name, each removable, and a search to add more. */
export function RefsField({
  name,
  typed,
  set,
  value,
  options,
  onChange,
  remember,
  label,
}: {
  name: string;
  /** A name typed without JavaScript that was not found, shown again. */
  typed: string;
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
              <input type="hidden" name={name} value={id} />
              <RemoveOnSave name={removeInput(name)} value={id} label={labelOf(id)} />
              <button
                type="button"
                className={`${smallButton} noscript:hidden`}
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
      <div className="noscript:hidden">
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
      <AddByName name={addInput(name)} typed={typed} label="Legg til (skriv navnet)" />
    </div>
  );
}
