import type { FormValues } from "@/lib/content/engine/adapter";
import type { Option, OptionSet } from "@/lib/content/forms/form-config";

// Field-level differences between two versions of an entry, for the history and the
// conflict screen, with ids shown as the names editors know.

export function changedFields(before: FormValues, after: FormValues): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => JSON.stringify(before[name] ?? "") !== JSON.stringify(after[name] ?? ""));
}

export function displayValue(value: unknown, options: Partial<Record<OptionSet, Option[]>>): string {
  const all = Object.values(options).flat();
  const label = (id: string) => all.find((o) => o.value === id)?.label ?? id;
  if (Array.isArray(value)) {
    if (value.length === 0) return "(tom)";
    return value
      .map((item) => {
        if (typeof item === "string") return label(item);
        if (item && typeof item === "object" && "affiliations" in item) return memberLine(item as Member, label);
        if (item && typeof item === "object" && "personId" in item) return label(String(item.personId));
        if (item && typeof item === "object" && "newPerson" in item)
          return `${Object.values(item.newPerson as object).join(" ")} (ny)`;
        return Object.values(item as object)
          .filter(Boolean)
          .join(" · ");
      })
      .join("\n");
  }
  if (typeof value === "boolean") return value ? "Ja" : "Nei";
  const text = value === null || value === undefined ? "" : String(value);
  return text.trim() ? text : "(tom)";
}

type Member = {
  personId?: string;
  newPerson?: Record<string, string>;
  role?: string;
  affiliations?: { organisationId: string; note?: string }[];
};

/** "Gotaas, Nora – Prosjektleder (NIBR; OsloMet, i en del av prosjektperioden)". */
function memberLine(member: Member, label: (id: string) => string): string {
  const who = member.personId
    ? label(member.personId)
    : `${Object.values(member.newPerson ?? {})
        .filter(Boolean)
        .join(" ")} (ny)`;
  const where = (member.affiliations ?? [])
    .map((a) => [label(a.organisationId), a.note].filter(Boolean).join(", "))
    .join("; ");
  return `${who}${member.role ? ` – ${member.role}` : ""}${where ? ` (${where})` : ""}`;
}
