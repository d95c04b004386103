import "server-only";
import { db } from "@/lib/db";
import { planCounts } from "./merge-plan";
import { mergeRecord } from "./merge-record";

export type MergeInHistory = {
  id: string;
  revisionId: string;
  undoRevisionId: string | null;
  mergedLabel: string;
  undone: boolean;
  works: number;
  projects: number;
};

/** The merges into this person, for its history page (the revision each made, and its undo's). */
export async function mergesIntoPerson(keptId: string): Promise<MergeInHistory[]> {
  const rows = await db.personMerge.findMany({ where: { keptId }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => {
    const record = mergeRecord.safeParse(row.moved);
    const counts = record.success ? planCounts(record.data) : { works: 0, projects: 0 };
    return {
      id: row.id,
      revisionId: row.revisionId,
      undoRevisionId: row.undoRevisionId,
      mergedLabel: row.mergedLabel,
      undone: row.undoneAt !== null,
      works: counts.works,
      projects: counts.projects,
    };
  });
}
