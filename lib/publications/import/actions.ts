"use server";

import { createHash } from "node:crypto";
import { z } from "zod";
import { editorAction } from "@/lib/content/engine/action-client";
import { DATABASE_AWAY, FORM_HAS_ERRORS, importChanges, UNREADABLE } from "./action-parts";
import { readImportForm } from "./form";
import { readMatches } from "./matches";
import { readImport } from "./read";
import { previewRow, type ImportState, type ImportView } from "./state";
import { importRecords, previewImport } from "./store";

// The import page's one server action, used by a plain form (it works without JavaScript):
// «Forhåndsvis» reads the text and shows what would happen; «Importer» reads the same text
// again, and imports it only when it is the text that was previewed. The import is one
// transaction: whatever failed, nothing of it was saved.

const CHANGED = "Teksten er endret etter forhåndsvisningen. Se over den nye forhåndsvisningen, og importer derfra.";

const digestOf = (source: string, format: string) => createHash("sha256").update(`${format}\n${source}`).digest("hex");

// Anyone can post anything to the action: what is not the form's data gets a message, not an error.
const importForm = z
  .instanceof(FormData)
  .transform(async (formData) => ({ read: await readImportForm(formData), matches: readMatches(formData) }));

type ImportInput = { read: Awaited<ReturnType<typeof readImportForm>>; matches: Map<string, string> };

const runImport = editorAction<[FormData], ImportInput, object, ImportView>({
  name: "import",
  role: "editor",
  args: (formData: FormData) => formData,
  schema: importForm,
  refused: () => ({ ok: false, step: "start", message: UNREADABLE, source: "", format: "auto" }),
  messages: {
    failed:
      "Noe gikk galt, og ingenting er importert. Prøv igjen om litt. Skjer det igjen, importer postene i mindre deler for å finne den som stopper.",
    unavailable: DATABASE_AWAY,
  },
  kept: (input) => ({
    step: "start",
    source: input?.read.ok ? input.read.form.source : "",
    format: input?.read.ok ? input.read.form.format : "auto",
  }),
  changes: importChanges,
  run: async ({ read, matches }, { editor }): Promise<ImportState> => {
    if (!read.ok)
      return {
        ok: false,
        step: "start",
        message: FORM_HAS_ERRORS,
        fieldErrors: read.fieldErrors,
        source: read.source,
        format: read.format,
      };
    const { source, format, step, digest, confirm } = read.form;
    const records = readImport(source, format);
    if (!records.ok)
      return {
        ok: false,
        step: "start",
        message: FORM_HAS_ERRORS,
        fieldErrors: { source: [records.message] },
        source,
        format,
      };
    const previewed = digestOf(source, format);
    if (step === "import" && digest === previewed) {
      const result = await importRecords(records.records, new Set(confirm), editor, matches);
      if (result.ok)
        return {
          ok: true,
          step: "done",
          source: "",
          format,
          created: result.created,
          skipped: records.records.length - result.created.length,
        };
      const rows = (await previewImport(records.records)).map(previewRow);
      return {
        ok: false,
        step: "preview",
        message: result.message,
        source,
        format,
        digest: previewed,
        rows,
        confirmed: confirm,
        matches: Object.fromEntries(matches),
      };
    }
    const rows = (await previewImport(records.records)).map(previewRow);
    // Ticks are kept for the same text (numbers would point at other records in another).
    const same = digest === previewed;
    const confirmed = same ? confirm : [];
    const kept = same ? Object.fromEntries(matches) : {};
    const preview = { step: "preview" as const, source, format, digest: previewed, rows, confirmed, matches: kept };
    return step === "import" ? { ok: false, message: CHANGED, ...preview } : { ok: true, ...preview };
  },
});

export async function importAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  return runImport(formData);
}
