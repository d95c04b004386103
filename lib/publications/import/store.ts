import "server-only";
import type { Editor } from "@/lib/auth/session";
import type { Tx } from "@/lib/content/engine/adapter";
import { createPerson } from "@/lib/content/engine/relations";
import { lockContentWrites, writeEntry } from "@/lib/content/engine/save";
import { db } from "@/lib/db";
import { publicationType } from "@/lib/publications/adapter";
import { loadExisting } from "./existing";
import { nameKey } from "./normalise";
import { planImport, type PlannedPerson, type PlannedRecord } from "./plan";
import type { ReadRecord } from "./read";
import { matchKey } from "./state";

// The import's data layer: the preview, and the import itself in ONE transaction, each
// work written by the same code as the editors' form (revision and audit entry included).

export type ImportedWork = { number: number; id: string; slug: string; title: string };
export type ImportResult = { ok: true; created: ImportedWork[] } | { ok: false; message: string };

export async function previewImport(records: ReadRecord[]): Promise<PlannedRecord[]> {
  return planImport(records, await loadExisting(db, records));
}

const chosen = (record: PlannedRecord, confirmed: Set<number>) =>
  record.status === "new" || (record.status === "duplicate" && confirmed.has(record.number));

/** The person the editor picked for a name, when it is one of the likely ones planned in this transaction. */
function picked(person: PlannedPerson, key: string, matches: Map<string, string>): string | null {
  const id = matches.get(key);
  return id && person.candidates.some((c) => c.id === id) ? id : null;
}

/** Person ids for one record's authors and editors; a new name is created once per import. */
async function personIds(
  tx: Tx,
  record: Extract<PlannedRecord, { ok: true }>,
  role: PlannedPerson["role"],
  created: Map<string, string>,
  matches: Map<string, string>,
) {
  const ids: { personId: string }[] = [];
  for (const [i, person] of record.people.entries()) {
    if (person.role !== role) continue;
    const key = nameKey(person.name);
    const chosen = person.personId ?? picked(person, matchKey(record.number, i), matches);
    const personId = chosen ?? created.get(key) ?? (await createPerson(tx, person.name));
    if (!chosen) created.set(key, personId);
    // One person once per role in a work, even when two names were linked to the same person.
    if (!ids.some((existing) => existing.personId === personId)) ids.push({ personId });
  }
  return ids;
}

/**
 * Imports the new records, and the duplicates the editor confirmed, as drafts. Duplicates
 * and matches are decided again inside the transaction, so a work saved by a colleague
 * since the preview is still caught. Any failure rolls back the whole import.
 */
export async function importRecords(
  records: ReadRecord[],
  confirmed: Set<number>,
  editor: Editor,
  matches: Map<string, string> = new Map(),
): Promise<ImportResult> {
  return db.$transaction(
    async (tx): Promise<ImportResult> => {
      await lockContentWrites(tx);
      const plan = planImport(records, await loadExisting(tx, records)).filter((r) => chosen(r, confirmed));
      if (plan.length === 0)
        return {
          ok: false,
          message: "Ingen poster å importere. Duplikater tas bare med når du krysser av for «Importer likevel».",
        };
      const newPersons = new Map<string, string>();
      const created: ImportedWork[] = [];
      for (const record of plan) {
        if (record.status === "rejected") continue;
        const authors = await personIds(tx, record, "author", newPersons, matches);
        const editors = await personIds(tx, record, "editor", newPersons, matches);
        const saved = await writeEntry(
          tx,
          publicationType,
          publicationType.entryOf({ ...record.values, authors, editors }),
          {},
          editor,
        );
        created.push({ number: record.number, id: saved.id, slug: saved.slug, title: record.values.title });
      }
      return { ok: true, created };
    },
    { timeout: 120_000 },
  );
}
