import type { FormValues } from "./adapter";
import type { Option, OptionSet } from "./form-config";

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
        if (item && typeof item === "object" && "personId" in item) return label(String(item.personId));
        if (item && typeof item === "object" && "newPerson" in item) return `${Object.values(item.newPerson as object).join(" ")} (ny)`;
        return Object.values(item as object).filter(Boolean).join(" · ");
      })
      .join("\n");
  }
  const text = value === null || value === undefined ? "" : String(value);
  return text.trim() ? text : "(tom)";
}
