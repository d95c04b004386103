import "server-only";
import { z } from "zod";

// The environment, read and validated once. scripts/start.ts sets DATABASE_URL to the
// embedded server and AUTH_SECRET to one kept in .data/ when the user gave none.
const serviceUrl = (name: string, fallback: string) =>
  z
    .string()
    .url({ message: `${name} må være en gyldig adresse` })
    .refine((url) => /^https?:\/\//.test(url), { message: `${name} må begynne med http:// eller https://` })
    .default(fallback);

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL må være en gyldig PostgreSQL-adresse" }),
  AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET må ha minst 32 tegn" }),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  // The contact that OAI-PMH's Identify must name for harvesters.
  OAI_ADMIN_EMAIL: z.string().email().default("post@selvhjelp.no"),
  // A CDN's or Varnish's purge hook, given the cache tags of what a save changed (lib/cache/purge.ts).
  PURGE_URL: z
    .string()
    .url({ message: "PURGE_URL må være en gyldig adresse" })
    .refine((url) => /^https?:\/\//.test(url), { message: "PURGE_URL må begynne med http:// eller https://" })
    .optional(),
  PURGE_TOKEN: z.string().optional(),
  // The outside services «Legg til med DOI, ISBN eller NVA-lenke» asks (lib/lookup/); tests point them at stand-ins.
  DOI_RESOLVER_URL: serviceUrl("DOI_RESOLVER_URL", "https://doi.org"),
  NVA_API_URL: serviceUrl("NVA_API_URL", "https://api.nva.unit.no"),
  OPENLIBRARY_URL: serviceUrl("OPENLIBRARY_URL", "https://openlibrary.org"),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  AUTH_SECRET: process.env.AUTH_SECRET,
  SITE_URL: process.env.SITE_URL || undefined,
  OAI_ADMIN_EMAIL: process.env.OAI_ADMIN_EMAIL || undefined,
  PURGE_URL: process.env.PURGE_URL || undefined,
  PURGE_TOKEN: process.env.PURGE_TOKEN || undefined,
  DOI_RESOLVER_URL: process.env.DOI_RESOLVER_URL || undefined,
  NVA_API_URL: process.env.NVA_API_URL || undefined,
  OPENLIBRARY_URL: process.env.OPENLIBRARY_URL || undefined,
});
