import "server-only";
import type { FormValues } from "@/lib/content/engine/adapter";
import type { FieldErrors } from "@/lib/content/forms/field-errors";
import type { NameToResolve } from "@/lib/content/forms/form-data";
import { matchName } from "@/lib/content/forms/name-match";
import { parsePickerQuery } from "@/lib/content/editor-reads/picker-query";
import { searchPickerOptions } from "@/lib/content/editor-reads/picker-options";

// The names typed into the pickers of a form sent without JavaScript, found with the pickers' own
// search (app/redaksjon/valg) and added to the values; a name that is no one's, or several
// entries', gets a message at its field. Only called for a signed-in editor.

type Found = { values: FormValues; errors: FieldErrors };

export async function resolveTypedNames(values: FormValues, names: NameToResolve[]): Promise<Found> {
  const next: FormValues = { ...values };
  const errors: FieldErrors = {};
  for (const { field, set, kind, text } of names) {
    const query = parsePickerQuery(new URLSearchParams({ sett: set, q: text }));
    const match = query ? matchName(set, text, await searchPickerOptions(query.set, query.q)) : null;
    if (!match?.ok) {
      errors[field] = [match?.message ?? "Navnet kunne ikke leses. Skriv det uten spesialtegn."];
      continue;
    }
    const id = match.option.value;
    const list = Array.isArray(next[field]) ? (next[field] as unknown[]) : [];
    const holds = (item: unknown) =>
      item === id || (typeof item === "object" && item !== null && "personId" in item && item.personId === id);
    if (kind === "ref") next[field] = id;
    else if (list.some(holds)) continue;
    else if (kind === "refs") next[field] = [...list, id];
    else if (kind === "people") next[field] = [...list, { personId: id }];
    else next[field] = [...list, { personId: id, role: "", affiliations: [] }];
  }
  return { values: next, errors };
}
