"use client";

import { useId, useState } from "react";
import type { Option } from "@/lib/content/form-config";
import type { FieldErrors } from "@/lib/content/field-errors";
import { inputClass, smallButton } from "./styles";

type PersonRef = { personId: string } | { newPerson: { givenName: string; familyName: string } };

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * An ordered list of people (authors, editors): pick an existing person or type in a new
 * one, and reorder with buttons that work from the keyboard.
 */
export function PeopleField({ name, value, options, onChange, errors }: { name: string; value: PersonRef[]; options: Option[]; onChange: (v: PersonRef[]) => void; errors: FieldErrors }) {
  const id = useId();
  const [pick, setPick] = useState("");
  const [given, setGiven] = useState("");
  const [family, setFamily] = useState("");
  const labelOf = (ref: PersonRef) =>
    "personId" in ref ? (options.find((o) => o.value === ref.personId)?.label ?? "Ukjent person") : `${[ref.newPerson.givenName, ref.newPerson.familyName].filter(Boolean).join(" ")} (ny)`;

  return (
    <div className="space-y-3">
      {value.length > 0 ? (
        <ol className="space-y-2">
          {value.map((ref, i) => {
            const itemErrors = Object.entries(errors).filter(([key]) => key.startsWith(`${name}.${i}.`)).flatMap(([, messages]) => messages);
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
                <button type="button" className={smallButton} disabled={i === 0} onClick={() => onChange(move(value, i, i - 1))} aria-label={`Flytt ${labelOf(ref)} opp`}>
                  ↑ Opp
                </button>
                <button type="button" className={smallButton} disabled={i === value.length - 1} onClick={() => onChange(move(value, i, i + 1))} aria-label={`Flytt ${labelOf(ref)} ned`}>
                  ↓ Ned
                </button>
                <button type="button" className={smallButton} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={`Fjern ${labelOf(ref)}`}>
                  Fjern
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-muted">Ingen lagt til.</p>
      )}
      <div className="grid gap-3 rounded-md bg-sage-50 p-3 md:grid-cols-2">
        <div>
          <label htmlFor={`${id}-velg`} className="text-sm font-medium">
            Legg til en person som finnes
          </label>
          <div className="flex gap-2">
            <select id={`${id}-velg`} value={pick} onChange={(e) => setPick(e.target.value)} className={inputClass}>
              <option value="">Velg person …</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={`${smallButton} mt-1`}
              disabled={!pick}
              onClick={() => {
                onChange([...value, { personId: pick }]);
                setPick("");
              }}
            >
              Legg til
            </button>
          </div>
        </div>
        <div>
          <p className="text-sm font-medium">… eller en ny person</p>
          <div className="flex flex-wrap gap-2">
            <label className="sr-only" htmlFor={`${id}-fornavn`}>
              Fornavn til ny person
            </label>
            <input id={`${id}-fornavn`} placeholder="Fornavn" value={given} onChange={(e) => setGiven(e.target.value)} className={`${inputClass} flex-1`} />
            <label className="sr-only" htmlFor={`${id}-etternavn`}>
              Etternavn til ny person
            </label>
            <input id={`${id}-etternavn`} placeholder="Etternavn" value={family} onChange={(e) => setFamily(e.target.value)} className={`${inputClass} flex-1`} />
            <button
              type="button"
              className={`${smallButton} mt-1`}
              disabled={!family.trim()}
              onClick={() => {
                onChange([...value, { newPerson: { givenName: given.trim(), familyName: family.trim() } }]);
                setGiven("");
                setFamily("");
              }}
            >
              Legg til ny
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
