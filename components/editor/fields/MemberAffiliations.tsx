"use client";

import type { FieldErrors } from "@/lib/content/forms/field-errors";
import type { Option } from "@/lib/content/forms/form-config";
import { FieldErrorText } from "./FieldErrorText";
import { move } from "./move";
import { RefPicker } from "./RefPicker";
import { inputClass, smallButton } from "./styles";

export type Affiliation = { organisationId: string; note: string };

type Props = {
  name: string;
  id: string;
  person: string;
  value: Affiliation[];
  organisations: Option[];
  onChange: (v: Affiliation[]) => void;
  remember: (option: Option) => void;
  errors: FieldErrors;
};

/** Where one member worked during the project, in order; a person can be at two places. */
export function MemberAffiliations({ name, id, person, value, organisations, onChange, remember, errors }: Props) {
  const update = (j: number, patch: Partial<Affiliation>) =>
    onChange(value.map((a, k) => (k === j ? { ...a, ...patch } : a)));
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium">Arbeidssted i prosjektperioden</p>
      {value.length === 0 && <p className="text-sm text-muted">Ingen arbeidssted lagt til.</p>}
      <ol className="space-y-2">
        {value.map((affiliation, j) => {
          const key = (field: string) => `${name}.affiliations.${j}.${field}`;
          const control = (field: string) => `${id}-${j}-${field}`;
          const invalid = (field: string) => ({
            "aria-invalid": Boolean(errors[key(field)]),
            "aria-describedby": errors[key(field)] ? `${control(field)}-feil` : undefined,
          });
          return (
            <li key={j} className="grid gap-2 rounded-md border border-line bg-paper p-2 md:grid-cols-[1fr_1fr_auto]">
              <div>
                <RefPicker
                  name={key("organisationId")}
                  set="organisations"
                  label={`Arbeidssted ${j + 1}`}
                  value={affiliation.organisationId}
                  options={organisations}
                  onChange={(organisationId) => update(j, { organisationId })}
                  remember={remember}
                />
                <FieldErrorText id={`${control("organisationId")}-feil`} messages={errors[key("organisationId")]} />
              </div>
              <div>
                <label htmlFor={control("note")} className="text-sm">
                  Merknad til arbeidssted {j + 1}
                </label>
                <input
                  id={control("note")}
                  name={key("note")}
                  value={affiliation.note}
                  placeholder="for eksempel «i en del av prosjektperioden»"
                  onChange={(e) => update(j, { note: e.target.value })}
                  className={inputClass}
                  {...invalid("note")}
                />
                <FieldErrorText id={`${control("note")}-feil`} messages={errors[key("note")]} />
              </div>
              <div className="flex flex-wrap items-end gap-1 noscript:hidden">
                <button
                  type="button"
                  className={smallButton}
                  disabled={j === 0}
                  onClick={() => onChange(move(value, j, j - 1))}
                  aria-label={`Flytt arbeidssted ${j + 1} for ${person} opp`}
                >
                  ↑ Opp
                </button>
                <button
                  type="button"
                  className={smallButton}
                  disabled={j === value.length - 1}
                  onClick={() => onChange(move(value, j, j + 1))}
                  aria-label={`Flytt arbeidssted ${j + 1} for ${person} ned`}
                >
                  ↓ Ned
                </button>
                <button
                  type="button"
                  className={smallButton}
                  onClick={() => onChange(value.filter((_, k) => k !== j))}
                  aria-label={`Fjern arbeidssted ${j + 1} for ${person}`}
                >
                  Fjern
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={`${smallButton} noscript:hidden`}
        onClick={() => onChange([...value, { organisationId: "", note: "" }])}
        aria-label={`Legg til arbeidssted for ${person}`}
      >
        + Legg til arbeidssted
      </button>
    </div>
  );
}
