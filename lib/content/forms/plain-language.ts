import { z } from "zod";
import { lix, type LixResult } from "@/lib/readability/lix";
import { blank } from "@/lib/content/forms/blank";
import { longText, textLines } from "@/lib/content/forms/form-fields";
import type { FormSection } from "@/lib/content/forms/form-config";

// «Kort fortalt»: the plain-language summary Selvhjelp Norge's editors write on a work or a
// project, after Cochrane's plain language summaries and FHI's «hovedbudskap»: two or three key
// points first, then what was studied, what was found and what it may mean for people in
// self-help groups. Browser-safe: the same rules in the form and the server action. Stored in
// four typed columns of Publication and Project (prisma/schema.prisma).

export const KEY_POINTS_MIN = 2;
export const KEY_POINTS_MAX = 3;
export const KEY_POINT_MAX_LENGTH = 250;
export const PART_MAX_LENGTH = 1200;

/** The headings of the parts, on the public page and in the form. */
export const PLAIN_LANGUAGE_LABELS = {
  plainKeyPoints: "Hovedpunkter",
  plainStudied: "Hva ble undersøkt?",
  plainFound: "Hva fant forskerne?",
  plainMeaning: "Hva kan det bety for folk i selvhjelpsgrupper?",
} as const;

export const PLAIN_LANGUAGE_BYLINE = "Skrevet av redaksjonen i Selvhjelp Norge";

const keyPoints = textLines(PLAIN_LANGUAGE_LABELS.plainKeyPoints, 20, KEY_POINT_MAX_LENGTH)
  .refine((points) => points.length === 0 || points.length >= KEY_POINTS_MIN, {
    message: "Skriv minst to hovedpunkter, ett per linje.",
  })
  .refine((points) => points.length <= KEY_POINTS_MAX, { message: "Skriv høyst tre hovedpunkter." })
  .default([]);

// A form without these fields (an editor's page opened before they came, the import) keeps none.
const part = longText(PART_MAX_LENGTH).default(null);

/** The four fields, to spread into a content type's zod object. */
export const plainLanguageFields = {
  plainKeyPoints: keyPoints,
  plainStudied: part,
  plainFound: part,
  plainMeaning: part,
};

export type PlainLanguage = {
  plainKeyPoints: string[];
  plainStudied: string | null;
  plainFound: string | null;
  plainMeaning: string | null;
};

export const EMPTY_PLAIN_LANGUAGE = { plainKeyPoints: [], plainStudied: "", plainFound: "", plainMeaning: "" };

/** The stored columns as the form edits them. */
export const plainLanguageValues = (row: PlainLanguage) => ({
  plainKeyPoints: row.plainKeyPoints,
  plainStudied: blank(row.plainStudied),
  plainFound: blank(row.plainFound),
  plainMeaning: blank(row.plainMeaning),
});

/** A «Kort fortalt» begins with its key points: the other parts alone are none. */
export function requireKeyPoints(values: PlainLanguage, ctx: z.RefinementCtx): void {
  const written = values.plainStudied ?? values.plainFound ?? values.plainMeaning;
  if (written && values.plainKeyPoints.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["plainKeyPoints"],
      message: "«Kort fortalt» begynner med to eller tre hovedpunkter. Skriv dem her, ett per linje.",
    });
  }
}

/** True when the entry has a «Kort fortalt» to show. */
export const hasPlainLanguage = (values: Pick<PlainLanguage, "plainKeyPoints">) => values.plainKeyPoints.length > 0;

export const PLAIN_LANGUAGE_FIELDS = ["plainKeyPoints", "plainStudied", "plainFound", "plainMeaning"] as const;

/**
 * Word count and LIX of the fields' text taken together, from form values (key points as lines)
 * or stored columns: each key point ends its sentence, like a list item.
 */
export function readabilityOf(
  values: Record<string, unknown>,
  fields: readonly string[] = PLAIN_LANGUAGE_FIELDS,
): LixResult {
  const blocks = fields.flatMap((name) => {
    const value = values[name];
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
    return typeof value === "string" ? [value] : [];
  });
  return lix(blocks);
}

/** The section of the editor form, the same for works and projects. */
export const plainLanguageSection: FormSection = {
  title: "Kort fortalt",
  readability: [...PLAIN_LANGUAGE_FIELDS],
  fields: [
    {
      name: "plainKeyPoints",
      label: PLAIN_LANGUAGE_LABELS.plainKeyPoints,
      kind: "lines",
      help: `To eller tre korte setninger, ett hovedpunkt per linje (høyst ${KEY_POINT_MAX_LENGTH} tegn hver). Vises først, over alt annet på siden. La feltene stå tomme hvis arbeidet ikke skal ha «Kort fortalt».`,
    },
    {
      name: "plainStudied",
      label: PLAIN_LANGUAGE_LABELS.plainStudied,
      kind: "textarea",
      help: "Skriv bare det kilden sier, med vanlige ord. La feltet stå tomt hvis kilden ikke sier noe om det.",
    },
    { name: "plainFound", label: PLAIN_LANGUAGE_LABELS.plainFound, kind: "textarea" },
    { name: "plainMeaning", label: PLAIN_LANGUAGE_LABELS.plainMeaning, kind: "textarea" },
  ],
};
