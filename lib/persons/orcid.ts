import { z } from "zod";

// ORCID iDs: 16 characters, the last a check digit by ISO 7064 MOD 11-2 (ORCID's "Structure of
// the ORCID Identifier"), written 0000-0002-1825-0097 and linked as https://orcid.org/0000-….
// Browser-safe: the person form checks it as it is typed.

const SHAPE = /^\d{15}[\dX]$/;

/** The check character of the first 15 digits. */
export function orcidCheckDigit(base15: string): string {
  let total = 0;
  for (const digit of base15) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/** "https://orcid.org/0000-0002-1825-0097", "orcid:…" or "0000000218250097" as "0000-0002-1825-0097"; null if not that shape. */
export function normaliseOrcid(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i, "")
    .replace(/^orcid:\s*/i, "")
    .replace(/[\s-]/g, "")
    .toUpperCase();
  if (!SHAPE.test(bare)) return null;
  return bare.match(/.{4}/g)!.join("-");
}

export const orcidValid = (orcid: string) => orcidCheckDigit(orcid.replace(/-/g, "").slice(0, 15)) === orcid.at(-1);

export const orcidUrl = (orcid: string) => `https://orcid.org/${orcid}`;

export const ORCID_MESSAGES = {
  shape: "Skriv ORCID iD som 0000-0002-1825-0097: 16 tegn, med eller uten https://orcid.org/ foran.",
  checksum: "ORCID iD-en har feil kontrollsiffer (det siste tegnet). Se etter skrivefeil.",
};

/** The person form's field: empty, or a valid ORCID iD in its written form. */
export const optionalOrcid = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z
    .string()
    .max(100, { message: ORCID_MESSAGES.shape })
    .transform((value, ctx) => {
      const orcid = normaliseOrcid(value);
      if (!orcid) ctx.addIssue({ code: "custom", message: ORCID_MESSAGES.shape });
      else if (!orcidValid(orcid)) ctx.addIssue({ code: "custom", message: ORCID_MESSAGES.checksum });
      return orcid ?? value;
    })
    .nullable(),
);
