import { z } from "zod";
import {
  linkSchema,
  markdownText,
  optionalRef,
  optionalText,
  requiredText,
  slugField,
} from "@/lib/content/forms/form-fields";
import { optionalCristinId } from "./cristin";
import { optionalOrcid } from "./orcid";

// The person form, validated the same way in the browser and in the server action.

export const personSchema = z.object({
  givenName: optionalText(200),
  familyName: requiredText("Etternavn", 200),
  honorific: optionalText(100),
  orcid: optionalOrcid,
  cristinId: optionalCristinId,
  bio: markdownText(5000),
  affiliationId: optionalRef,
  links: z.array(linkSchema).max(30),
  slug: slugField,
});

export type PersonValues = z.output<typeof personSchema>;

export const EMPTY_PERSON: z.input<typeof personSchema> = {
  givenName: "",
  familyName: "",
  honorific: "",
  orcid: "",
  cristinId: "",
  bio: "",
  affiliationId: "",
  links: [],
  slug: "",
};
