"use client";

import type { Option } from "@/lib/content/forms/form-config";
import type { FieldErrors } from "@/lib/content/forms/field-errors";
import { addInput, removeInput } from "@/lib/content/forms/form-data";
import { move } from "./move";
import { AddByName, PersonInputs, RemoveOnSave } from "./NoScript";
import { PersonPicker, personLabel, type PersonRef } from "./PersonPicker";
import { smallButton } from "./styles";

/**
 * An ordered list of people (authors, editors): pick an existing person or type in a new
 * one, and reorder with buttons that work from the keyboard.
 */
export function PeopleField({
  name,
  typed,
  value,
  options,
  onChange,
  remember,
  errors,
}: {
  name: string;
  /** A name typed without JavaScript that was not found, shown again. */
  typed: string;
  value: PersonRef[];
  options: Option[];
  onChange: (v: PersonRef[]) => void;
  remember: (option: Option) => void;
  errors: FieldErrors;
}) {
  const labelOf = (ref: PersonRef) => personLabel(ref, options);

  return (
    <div className="space-y-3">
      {value.length > 0 ? (
        <ol className="space-y-2">
          {value.map((ref, i) => {
            const itemErrors = Object.entries(errors)
              .filter(([key]) => key.startsWith(`${name}.${i}.`))
              .flatMap(([, messages]) => messages);
            return (
              <li key={i} className="flex flex-wrap items-center gap-2 rounded-md border border-line bg-card px-3 py-2">
                <span className="mr-auto font-medium">
                  {i + 1}. {labelOf(ref)}
                  {itemErrors.map((e) => (
                    <span key={e} className="block text-sm font-semibold text-clay">
                      {e}
                    </span>
                  ))}
                </span>
                <PersonInputs prefix={`${name}.${i}`} person={ref} />
                <RemoveOnSave name={removeInput(name, i)} label={labelOf(ref)} />
                <button
                  type="button"
                  className={`${smallButton} noscript:hidden`}
                  disabled={i === 0}
                  onClick={() => onChange(move(value, i, i - 1))}
                  aria-label={`Flytt ${labelOf(ref)} opp`}
                >
                  ↑ Opp
                </button>
                <button
                  type="button"
                  className={`${smallButton} noscript:hidden`}
                  disabled={i === value.length - 1}
                  onClick={() => onChange(move(value, i, i + 1))}
                  aria-label={`Flytt ${labelOf(ref)} ned`}
                >
                  ↓ Ned
                </button>
                <button
                  type="button"
                  className={`${smallButton} noscript:hidden`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                  aria-label={`Fjern ${labelOf(ref)}`}
                >
                  Fjern
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-muted">Ingen lagt til.</p>
      )}
      <div className="noscript:hidden">
        <PersonPicker
          exclude={value.flatMap((ref) => ("personId" in ref ? [ref.personId] : []))}
          onAdd={(ref, option) => {
            if (option) remember(option);
            onChange([...value, ref]);
          }}
        />
      </div>
      <AddByName name={addInput(name)} typed={typed} label="Legg til (skriv navnet)" />
    </div>
  );
}
