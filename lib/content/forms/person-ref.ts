import { z } from "zod";
import { optionalText, requiredText } from "@/lib/content/forms/form-fields";

// A person in an ordered list (authors, editors): an existing person, or a new one that
// the save creates.
export const personRefSchema = z.union([
  z.object({ personId: z.string().min(1).max(40) }),
  z.object({ newPerson: z.object({ givenName: optionalText(200), familyName: requiredText("Etternavn", 200) }) }),
]);
export type PersonRef = z.output<typeof personRefSchema>;
