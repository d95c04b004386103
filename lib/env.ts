import "server-only";
import { z } from "zod";

// The environment, read and validated once. scripts/start.ts sets DATABASE_URL to the
// embedded server and AUTH_SECRET to one kept in .data/ when the user gave none.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL må være en gyldig PostgreSQL-adresse" }),
  AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET må ha minst 32 tegn" }),
  SITE_URL: z.string().url().default("http://localhost:3000"),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  AUTH_SECRET: process.env.AUTH_SECRET,
  SITE_URL: process.env.SITE_URL || undefined,
});
