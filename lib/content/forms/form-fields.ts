import { z } from "zod";
import { TEXT_MESSAGES, cleanText, hasLoneSurrogate, isInvisible } from "@/lib/content/forms/text-rules";

// Zod building blocks shared by every editor form, on the client and the server, with
// Norwegian messages. Empty form fields arrive as "" and are stored as null. Every text goes
// through the rules of ./text-rules.ts (NFC, no control characters, no half characters).

const blankToNull = (value: unknown) => (typeof value === "string" && isInvisible(value) ? null : value);

/** A string cleaned by the text rules and trimmed; single-line unless `multiline`. */
const cleanString = (multiline: boolean, label?: string, typeMessage?: string) =>
  z
    .string(typeMessage ? { message: typeMessage } : undefined)
    .refine((value) => !hasLoneSurrogate(value), { message: TEXT_MESSAGES.loneSurrogate(label), abort: true })
    .overwrite((value) => cleanText(value, { multiline }))
    .trim();

const required = (label: string, max: number, multiline: boolean) =>
  cleanString(multiline, label, `${label} må fylles ut.`)
    .min(1, { message: `${label} må fylles ut.` })
    // "" has had its message already.
    .refine((value) => value === "" || !isInvisible(value), { message: TEXT_MESSAGES.invisibleOnly(label) })
    .max(max, { message: `${label} kan ha høyst ${max} tegn.` });

const optional = (max: number, multiline: boolean) =>
  z.preprocess(
    blankToNull,
    cleanString(multiline)
      .max(max, { message: `Høyst ${max} tegn.` })
      .nullable(),
  );

/** A title or name on one line: tabs and line breaks become spaces. */
export const requiredText = (label: string, max = 500) => required(label, max, false);

/** An optional text on one line. */
export const optionalText = (max = 500) => optional(max, false);

/** An optional text of several lines (a textarea): tabs and line breaks are kept. */
export const longText = (max = 2000) => optional(max, true);

export const markdownText = (max = 50_000) => longText(max);

export const requiredMarkdown = (label: string, max = 50_000) => required(label, max, true);

/** Identifiers typed or pasted (URLs, DOIs): anything invisible in them is a mistake. */
const HIDDEN_IN_IDENTIFIER = /[\p{Cc}\p{Cf}\uD800-\uDFFF]/u;

export const optionalUrl = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(2000)
    .refine((value) => !HIDDEN_IN_IDENTIFIER.test(value), {
      message: "Nettadressen inneholder usynlige tegn. Skriv eller lim den inn på nytt.",
      abort: true,
    })
    .refine((value) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(value) && URL.canParse(value), {
      message: "Skriv en hel nettadresse som begynner med https:// eller http://.",
    })
    .nullable(),
);

export const requiredUrl = optionalUrl.refine((value) => value !== null, { message: "Nettadressen må fylles ut." });

/**
 * "2020" as 2020, and only that: decimal digits, surrounding spaces allowed. "0x7E4", "2e3",
 * "+2020" and "2020.0", which Number() would read, are left as they are for the number schema
 * to refuse.
 */
const decimalInteger = (value: unknown) => {
  if (blankToNull(value) === null) return null;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
  return value;
};

/** Years from 1800 (the oldest sources) to ten years ahead (planned project ends, forthcoming works). */
export const MIN_YEAR = 1800;
export const maxYear = () => new Date().getFullYear() + 10;

const YEAR_MESSAGE = "Skriv årstallet med fire sifre.";

export const optionalYear = z.preprocess(
  decimalInteger,
  z
    .number({ message: YEAR_MESSAGE })
    .int({ message: YEAR_MESSAGE })
    .min(MIN_YEAR, { message: `Årstallet kan ikke være før ${MIN_YEAR}.` })
    .refine((year) => year <= maxYear(), { error: () => `Årstallet kan ikke være etter ${maxYear()}.` })
    .nullable(),
);

const INTEGER_MESSAGE = "Skriv et helt tall med sifrene 0–9, for eksempel 120.";

export const optionalPositiveInt = z.preprocess(
  decimalInteger,
  z
    .number({ message: INTEGER_MESSAGE })
    .int({ message: INTEGER_MESSAGE })
    .min(1, { message: "Tallet må være større enn 0." })
    .max(100_000, { message: "Tallet kan være høyst 100 000." })
    .nullable(),
);

/** "https://doi.org/10.1177/ABC" or "doi:10.1177/ABC" as the bare DOI "10.1177/ABC". */
export const withoutDoiPrefix = (doi: string) => doi.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "");

/** A DOI as "10.xxxx/..."; a pasted https://doi.org/ prefix is removed. */
export const optionalDoi = z.preprocess(
  (value) => {
    const blank = blankToNull(value);
    return typeof blank === "string" ? withoutDoiPrefix(blank) : blank;
  },
  z
    .string()
    .refine((value) => !HIDDEN_IN_IDENTIFIER.test(value), {
      message: "DOI-en inneholder usynlige tegn. Skriv eller lim den inn på nytt.",
      abort: true,
    })
    .regex(/^10\.\d{4,9}\/\S+$/, { message: "En DOI ser slik ut: 10.1177/1403494811425603." })
    .max(300)
    .nullable(),
);

export const slugField = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(100, { message: "Adressen kan ha høyst 100 tegn." })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Bruk bare små bokstaver a–z, tall og bindestrek." })
    .nullable(),
);

/** Short texts typed one per line (former names): cleaned, trimmed, blank lines dropped. */
export const textLines = (label: string, maxLines = 20, max = 300) =>
  z
    .array(z.string(), { message: `${label}: skriv én per linje.` })
    .refine((lines) => !lines.some(hasLoneSurrogate), { message: TEXT_MESSAGES.loneSurrogate(label), abort: true })
    .transform((lines) =>
      lines.map((line) => cleanText(line, { multiline: false }).trim()).filter((line) => !isInvisible(line)),
    )
    .refine((lines) => lines.length <= maxLines, { message: `Høyst ${maxLines} linjer.` })
    .refine((lines) => lines.every((line) => line.length <= max), { message: `Hver linje kan ha høyst ${max} tegn.` });

/** An optional reference to another entry, by id ("" for none). */
export const optionalRef = optionalText(40);

export const idList = z.array(z.string().min(1).max(40)).max(200);

export const linkSchema = z.object({
  kind: z.enum(["fulltext", "summary", "info", "related", "source"], { message: "Velg hva slags lenke det er." }),
  label: requiredText("Lenketeksten", 300),
  url: requiredUrl,
  language: optionalText(10),
});
export type LinkValues = z.input<typeof linkSchema>;

export const LINK_KIND_LABELS = {
  fulltext: "Fulltekst",
  summary: "Sammendrag",
  info: "Mer informasjon",
  related: "Relatert",
  source: "Kilde",
} as const;
