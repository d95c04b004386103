import type { ActionResult } from "@/lib/content/engine/results";
import { PUBLICATION_TYPE_LABELS, fullName } from "@/lib/content/labels";
import type { PublicationType } from "@/lib/generated/prisma/enums";
import type { PlannedRecord } from "./plan";
import type { ImportFormat } from "./split";

// What the import page shows between the steps (client-safe): the form's own values, the
// preview table, or the summary after the import.

/** `key` names the person's choice in the form (matchKey); `candidates` are likely the same person. */
export type PreviewPerson = {
  name: string;
  role: "author" | "editor";
  isNew: boolean;
  key: string;
  candidates: { id: string; name: string }[];
};

/** The form field of one author's or editor's pick: record number and place among its people. */
export const matchKey = (record: number, index: number) => `${record}:${index}`;

export type PreviewRow = {
  number: number;
  title: string | null;
  /** The record's first line, for a record without a readable title. */
  firstLine: string | null;
  year: number | null;
  type: string | null;
  people: PreviewPerson[];
  status: "new" | "duplicate" | "rejected";
  message: string | null;
  warnings: string[];
};

/** What the import page shows, in an action result (lib/content/engine/results.ts): kept whether the step went well or not. */
export type ImportState = ActionResult<object, ImportView>;

export type ImportView = {
  step: "start" | "preview" | "done";
  source: string;
  format: ImportFormat | "auto";
  /** The source the preview was made from: importing anything else shows a new preview. */
  digest?: string;
  rows?: PreviewRow[];
  /** Duplicates ticked «Importer likevel», kept when the same text is previewed again. */
  confirmed?: number[];
  /** The persons picked for imported names (matchKey → person id), kept likewise. */
  matches?: Record<string, string>;
  created?: { id: string; title: string }[];
  skipped?: number;
};

export const INITIAL_IMPORT_STATE: ImportState = { ok: true, step: "start", source: "", format: "auto" };

export function previewRow(record: PlannedRecord): PreviewRow {
  if (record.status === "rejected") {
    return {
      number: record.number,
      title: record.title,
      firstLine: record.firstLine,
      year: null,
      type: null,
      people: [],
      status: "rejected",
      message: record.message,
      warnings: [],
    };
  }
  const { values } = record;
  return {
    number: record.number,
    title: values.subtitle ? `${values.title}: ${values.subtitle}` : values.title,
    firstLine: null,
    year: values.year,
    type: PUBLICATION_TYPE_LABELS[values.type as PublicationType] ?? values.type,
    people: record.people.map((p, i) => ({
      name: fullName(p.name),
      role: p.role,
      isNew: p.personId === null,
      key: matchKey(record.number, i),
      candidates: p.candidates.map((c) => ({ id: c.id, name: fullName(c) })),
    })),
    status: record.status,
    message: record.duplicate,
    warnings: record.warnings,
  };
}
