import "server-only";
import { db } from "@/lib/db";
import type { FormValues } from "@/lib/content/engine/adapter";
import type { FieldDef, FormConfig, Option, OptionSet } from "@/lib/content/forms/form-config";

// The forms' pickers at any size: a page loads the labels of the values an entry holds, and the
// pickers search on the server as the editor types (app/redaksjon/valg/route.ts), never every row.
// Trash is excluded, as it always was. Only called after requireEditor().

export const PICKER_LIMIT = 20;

export type PickerOptions = Partial<Record<OptionSet, Option[]>>;

// Every word of the search must occur in the label's columns (in any order), case-insensitively.
// Prisma's `contains` is a LIKE that leaves % and _ as wildcards: they are escaped to be searched as text.
export const containsText = (word: string) => ({
  contains: word.replace(/[\\%_]/g, "\\$&"),
  mode: "insensitive" as const,
});
const words = (q: string) =>
  q
    .split(/[\s,]+/)
    .filter(Boolean)
    .slice(0, 5);

/** One query per set: the rows with these ids, or (with `q`) the first matches of the search. */
const find: Record<OptionSet, (where: { ids?: string[]; q?: string }, take?: number) => Promise<Option[]>> = {
  persons: async ({ ids, q }, take) =>
    (
      await db.person.findMany({
        where: {
          deletedAt: null,
          ...(ids ? { id: { in: ids } } : {}),
          AND: words(q ?? "").map((w) => ({ OR: [{ familyName: containsText(w) }, { givenName: containsText(w) }] })),
        },
        orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { id: "asc" }],
        select: { id: true, givenName: true, familyName: true },
        take,
      })
    ).map((p) => ({ value: p.id, label: p.givenName ? `${p.familyName}, ${p.givenName}` : p.familyName })),
  organisations: async ({ ids, q }, take) =>
    (
      await db.organisation.findMany({
        where: {
          deletedAt: null,
          ...(ids ? { id: { in: ids } } : {}),
          AND: words(q ?? "").map((w) => ({ OR: [{ name: containsText(w) }, { shortName: containsText(w) }] })),
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, shortName: true },
        take,
      })
    ).map((o) => ({ value: o.id, label: o.shortName ? `${o.name} (${o.shortName})` : o.name })),
  topics: async ({ ids, q }, take) =>
    (
      await db.topic.findMany({
        where: {
          deletedAt: null,
          ...(ids ? { id: { in: ids } } : {}),
          AND: words(q ?? "").map((w) => ({ name: containsText(w) })),
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true },
        take,
      })
    ).map((t) => ({ value: t.id, label: t.name })),
  projects: async ({ ids, q }, take) =>
    (
      await db.project.findMany({
        where: {
          deletedAt: null,
          ...(ids ? { id: { in: ids } } : {}),
          AND: words(q ?? "").map((w) => ({ title: containsText(w) })),
        },
        orderBy: [{ title: "asc" }, { id: "asc" }],
        select: { id: true, title: true },
        take,
      })
    ).map((p) => ({ value: p.id, label: p.title })),
  publications: async ({ ids, q }, take) =>
    (
      await db.publication.findMany({
        where: {
          deletedAt: null,
          ...(ids ? { id: { in: ids } } : {}),
          AND: words(q ?? "").map((w) => ({ title: containsText(w) })),
        },
        orderBy: [{ title: "asc" }, { id: "asc" }],
        select: { id: true, title: true, year: true },
        take,
      })
    ).map((p) => ({ value: p.id, label: `${p.title}${p.year ? ` (${p.year})` : ""}` })),
};

/** The first PICKER_LIMIT entries of a set whose label holds every word of `q` (all when it is empty). */
export function searchPickerOptions(set: OptionSet, q: string): Promise<Option[]> {
  return find[set]({ q }, PICKER_LIMIT);
}

/** The ids an entry's values refer to, per option set, read from its form's fields. */
export function referencedIds(fields: FieldDef[], values: FormValues): Map<OptionSet, Set<string>> {
  const ids = new Map<OptionSet, Set<string>>();
  const add = (set: OptionSet, id: unknown) => {
    if (typeof id !== "string" || !id) return;
    if (!ids.has(set)) ids.set(set, new Set());
    ids.get(set)!.add(id);
  };
  const items = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === "ref") add(field.optionSet, value);
    else if (field.kind === "refs") for (const id of items(value)) add(field.optionSet, id);
    else if (field.kind === "people") for (const ref of items(value)) add("persons", ref?.personId);
    else if (field.kind === "members")
      for (const member of items(value)) {
        add("persons", member?.personId);
        for (const a of items(member?.affiliations)) add("organisations", a?.organisationId);
      }
  }
  return ids;
}

/** The labels of what these values (an entry, or all its revisions) refer to: one query per set used. */
export async function chosenOptions(
  form: Pick<FormConfig, "sections">,
  valueSets: FormValues[],
): Promise<PickerOptions> {
  const fields = form.sections.flatMap((section) => section.fields);
  const wanted = new Map<OptionSet, Set<string>>();
  for (const values of valueSets) {
    // A revision's snapshot is stored JSON: only an object holds values.
    if (!values || typeof values !== "object") continue;
    for (const [set, ids] of referencedIds(fields, values))
      wanted.set(set, new Set([...(wanted.get(set) ?? []), ...ids]));
  }
  const entries = await Promise.all(
    [...wanted].map(async ([set, ids]) => [set, await find[set]({ ids: [...ids] })] as const),
  );
  return Object.fromEntries(entries);
}
