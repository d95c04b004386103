"use server";

import { redirect } from "next/navigation";
import { currentEditor } from "@/lib/auth/session";
import { saveEntryAction } from "@/lib/content/engine/actions";
import { ENTITY, adminPath, isEntityType, type EntityType } from "@/lib/content/entities";
import { chosenOptions } from "@/lib/content/editor-reads/picker-options";
import { addInput, readEntryForm, type NoJsFormState } from "@/lib/content/forms/form-data";
import { resolveTypedNames } from "@/lib/content/forms/resolve-names";

// The entry form's save when the browser posts it without JavaScript (progressive enhancement:
// the page passes this action to the form's useActionState). It reads the FormData by the type's
// fields, finds the names typed into the pickers, and saves through the same action as the
// JavaScript path (./actions.ts: zod, session and role, version check). A saved entry redirects to
// its page with ?lagret=N; anything else renders the form again with what was typed.

const FORM_HAS_ERRORS = "Skjemaet har feil. Se meldingene ved feltene.";
const CONFLICT =
  "Noen andre har lagret denne oppføringen mens du redigerte. Ingenting er overskrevet, og det du skrev står " +
  "fortsatt i skjemaet. Kopier endringene dine, last siden på nytt for å se den lagrede versjonen, og skriv dem inn der.";
const SIGNED_OUT = "Du er ikke logget inn, eller økten er utløpt. Logg inn i en annen fane, og send skjemaet på nytt.";

export async function saveEntryFormAction(
  type: EntityType,
  id: string | undefined,
  _previous: NoJsFormState,
  data: FormData,
): Promise<NoJsFormState> {
  if (!isEntityType(type)) return { values: {}, errors: {}, message: "Ukjent innholdstype.", options: {}, typed: {} };
  const form = ENTITY[type];
  const read = readEntryForm(form, data);
  const typed = Object.fromEntries(read.names.map((n) => [n.field, String(data.get(addInput(n.field)) ?? "")]));
  const again = { version: read.version, typed, options: {} };
  // The names are looked up for editors only; the save checks the session and role again.
  if (!(await currentEditor())) return { ...again, values: read.values, errors: read.errors, message: SIGNED_OUT };
  const found = await resolveTypedNames(read.values, read.names);
  const errors = { ...read.errors, ...found.errors };
  const keep = async (message: string, fieldErrors = errors): Promise<NoJsFormState> => {
    const options = await chosenOptions(form, [found.values]);
    // A name that was found is added: its input is emptied; one that was not keeps what was typed.
    const unresolved = Object.fromEntries(Object.entries(typed).filter(([field]) => found.errors[field]));
    return { ...again, values: found.values, errors: fieldErrors, message, options, typed: unresolved };
  };
  if (Object.keys(errors).length > 0) return keep(FORM_HAS_ERRORS);
  const result = await saveEntryAction(type, { id, version: read.version, values: found.values });
  if (result.ok) redirect(`${adminPath(type, result.id)}?lagret=${result.version}`);
  return keep(result.conflict ? CONFLICT : result.message, result.fieldErrors ?? {});
}
