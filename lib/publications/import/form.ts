import { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "@/lib/content/forms/field-errors";
import { MAX_RECORDS } from "./read";

// The import form as the server action receives it: pasted text or one uploaded file,
// the format, which step, and the duplicates ticked «Importer likevel».

export const MAX_IMPORT_BYTES = 1_000_000;
const TOO_LARGE = "Teksten er større enn 1 MB. Del den opp og importer delene hver for seg.";
const FILE_NAME = /\.(bib|bibtex|ris|txt)$/i;

const importFormSchema = z.object({
  source: z
    .string()
    .refine((s) => new TextEncoder().encode(s).length <= MAX_IMPORT_BYTES, { message: TOO_LARGE })
    .refine((s) => s.trim() !== "", { message: "Lim inn BibTeX eller RIS, eller velg en fil." }),
  format: z.enum(["auto", "bibtex", "ris"], { message: "Velg format." }),
  step: z.enum(["preview", "import"]).catch("preview"),
  digest: z.string().max(100).catch(""),
  confirm: z.array(z.coerce.number().int().min(1).max(MAX_RECORDS)).max(MAX_RECORDS).catch([]),
});

export type ImportForm = z.output<typeof importFormSchema>;

type Read =
  | { ok: true; form: ImportForm }
  | { ok: false; fieldErrors: FieldErrors; source: string; format: ImportForm["format"] };

/** An uploaded file wins over pasted text; a byte-order mark is dropped. */
async function sourceOf(formData: FormData): Promise<{ text: string } | { error: string }> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { text: String(formData.get("source") ?? "") };
  if (file.size > MAX_IMPORT_BYTES)
    return { error: "Filen er større enn 1 MB. Del den opp og importer delene hver for seg." };
  if (!FILE_NAME.test(file.name)) return { error: "Velg en fil som slutter på .bib, .ris eller .txt." };
  return { text: (await file.text()).replace(/^\uFEFF/, "") };
}

export async function readImportForm(formData: FormData): Promise<Read> {
  const formatValue = String(formData.get("format") ?? "auto");
  const format = formatValue === "bibtex" || formatValue === "ris" ? formatValue : "auto";
  const source = await sourceOf(formData);
  if ("error" in source)
    return { ok: false, fieldErrors: { file: [source.error] }, source: String(formData.get("source") ?? ""), format };
  const parsed = importFormSchema.safeParse({
    source: source.text,
    format: formatValue,
    step: formData.get("step"),
    digest: formData.get("digest"),
    confirm: formData.getAll("confirm"),
  });
  if (parsed.success) return { ok: true, form: parsed.data };
  const fieldErrors = fieldErrorsOf(parsed.error);
  // Text larger than the limit is not sent back into the page.
  return { ok: false, fieldErrors, source: fieldErrors.source?.includes(TOO_LARGE) ? "" : source.text, format };
}
