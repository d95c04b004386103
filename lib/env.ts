import "server-only";
import { z } from "zod";

// The environment, read and validated once. scripts/start.ts sets DATABASE_URL to the
// embedded server when the user gave none.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL må være en gyldig PostgreSQL-adresse" }),
  SITE_URL: z.string().url().default("http://localhost:3000"),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  SITE_URL: process.env.SITE_URL ?? undefined,
});
