import { z } from "zod";

// Zod building blocks shared by every editor form, on the client and the server, with
// Norwegian messages. Empty form fields arrive as "" and are stored as null.

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export const requiredText = (label: string, max = 500) =>
  z
    .string({ message: `${label} må fylles ut.` })
    .trim()
    .min(1, { message: `${label} må fylles ut.` })
    .max(max, { message: `${label} kan ha høyst ${max} tegn.` });

export const optionalText = (max = 500) =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(max, { message: `Høyst ${max} tegn.` })
      .nullable(),
  );

export const markdownText = (max = 50_000) => optionalText(max);

export const optionalUrl = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(2000)
    .refine((value) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(value) && URL.canParse(value), {
      message: "Skriv en hel nettadresse som begynner med https:// eller http://.",
    })
    .nullable(),
);

export const requiredUrl = optionalUrl.refine((value) => value !== null, { message: "Nettadressen må fylles ut." });

export const optionalYear = z.preprocess(
  (value) => (blankToNull(value) === null ? null : Number(value)),
  z
    .number({ message: "Skriv årstallet med fire sifre." })
    .int({ message: "Skriv årstallet med fire sifre." })
    .min(1800, { message: "Årstallet kan ikke være før 1800." })
    .max(new Date().getFullYear() + 5, { message: "Årstallet ligger for langt fram i tid." })
    .nullable(),
);

export const optionalPositiveInt = z.preprocess(
  (value) => (blankToNull(value) === null ? null : Number(value)),
  z
    .number({ message: "Skriv et helt tall." })
    .int({ message: "Skriv et helt tall." })
    .min(1, { message: "Tallet må være større enn 0." })
    .max(100_000)
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

/** Short texts typed one per line (former names): trimmed, blank lines dropped. */
export const textLines = (label: string, maxLines = 20, max = 300) =>
  z
    .array(z.string(), { message: `${label}: skriv én per linje.` })
    .transform((lines) => lines.map((line) => line.trim()).filter(Boolean))
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
