"use server";

import { createHash } from "node:crypto";
import { z } from "zod";
import { NotAuthorisedError, requireEditor } from "@/lib/auth/session";
import { purgeAfterChange, purgeConfigured } from "@/lib/cache/purge";
import { revalidatePublicPages } from "@/lib/content/revalidate";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { readImportForm } from "./form";
import { readImport } from "./read";
import { previewRow, type ImportState } from "./state";
import { importRecords, previewImport } from "./store";

// The import page's one server action, used by a plain form (it works without JavaScript):
// «Forhåndsvis» reads the text and shows what would happen; «Importer» reads the same text
// again, and imports it only when it is the text that was previewed.

// The import is one transaction: whatever failed, nothing of it was saved.
const FAILED =
  "Importen mislyktes, og ingenting er importert. Prøv igjen om litt. Skjer det igjen, importer postene i mindre deler for å finne den som stopper.";
const FORM_HAS_ERRORS = "Skjemaet har feil. Se meldingene ved feltene.";
const UNAVAILABLE = "Databasen svarer ikke. Ingenting er importert – prøv igjen om litt.";
const CHANGED = "Teksten er endret etter forhåndsvisningen. Se over den nye forhåndsvisningen, og importer derfra.";

const UNREADABLE = "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.";

// Anyone can post anything to the action: what is not the form's data gets a message, not an error.
const importForm = z.instanceof(FormData);

const digestOf = (source: string, format: string) => createHash("sha256").update(`${format}\n${source}`).digest("hex");

export async function importAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  let kept: Pick<ImportState, "source" | "format"> = { source: "", format: "auto" };
  try {
    const editor = await requireEditor();
    if (!importForm.safeParse(formData).success) return { ok: false, step: "start", message: UNREADABLE, source: "", format: "auto" };
    const read = await readImportForm(formData);
    if (!read.ok) return { ok: false, step: "start", message: FORM_HAS_ERRORS, fieldErrors: read.fieldErrors, source: read.source, format: read.format };
    const { source, format, step, digest, confirm } = read.form;
    kept = { source, format };
    const records = readImport(source, format);
    if (!records.ok) return { ok: false, step: "start", message: FORM_HAS_ERRORS, fieldErrors: { source: [records.message] }, source, format };
    const previewed = digestOf(source, format);
    if (step === "import" && digest === previewed) {
      const result = await importRecords(records.records, new Set(confirm), editor);
      if (result.ok) {
        revalidatePublicPages();
        purgeAfterChange(
          result.created.map((work) => ({ type: "publication" as const, id: work.id })),
          purgeConfigured() ? [] : null,
        );
        return { ok: true, step: "done", source: "", format, created: result.created, skipped: records.records.length - result.created.length };
      }
      const rows = (await previewImport(records.records)).map(previewRow);
      return { ok: false, step: "preview", message: result.message, source, format, digest: previewed, rows, confirmed: confirm };
    }
    const rows = (await previewImport(records.records)).map(previewRow);
    // Ticks are kept for the same text (numbers would point at other records in another).
    const confirmed = digest === previewed ? confirm : [];
    return { ok: step === "preview", step: "preview", message: step === "import" ? CHANGED : undefined, source, format, digest: previewed, rows, confirmed };
  } catch (error) {
    if (error instanceof NotAuthorisedError) return { ok: false, step: "start", message: error.message, source: "", format: "auto" };
    console.error("Import failed", error);
    return { ok: false, step: "start", message: isDatabaseUnavailable(error) ? UNAVAILABLE : FAILED, ...kept };
  }
}
