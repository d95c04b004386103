"use server";

import { createHash } from "node:crypto";
import { z } from "zod";
import { editorAction } from "@/lib/content/engine/action-client";
import { DATABASE_AWAY, FORM_HAS_ERRORS, importChanges, UNREADABLE } from "./action-parts";
import { lookup } from "@/lib/lookup/server";
import { readFound, readLookupForm, recordsOfLookups } from "./lookup-form";
import { readMatches } from "./matches";
import type { LookupState, LookupView } from "./lookup-state";
import { previewRow } from "./state";
import { importRecords, previewImport } from "./store";

// «Legg til med DOI, ISBN eller NVA-lenke», a plain form (it works without JavaScript) with the
// BibTeX/RIS import's steps: «Finn» looks each line up and shows the preview; «Importer» saves
// what that preview found, when the lines are still the ones looked up. The outside services
// are asked only at «Finn», never in the import's transaction.

const CHANGED = "Listen er endret etter forhåndsvisningen. Se over den nye forhåndsvisningen, og importer derfra.";

const digestOf = (lines: string[], found: string) =>
  createHash("sha256")
    .update(`${lines.join("\n")}\n\n${found}`)
    .digest("hex");

type LookupInput = { read: ReturnType<typeof readLookupForm>; matches: Map<string, string> };

const runLookup = editorAction<[FormData], LookupInput, object, LookupView>({
  name: "import-by-identifier",
  role: "editor",
  args: (formData: FormData) => formData,
  schema: z
    .instanceof(FormData)
    .transform((formData) => ({ read: readLookupForm(formData), matches: readMatches(formData) })),
  refused: () => ({
    ok: false,
    step: "start",
    identifiers: "",
    message: UNREADABLE,
  }),
  messages: {
    failed: "Noe gikk galt, og ingenting er importert. Prøv igjen om litt.",
    unavailable: DATABASE_AWAY,
  },
  kept: (input) => ({ step: "start", identifiers: input?.read.ok ? input.read.form.text : "" }),
  changes: importChanges,
  run: async ({ read, matches }, { editor }): Promise<LookupState> => {
    if (!read.ok)
      return {
        ok: false,
        step: "start",
        message: FORM_HAS_ERRORS,
        fieldErrors: read.fieldErrors,
        identifiers: read.text,
      };
    const { identifiers: lines, text, step, digest, found, confirm } = read.form;
    const previewed = readFound(found);
    if (step === "import" && previewed && digest === digestOf(lines, found)) {
      const records = recordsOfLookups(previewed);
      const result = await importRecords(records, new Set(confirm), editor, matches);
      if (result.ok)
        return {
          ok: true,
          step: "done",
          identifiers: "",
          created: result.created,
          skipped: records.length - result.created.length,
        };
      const rows = (await previewImport(records)).map(previewRow);
      return {
        ok: false,
        step: "preview",
        message: result.message,
        identifiers: text,
        found,
        digest,
        rows,
        confirmed: confirm,
        matches: Object.fromEntries(matches),
      };
    }
    const results = await lookup.lookupLines(lines);
    const foundNow = JSON.stringify(results);
    const rows = (await previewImport(recordsOfLookups(results))).map(previewRow);
    const preview = {
      step: "preview" as const,
      identifiers: text,
      found: foundNow,
      digest: digestOf(lines, foundNow),
      rows,
      confirmed: [],
    };
    return step === "import" ? { ok: false, message: CHANGED, ...preview } : { ok: true, ...preview };
  },
});

export async function lookupImportAction(_previous: LookupState, formData: FormData): Promise<LookupState> {
  return runLookup(formData);
}
