import type { ImportedName } from "./csl-fields";
import { likelySamePerson } from "./likely";
import { doiKey, nameKey, titleKey } from "./normalise";
import type { ReadRecord } from "./read";

// What the import would do with each record, decided against what the database holds
// (loaded by existing.ts) and the earlier records of the same file. No database here.

export type ExistingWork = {
  id: string;
  title: string;
  subtitle: string | null;
  year: number | null;
  doi: string | null;
};
export type ExistingPerson = { id: string; givenName: string | null; familyName: string; cristinId?: string | null };
export type Existing = { works: ExistingWork[]; persons: ExistingPerson[] };

/**
 * An author or editor: the existing person it matched, or null when the import creates one,
 * and then the persons it is likely to be (likely.ts), for the editor to pick instead.
 */
export type PlannedPerson = {
  name: ImportedName;
  role: "author" | "editor";
  personId: string | null;
  candidates: ExistingPerson[];
};

export type PlannedRecord =
  | (Extract<ReadRecord, { ok: true }> & {
      status: "new" | "duplicate";
      duplicate: string | null;
      /** The stored work it duplicates (null when new, or a duplicate of an earlier record in the same import). */
      duplicateOf: string | null;
      people: PlannedPerson[];
    })
  | (Extract<ReadRecord, { ok: false }> & { status: "rejected" });

type Seen = { doi: string | null; title: string; year: number | null; label: string; id: string | null };

const workLabel = (title: string, year: number | null) => `«${title}» (${year ?? "u.å."})`;

function duplicateIn(doi: string | null, title: string, year: number | null, seen: Seen[], where: string) {
  const sameDoi = doi ? seen.find((s) => s.doi === doi) : undefined;
  if (sameDoi) return { reason: `Samme DOI som ${sameDoi.label}${where}.`, id: sameDoi.id };
  const sameTitle = seen.find((s) => s.title === title && s.year === year);
  return sameTitle ? { reason: `Samme tittel og år som ${sameTitle.label}${where}.`, id: sameTitle.id } : null;
}

/** A name to its person: by the Cristin id NVA gave with it when a person has that id, else by the name. */
function personMatcher(persons: ExistingPerson[]) {
  const byKey = new Map<string, string>();
  const byCristinId = new Map<string, string>();
  for (const person of persons) {
    if (!byKey.has(nameKey(person))) byKey.set(nameKey(person), person.id);
    if (person.cristinId && !byCristinId.has(person.cristinId)) byCristinId.set(person.cristinId, person.id);
  }
  return (name: ImportedName, cristinId: string | undefined) => {
    const personId = (cristinId && byCristinId.get(cristinId)) || byKey.get(nameKey(name)) || null;
    const candidates = personId ? [] : persons.filter((person) => likelySamePerson(name, person));
    return { personId, candidates };
  };
}

export function planImport(records: ReadRecord[], existing: Existing): PlannedRecord[] {
  const stored: Seen[] = existing.works.map((w) => ({
    doi: w.doi ? doiKey(w.doi) : null,
    title: titleKey(w.title, w.subtitle),
    year: w.year,
    label: workLabel(w.title, w.year),
    id: w.id,
  }));
  const inFile: Seen[] = [];
  const matchPerson = personMatcher(existing.persons);
  return records.map((record): PlannedRecord => {
    if (!record.ok) return { ...record, status: "rejected" };
    const { values } = record;
    const doi = values.doi ? doiKey(values.doi) : null;
    const title = titleKey(values.title, values.subtitle);
    const duplicate =
      duplicateIn(doi, title, values.year, stored, ", som finnes fra før") ??
      duplicateIn(doi, title, values.year, inFile, " i denne importen");
    inFile.push({ doi, title, year: values.year, label: `post ${record.number}`, id: null });
    const people = (["author", "editor"] as const).flatMap((role) =>
      (role === "author" ? values.authors : values.editors).flatMap((ref) =>
        "newPerson" in ref
          ? [{ name: ref.newPerson, role, ...matchPerson(ref.newPerson, record.cristinIds?.[nameKey(ref.newPerson)]) }]
          : [],
      ),
    );
    return {
      ...record,
      status: duplicate ? "duplicate" : "new",
      duplicate: duplicate?.reason ?? null,
      duplicateOf: duplicate?.id ?? null,
      people,
    };
  });
}
