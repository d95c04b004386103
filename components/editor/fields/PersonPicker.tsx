"use client";

import { useId, useState } from "react";
import type { Option } from "@/lib/content/forms/form-config";
import { Combobox } from "./Combobox";
import { inputClass, smallButton } from "./styles";

export type PersonRef = { personId: string } | { newPerson: { givenName: string; familyName: string } };

/** Adds a person to a list: one who exists, or a new one typed in (created when saving). */
export function PersonPicker({
  onAdd,
  exclude,
}: {
  onAdd: (ref: PersonRef, option?: Option) => void;
  exclude: string[];
}) {
  const id = useId();
  const [given, setGiven] = useState("");
  const [family, setFamily] = useState("");
  return (
    <div className="grid gap-3 rounded-md bg-sage-50 p-3 md:grid-cols-2">
      <Combobox
        set="persons"
        label="Legg til en person som finnes"
        exclude={exclude}
        onChoose={(option) => onAdd({ personId: option.value }, option)}
      />
      <div>
        <p className="text-sm font-medium">… eller en ny person</p>
        <div className="flex flex-wrap gap-2">
          <label className="sr-only" htmlFor={`${id}-fornavn`}>
            Fornavn til ny person
          </label>
          <input
            id={`${id}-fornavn`}
            placeholder="Fornavn"
            value={given}
            onChange={(e) => setGiven(e.target.value)}
            className={`${inputClass} flex-1`}
          />
          <label className="sr-only" htmlFor={`${id}-etternavn`}>
            Etternavn til ny person
          </label>
          <input
            id={`${id}-etternavn`}
            placeholder="Etternavn"
            value={family}
            onChange={(e) => setFamily(e.target.value)}
            className={`${inputClass} flex-1`}
          />
          <button
            type="button"
            className={`${smallButton} mt-1`}
            disabled={!family.trim()}
            onClick={() => {
              onAdd({ newPerson: { givenName: given.trim(), familyName: family.trim() } });
              setGiven("");
              setFamily("");
            }}
          >
            Legg til ny
          </button>
        </div>
      </div>
    </div>
  );
}

/** How a person in a list is named: "Gotaas, Nora", or "Åse Ørnes (ny)" before saving. */
export function personLabel(
  ref: PersonRef | { personId?: string; newPerson?: { givenName: string; familyName: string } },
  options: Option[],
): string {
  if ("personId" in ref && ref.personId) return options.find((o) => o.value === ref.personId)?.label ?? "Ukjent person";
  if ("newPerson" in ref && ref.newPerson)
    return `${[ref.newPerson.givenName, ref.newPerson.familyName].filter(Boolean).join(" ")} (ny)`;
  return "Ukjent person";
}
