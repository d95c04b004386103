import type { ActionResult } from "@/lib/content/engine/results";
import type { PreviewRow } from "./state";

// What the form «Legg til med DOI, ISBN eller NVA-lenke» shows between its steps (client-safe):
// the same preview and summary as the BibTeX/RIS import.

export type LookupView = {
  step: "start" | "preview" | "done";
  identifiers: string;
  /** What the lookups found, for «Importer» (lookup-form.ts). */
  found?: string;
  digest?: string;
  rows?: PreviewRow[];
  confirmed?: number[];
  matches?: Record<string, string>;
  created?: { id: string; title: string }[];
  skipped?: number;
};

export type LookupState = ActionResult<object, LookupView>;

/** The message for a form with no line (the NVA page says it its own way). */
export const NO_LINES = "Skriv inn minst én DOI, ISBN eller NVA-lenke.";

export const INITIAL_LOOKUP_STATE: LookupState = { ok: true, step: "start", identifiers: "" };
