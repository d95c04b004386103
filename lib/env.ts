import "server-only";
import { z } from "zod";

// The environment, read and validated once. scripts/start.ts sets DATABASE_URL to the
// embedded server and AUTH_SECRET to one kept in .data/ when the user gave none.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL må være en gyldig PostgreSQL-adresse" }),
  AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET må ha minst 32 tegn" }),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  // The contact that OAI-PMH's Identify must name for harvesters.
  OAI_ADMIN_EMAIL: z.string().email().default("post@selvhjelp.no"),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  AUTH_SECRET: process.env.AUTH_SECRET,
  SITE_URL: process.env.SITE_URL || undefined,
  OAI_ADMIN_EMAIL: process.env.OAI_ADMIN_EMAIL || undefined,
});
