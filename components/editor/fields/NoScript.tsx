import { inputClass } from "./styles";

// The pickers' controls for a browser without JavaScript, which posts the form as it is
// (lib/content/forms/form-data.ts reads it). Inside <noscript>, so that with JavaScript they
// are neither shown nor sent, and the comboboxes and buttons do their work instead.

/** A «Fjern» checkbox: the row is dropped when the form is saved. */
export function RemoveOnSave({ name, value = "1", label }: { name: string; value?: string; label: string }) {
  return (
    <noscript>
      <label className="flex items-center gap-1 text-sm font-medium">
        <input type="checkbox" name={name} value={value} />
        Fjern<span className="sr-only"> {label}</span>
      </label>
    </noscript>
  );
}

/** A name to add, found by the server when the form is saved. */
export function AddByName({ name, typed, label }: { name: string; typed: string; label: string }) {
  return (
    <noscript>
      <label className="block text-sm font-medium">
        {label}
        <input name={name} defaultValue={typed} autoComplete="off" className={inputClass} />
      </label>
    </noscript>
  );
}

/** A person in an ordered list as hidden inputs (an existing one by id, a new one by name), in the list's order. */
export function PersonInputs({
  prefix,
  person,
}: {
  prefix: string;
  person: { personId?: string; newPerson?: { givenName: string; familyName: string } };
}) {
  if (person.personId) return <input type="hidden" name={`${prefix}.personId`} value={person.personId} />;
  if (!person.newPerson) return null;
  return (
    <>
      <input type="hidden" name={`${prefix}.newPerson.givenName`} value={person.newPerson.givenName} />
      <input type="hidden" name={`${prefix}.newPerson.familyName`} value={person.newPerson.familyName} />
    </>
  );
}
