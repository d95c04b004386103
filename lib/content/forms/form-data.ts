import type { FormValues } from "@/lib/content/engine/adapter";
import type { FieldErrors } from "@/lib/content/forms/field-errors";
import type { FieldDef, FormConfig, Option, OptionSet } from "@/lib/content/forms/form-config";

// The editor form as the browser posts it without JavaScript (components/editor/EntryForm.tsx):
// FormData read into the type's FormValues by its field definitions. Lists travel as indexed
// hidden inputs ("authors.0.personId"), so an unchanged list comes back exactly; a «Fjern» checkbox
// ("<name>.fjern", or "<name>.<i>.fjern" in ordered lists) drops a row, and "<name>.ny" is a name
// typed to add, which the server resolves (lib/content/forms/resolve-names.ts). Anyone can post
// anything: every value is read as text, capped, and the form's zod schema judges it after.

export const VERSION_INPUT = "_versjon";
export const addInput = (name: string) => `${name}.ny`;
export const removeInput = (name: string, row?: number) =>
  row === undefined ? `${name}.fjern` : `${name}.${row}.fjern`;

/** What the form shows again after a save without JavaScript that did not go through. */
export type NoJsFormState = {
  values: FormValues;
  version?: number;
  errors: FieldErrors;
  message: string;
  /** The labels of the entries the values refer to. */
  options: Partial<Record<OptionSet, Option[]>>;
  /** The names typed to add, by field, shown again in their inputs. */
  typed: Record<string, string>;
} | null;

/** A name typed into a picker's «Legg til» input, for the server to find among the set's entries. */
export type NameToResolve = {
  field: string;
  set: OptionSet;
  kind: "ref" | "refs" | "people" | "members";
  text: string;
};

export type ReadForm = { values: FormValues; version?: number; names: NameToResolve[]; errors: FieldErrors };

/** Far above any field's own limit (markdown: 50,000), so that the schema's message is the one shown. */
const MAX_TEXT = 60_000;
const MAX_ROWS = 200;
const TOO_LONG = "Teksten er for lang til å lagres.";
const UNREADABLE = "Feltet kunne ikke leses. Skriv det inn på nytt.";

export function readEntryForm(form: Pick<FormConfig, "sections">, data: FormData): ReadForm {
  const errors: FieldErrors = {};
  const fail = (key: string, message: string) => {
    if (!errors[key]?.includes(message)) (errors[key] ??= []).push(message);
  };
  const text = (key: string, field: string): string => {
    const value = data.get(key);
    if (value === null) return "";
    if (typeof value !== "string") {
      fail(field, UNREADABLE);
      return "";
    }
    if (value.length > MAX_TEXT) fail(field, TOO_LONG);
    // Browsers send a textarea's line breaks as CRLF.
    return value.slice(0, MAX_TEXT).replace(/\r\n?/g, "\n");
  };
  const texts = (key: string, field: string) =>
    data
      .getAll(key)
      .map((value) => (typeof value === "string" ? value.slice(0, 100) : (fail(field, UNREADABLE), "")))
      .filter(Boolean);
  // The row numbers posted for a list, in order ("authors.3.personId" → 3).
  const rows = (name: string) => {
    const found = new Set<number>();
    const pattern = new RegExp(`^${name.replace(/\./g, "\\.")}\\.(\\d{1,4})\\.`);
    for (const key of data.keys()) {
      const row = pattern.exec(key)?.[1];
      if (row !== undefined) found.add(Number(row));
    }
    const sorted = [...found].sort((a, b) => a - b);
    if (sorted.length > MAX_ROWS) fail(name, `Høyst ${MAX_ROWS} rader.`);
    return sorted.slice(0, MAX_ROWS).filter((row) => data.get(removeInput(name, row)) === null);
  };
  const person = (prefix: string, field: string) => {
    const personId = text(`${prefix}.personId`, field).trim();
    const familyName = text(`${prefix}.newPerson.familyName`, field);
    if (personId) return { personId };
    if (familyName || data.has(`${prefix}.newPerson.givenName`))
      return { newPerson: { givenName: text(`${prefix}.newPerson.givenName`, field), familyName } };
    return null;
  };

  const values: FormValues = {};
  const names: NameToResolve[] = [];
  const typedName = (field: FieldDef & { kind: NameToResolve["kind"] }, set: OptionSet) => {
    const typed = text(addInput(field.name), field.name).trim().slice(0, 200);
    if (typed) names.push({ field: field.name, set, kind: field.kind, text: typed });
  };
  for (const field of form.sections.flatMap((section) => section.fields)) {
    const { name } = field;
    switch (field.kind) {
      case "checkbox":
        values[name] = data.get(name) !== null;
        break;
      case "lines": {
        const lines = text(name, name);
        values[name] = lines ? lines.split("\n") : [];
        break;
      }
      case "ref":
        values[name] = data.get(removeInput(name)) === null ? text(name, name).trim() : "";
        typedName(field, field.optionSet);
        break;
      case "refs": {
        const removed = new Set(texts(removeInput(name), name));
        values[name] = [...new Set(texts(name, name))].filter((id) => !removed.has(id));
        typedName(field, field.optionSet);
        break;
      }
      case "people":
        values[name] = rows(name).flatMap((row) => person(`${name}.${row}`, name) ?? []);
        typedName(field, "persons");
        break;
      case "links":
        values[name] = rows(name).map((row) => ({
          kind: text(`${name}.${row}.kind`, name),
          label: text(`${name}.${row}.label`, name),
          url: text(`${name}.${row}.url`, name),
          language: text(`${name}.${row}.language`, name),
        }));
        break;
      case "members":
        values[name] = rows(name).flatMap((row) => {
          const prefix = `${name}.${row}`;
          const who = person(prefix, name);
          if (!who) return [];
          const affiliations = rows(`${prefix}.affiliations`).map((j) => ({
            organisationId: text(`${prefix}.affiliations.${j}.organisationId`, name).trim(),
            note: text(`${prefix}.affiliations.${j}.note`, name),
          }));
          return [{ ...who, role: text(`${prefix}.role`, name), affiliations }];
        });
        typedName(field, "persons");
        break;
      default:
        values[name] = text(name, name);
    }
  }
  const version = text(VERSION_INPUT, "_form").trim();
  return { values, version: /^\d{1,10}$/.test(version) ? Number(version) : undefined, names, errors };
}
