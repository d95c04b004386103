import type { PreviewPerson } from "@/lib/publications/import/state";

/** Each name with whether the import links it to an existing person or creates a new one. */
export function PreviewPeople({ people }: { people: PreviewPerson[] }) {
  if (people.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {people.map((person, i) => (
        <li key={`${person.role}-${i}`}>
          {person.name}
          {person.role === "editor" && " (red.)"}{" "}
          <span
            className={`rounded px-1.5 text-xs font-semibold ${person.isNew ? "bg-sun text-ink" : "bg-sage-100 text-teal-dark"}`}
          >
            {person.isNew ? "ny" : "finnes"}
          </span>
        </li>
      ))}
    </ul>
  );
}
