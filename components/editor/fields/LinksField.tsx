"use client";

import { LINK_KIND_LABELS } from "@/lib/content/forms/form-fields";
import type { FieldErrors } from "@/lib/content/forms/field-errors";
import { removeInput } from "@/lib/content/forms/form-data";
import { RemoveOnSave } from "./NoScript";
import { inputClass, smallButton } from "./styles";

type LinkRow = { kind: string; label: string; url: string; language: string };

const EMPTY: LinkRow = { kind: "fulltext", label: "", url: "", language: "" };

/** Labelled links: full text, summary, further reading, and sources. */
export function LinksField({
  name,
  value,
  onChange,
  errors,
}: {
  name: string;
  value: LinkRow[];
  onChange: (v: LinkRow[]) => void;
  errors: FieldErrors;
}) {
  const update = (i: number, patch: Partial<LinkRow>) =>
    onChange(value.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <div className="space-y-3">
      {value.map((row, i) => {
        const err = (field: string) => errors[`${name}.${i}.${field}`];
        const fieldId = (field: string) => `${name}-${i}-${field}`;
        return (
          <fieldset
            key={i}
            className="grid gap-2 rounded-md border border-line bg-card p-3 md:grid-cols-[10rem_1fr_1fr_5rem_auto]"
          >
            <legend className="sr-only">Lenke {i + 1}</legend>
            {(
              [
                ["kind", "Type"],
                ["label", "Lenketekst"],
                ["url", "Nettadresse"],
                ["language", "Språk"],
              ] as const
            ).map(([field, label]) => (
              <div key={field}>
                <label htmlFor={fieldId(field)} className="text-sm font-medium">
                  {label}
                </label>
                {field === "kind" ? (
                  <select
                    id={fieldId(field)}
                    name={`${name}.${i}.${field}`}
                    value={row.kind}
                    onChange={(e) => update(i, { kind: e.target.value })}
                    className={inputClass}
                  >
                    {Object.entries(LINK_KIND_LABELS).map(([kind, text]) => (
                      <option key={kind} value={kind}>
                        {text}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={fieldId(field)}
                    name={`${name}.${i}.${field}`}
                    type={field === "url" ? "url" : "text"}
                    value={row[field]}
                    onChange={(e) => update(i, { [field]: e.target.value })}
                    aria-invalid={Boolean(err(field))}
                    aria-describedby={err(field) ? `${fieldId(field)}-feil` : undefined}
                    className={inputClass}
                  />
                )}
                {err(field)?.map((e) => (
                  <p key={e} id={`${fieldId(field)}-feil`} className="mt-1 text-sm font-semibold text-clay">
                    {e}
                  </p>
                ))}
              </div>
            ))}
            <div className="flex items-end">
              <RemoveOnSave name={removeInput(name, i)} label={`lenke ${i + 1}`} />
              <button
                type="button"
                className={`${smallButton} noscript:hidden`}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                Fjern lenke {i + 1}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className={`${smallButton} noscript:hidden`}
        onClick={() => onChange([...value, { ...EMPTY }])}
      >
        + Legg til lenke
      </button>
    </div>
  );
}
