import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-rules";
import { requiredText } from "@/lib/content/forms/form-fields";

export const newEditorSchema = z.object({
  name: requiredText("Navn", 200),
  email: z.string().trim().toLowerCase().email({ message: "Skriv en gyldig e-postadresse." }).max(320),
  role: z.enum(["admin", "editor"], { message: "Velg en rolle." }),
  password: passwordSchema,
});
