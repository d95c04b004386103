import { z } from "zod";
import type { CslItem } from "@citation-js/core";
import { fieldErrorsOf, type FieldErrors } from "@/lib/content/forms/field-errors";
import { MAX_IDENTIFIER_LINES, identifierLines } from "@/lib/lookup/identifiers";
import type { LineResult } from "@/lib/lookup/lookup";
import { NO_LINES } from "./lookup-state";
import { recordFromItem, type ReadRecord } from "./read";

// The form «Legg til med DOI, ISBN eller NVA-lenke»: the identifiers, which step, and what the
// preview found (as CSL-JSON in a hidden field, so that «Importer» saves what the editor saw
// without asking the services again). That field is input like any other: an editor could type
// the same records as BibTeX, and each is checked by the publication form's schema.

const MAX_TEXT = 10_000;
const MAX_FOUND_BYTES = 2_000_000;
// Longer than any DOI, ISBN or NVA address in practice; the preview's hidden field allows 500.
const MAX_LINE = 300;

const lines = z
  .string()
  .max(MAX_TEXT, { message: "Teksten er for lang. Skriv én DOI, ISBN eller NVA-lenke per linje." })
  .transform(identifierLines)
  .refine((l) => l.length > 0, { message: NO_LINES })
  .refine((l) => l.length <= MAX_IDENTIFIER_LINES, {
    message: `Høyst ${MAX_IDENTIFIER_LINES} linjer om gangen. Del listen opp og legg til resten etterpå.`,
  })
  .refine((l) => l.every((line) => line.length <= MAX_LINE), {
    message: `En linje er lengre enn ${MAX_LINE} tegn. Skriv én DOI, ISBN eller NVA-lenke per linje.`,
  });

const lookupFormSchema = z.object({
  identifiers: lines,
  step: z.enum(["preview", "import"]).catch("preview"),
  digest: z.string().max(100).catch(""),
  found: z.string().max(MAX_FOUND_BYTES).catch(""),
  confirm: z.array(z.coerce.number().int().min(1).max(MAX_IDENTIFIER_LINES)).max(MAX_IDENTIFIER_LINES).catch([]),
});

export type LookupForm = z.output<typeof lookupFormSchema> & { text: string };

export type LookupRead = { ok: true; form: LookupForm } | { ok: false; fieldErrors: FieldErrors; text: string };

/**
 * The lines come from the textarea, or from ticked boxes of the same name (one identifier each:
 * «Hent fra NVA» on a person's page), one line per value.
 */
export function readLookupForm(formData: FormData): LookupRead {
  const text = formData
    .getAll("identifiers")
    .map((value) => (typeof value === "string" ? value : ""))
    .join("\n");
  const parsed = lookupFormSchema.safeParse({
    identifiers: text,
    step: formData.get("step"),
    digest: formData.get("digest"),
    found: formData.get("found") ?? "",
    confirm: formData.getAll("confirm"),
  });
  if (parsed.success) return { ok: true, form: { ...parsed.data, text } };
  return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), text: text.length > MAX_TEXT ? "" : text };
}

const foundSchema = z
  .array(
    z.union([
      z.object({
        line: z.string().max(500),
        ok: z.literal(true),
        item: z.looseObject({ id: z.string().max(500), type: z.string().max(100) }),
        warnings: z.array(z.string().max(500)).max(10),
      }),
      z.object({ line: z.string().max(500), ok: z.literal(false), message: z.string().max(500) }),
    ]),
  )
  .max(MAX_IDENTIFIER_LINES);

/** The hidden field read back; null when it is not what the preview wrote. */
export function readFound(found: string): LineResult[] | null {
  try {
    const parsed = foundSchema.safeParse(JSON.parse(found));
    return parsed.success ? (parsed.data as LineResult[]) : null;
  } catch {
    return null;
  }
}

/** Each line as the import's record, numbered as the lines are: a found work, or the line's message. */
export function recordsOfLookups(results: LineResult[]): ReadRecord[] {
  return results.map((result, i) => {
    const number = i + 1;
    const firstLine = result.line.slice(0, 100);
    if (!result.ok) return { number, ok: false, title: null, firstLine, message: `Linje ${number}: ${result.message}` };
    return recordFromItem(number, result.item as CslItem, firstLine, result.warnings, "Linje");
  });
}
