import { z } from "zod";

// Client-safe: the password rule, shared by the admins' form and the server.

export const MIN_PASSWORD_LENGTH = 12;

/** Length is the only rule (NIST 800-63B): no composition rules. */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.` })
  .max(256, { message: "Passordet kan ha høyst 256 tegn." });
