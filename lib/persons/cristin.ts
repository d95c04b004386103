import { z } from "zod";

// A Cristin person id, the number NVA's search knows a person by (`contributor=<id>`), written
// alone or as its address ("https://api.cristin.no/v2/persons/12345", "…/cristin/person/12345").
// Browser-safe: the person form checks it as it is typed. Editors' use only: no public page shows it.

export const CRISTIN_MESSAGE =
  "Skriv Cristin-id-en som et tall, for eksempel 12345, eller lim inn personens Cristin-lenke.";

/** The id's digits; null when it is not one. */
export function normaliseCristinId(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^https?:\/\/[^?#]*\/(?:persons?|person)\//i, "")
    .replace(/\/+$/, "");
  return /^\d{1,12}$/.test(bare) ? bare : null;
}

/** The person form's field: empty, or a Cristin person id as digits. */
export const optionalCristinId = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z
    .string()
    .max(200, { message: CRISTIN_MESSAGE })
    .transform((value, ctx) => {
      const id = normaliseCristinId(value);
      if (!id) ctx.addIssue({ code: "custom", message: CRISTIN_MESSAGE });
      return id ?? value;
    })
    .nullable(),
);
