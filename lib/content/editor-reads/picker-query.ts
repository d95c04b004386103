import { z } from "zod";
import type { OptionSet } from "@/lib/content/forms/form-config";

// A picker's search as it arrives in a URL (the route's ?sett=&q=, or a form reloaded without
// JavaScript): hostile until parsed. PostgreSQL refuses NUL in text, and no name holds a control character.
const OPTION_SETS = ["persons", "organisations", "topics", "projects", "publications"] as const satisfies OptionSet[];

const pickerQuery = z.object({
  sett: z.enum(OPTION_SETS),
  q: z
    .string()
    .max(100)
    .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/)
    .default(""),
});

/** The set and the search words, or null when the query is not one a picker sends. */
export function parsePickerQuery(params: URLSearchParams): { set: OptionSet; q: string } | null {
  if (params.getAll("sett").length > 1 || params.getAll("q").length > 1) return null;
  const parsed = pickerQuery.safeParse({ sett: params.get("sett") ?? undefined, q: params.get("q") ?? undefined });
  return parsed.success ? { set: parsed.data.sett, q: parsed.data.q.trim() } : null;
}
