"use client";

import type { FieldErrors } from "@/lib/content/forms/field-errors";
import type { FieldDef, Option, OptionSet } from "@/lib/content/forms/form-config";
import { FieldShell, describedBy } from "./FieldShell";
import { LinksField } from "./LinksField";
import { MarkdownField } from "./MarkdownField";
import { MembersField } from "./MembersField";
import { PeopleField } from "./PeopleField";
import { RefPicker } from "./RefPicker";
import { RefsField } from "./RefsField";
import { inputClass } from "./styles";

type Props = {
  field: FieldDef;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: FieldErrors;
  /** The labels of the entries the values refer to; `remember` adds one the editor chose. */
  options: Partial<Record<OptionSet, Option[]>>;
  remember: (set: OptionSet, option: Option) => void;
  /** A name typed into the picker's input without JavaScript that was not found, shown again. */
  typed?: string;
};

const asString = (value: unknown) => (value === null || value === undefined ? "" : String(value));

/** One form field of any kind, with its label, help and errors. */
export function Field({ field, value, onChange, errors, options, remember, typed }: Props) {
  const id = `felt-${field.name}`;
  const own = errors[field.name];
  // Every control is named, so that the form also saves when the browser posts it without JavaScript.
  const common = {
    id,
    name: field.name,
    "aria-invalid": Boolean(own?.length),
    "aria-describedby": describedBy(id, field.help, own),
  };
  const shell = (children: React.ReactNode, asGroup = false) => (
    <FieldShell id={id} label={field.label} help={field.help} errors={own} required={field.required} asGroup={asGroup}>
      {children}
    </FieldShell>
  );

  switch (field.kind) {
    case "text":
    case "url":
    case "slug":
    case "number":
    case "datetime":
      return shell(
        <input
          {...common}
          type={field.kind === "url" ? "url" : field.kind === "datetime" ? "datetime-local" : "text"}
          inputMode={field.kind === "number" ? "numeric" : undefined}
          value={asString(value)}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        />,
      );
    case "textarea":
      return shell(
        <textarea
          {...common}
          rows={4}
          value={asString(value)}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        />,
      );
    case "lines":
      // One entry per line; blank lines are kept while typing and dropped when saving.
      return shell(
        <textarea
          {...common}
          rows={3}
          value={((value as string[]) ?? []).join("\n")}
          onChange={(e) => onChange(e.target.value.split("\n"))}
          className={inputClass}
        />,
      );
    case "markdown":
      return shell(
        <MarkdownField
          id={id}
          name={field.name}
          value={asString(value)}
          onChange={onChange}
          invalid={Boolean(own?.length)}
          describedBy={common["aria-describedby"]}
        />,
      );
    case "checkbox":
      return (
        <div>
          <label className="flex items-center gap-2 font-semibold">
            <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
            {field.label}
          </label>
          {field.help && (
            <p id={`${id}-hjelp`} className="mt-1 text-sm text-muted">
              {field.help}
            </p>
          )}
          {own?.map((error) => (
            <p key={error} id={`${id}-feil`} className="mt-1 text-sm font-semibold text-clay">
              {error}
            </p>
          ))}
        </div>
      );
    case "select":
      return shell(
        <select {...common} value={asString(value)} onChange={(e) => onChange(e.target.value)} className={inputClass}>
          <option value="">Velg …</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>,
      );
    case "ref":
      return shell(
        <RefPicker
          name={field.name}
          typed={typed ?? ""}
          set={field.optionSet}
          label={`Søk etter ${field.label.toLowerCase()}`}
          value={asString(value)}
          options={options[field.optionSet] ?? []}
          onChange={onChange}
          remember={(option) => remember(field.optionSet, option)}
        />,
        true,
      );
    case "refs":
      return shell(
        <RefsField
          name={field.name}
          typed={typed ?? ""}
          set={field.optionSet}
          label={field.label}
          value={(value as string[]) ?? []}
          options={options[field.optionSet] ?? []}
          onChange={onChange}
          remember={(option) => remember(field.optionSet, option)}
        />,
        true,
      );
    case "people":
      return shell(
        <PeopleField
          name={field.name}
          typed={typed ?? ""}
          value={(value as never[]) ?? []}
          options={options.persons ?? []}
          onChange={onChange}
          remember={(option) => remember("persons", option)}
          errors={errors}
        />,
        true,
      );
    case "links":
      return shell(
        <LinksField name={field.name} value={(value as never[]) ?? []} onChange={onChange} errors={errors} />,
        true,
      );
    case "members":
      return shell(
        <MembersField
          name={field.name}
          typed={typed ?? ""}
          value={(value as never[]) ?? []}
          persons={options.persons ?? []}
          organisations={options.organisations ?? []}
          onChange={onChange}
          remember={remember}
          errors={errors}
        />,
        true,
      );
  }
}
