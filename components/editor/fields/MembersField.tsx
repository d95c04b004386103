"use client";

import { useId } from "react";
import type { FieldErrors } from "@/lib/content/forms/field-errors";
import type { Option } from "@/lib/content/forms/form-config";
import type { MemberInput } from "@/lib/projects/members";
import { FieldErrorText } from "./FieldErrorText";
import { MemberAffiliations } from "./MemberAffiliations";
import { addInput, removeInput } from "@/lib/content/forms/form-data";
import { move } from "./move";
import { AddByName, PersonInputs, RemoveOnSave } from "./NoScript";
import { PersonPicker, personLabel } from "./PersonPicker";
import { inputClass, smallButton } from "./styles";

type Props = {
  name: string;
  /** A name typed without JavaScript that was not found, shown again. */
  typed: string;
  value: MemberInput[];
  persons: Option[];
  organisations: Option[];
  onChange: (v: MemberInput[]) => void;
  remember: (set: "persons" | "organisations", option: Option) => void;
  errors: FieldErrors;
};

/**
 * A project's team in order: existing or new people, each with a role and where they
 * worked during the project. Every control is labelled and the buttons work from the keyboard.
 */
export function MembersField({ name, typed, value, persons, organisations, onChange, remember, errors }: Props) {
  const id = useId();
  const update = (i: number, patch: Partial<MemberInput>) =>
    onChange(value.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  return (
    <div className="space-y-3">
      {value.length === 0 && <p className="text-sm text-muted">Ingen lagt til.</p>}
      <ol className="space-y-3">
        {value.map((member, i) => {
          const person = personLabel(member, persons);
          const prefix = `${name}.${i}`;
          const personErrors = Object.entries(errors)
            .filter(([key]) => key === `${prefix}.personId` || key.startsWith(`${prefix}.newPerson`))
            .flatMap(([, messages]) => messages);
          const roleId = `${id}-${i}-rolle`;
          return (
            <li key={i}>
              <fieldset className="space-y-3 rounded-md border border-line bg-card p-3">
                <legend className="px-1 font-semibold">
                  {i + 1}. {person}
                </legend>
                <FieldErrorText id={`${id}-${i}-person-feil`} messages={personErrors} />
                <PersonInputs prefix={prefix} person={member} />
                <RemoveOnSave name={removeInput(name, i)} label={person} />
                <div className="flex flex-wrap gap-2 noscript:hidden">
                  <button
                    type="button"
                    className={smallButton}
                    disabled={i === 0}
                    onClick={() => onChange(move(value, i, i - 1))}
                    aria-label={`Flytt ${person} opp`}
                  >
                    ↑ Opp
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={i === value.length - 1}
                    onClick={() => onChange(move(value, i, i + 1))}
                    aria-label={`Flytt ${person} ned`}
                  >
                    ↓ Ned
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => onChange(value.filter((_, k) => k !== i))}
                    aria-label={`Fjern ${person}`}
                  >
                    Fjern
                  </button>
                </div>
                <div>
                  <label htmlFor={roleId} className="text-sm font-medium">
                    Rolle
                  </label>
                  <input
                    id={roleId}
                    name={`${prefix}.role`}
                    value={member.role}
                    placeholder="for eksempel «Prosjektleder» eller «Forsker»"
                    onChange={(e) => update(i, { role: e.target.value })}
                    aria-invalid={Boolean(errors[`${prefix}.role`])}
                    aria-describedby={errors[`${prefix}.role`] ? `${roleId}-feil` : undefined}
                    className={inputClass}
                  />
                  <FieldErrorText id={`${roleId}-feil`} messages={errors[`${prefix}.role`]} />
                </div>
                <MemberAffiliations
                  name={prefix}
                  id={`${id}-${i}-sted`}
                  person={person}
                  value={member.affiliations}
                  organisations={organisations}
                  onChange={(affiliations) => update(i, { affiliations })}
                  remember={(option) => remember("organisations", option)}
                  errors={errors}
                />
                <FieldErrorText id={`${id}-${i}-steder-feil`} messages={errors[`${prefix}.affiliations`]} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="noscript:hidden">
        <PersonPicker
          exclude={value.flatMap((member) => (member.personId ? [member.personId] : []))}
          onAdd={(ref, option) => {
            if (option) remember("persons", option);
            onChange([...value, { ...ref, role: "", affiliations: [] }]);
          }}
        />
      </div>
      <AddByName name={addInput(name)} typed={typed} label="Legg til (skriv navnet)" />
    </div>
  );
}
