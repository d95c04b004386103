import type { PreviewPerson } from "@/lib/publications/import/state";

type Props = { people: PreviewPerson[]; matches: Record<string, string> };

/**
 * Each name with whether the import links it to an existing person or creates a new one; a new
 * name that is likely an existing person («B. Aglen», «Bjørg Aglen») offers that person instead.
 */
export function PreviewPeople({ people, matches }: Props) {
  if (people.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {people.map((person) => (
        <li key={person.key}>
          {person.name}
          {person.role === "editor" && " (red.)"}{" "}
          <span
            className={`rounded px-1.5 text-xs font-semibold ${person.isNew ? "bg-sun text-ink" : "bg-sage-100 text-teal-dark"}`}
          >
            {person.isNew ? "ny" : "finnes"}
          </span>
          {person.isNew && person.candidates.length > 0 && (
            <label className="mt-1 block text-xs">
              <span className="font-semibold">Kan være samme person som:</span>{" "}
              <select
                name="match"
                aria-label={`Hvem er ${person.name}?`}
                defaultValue={`${person.key}=${matches[person.key] ?? ""}`}
                className="rounded border border-line bg-white px-1 py-0.5"
              >
                <option value={`${person.key}=`}>Ingen av dem – opprett ny person</option>
                {person.candidates.map((candidate) => (
                  <option key={candidate.id} value={`${person.key}=${candidate.id}`}>
                    {candidate.name} (finnes)
                  </option>
                ))}
              </select>
            </label>
          )}
        </li>
      ))}
    </ul>
  );
}
