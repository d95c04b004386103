import { z } from "zod";
import {
  linkSchema,
  longText,
  optionalRef,
  optionalText,
  optionalUrl,
  requiredText,
  slugField,
  textLines,
} from "@/lib/content/forms/form-fields";

// The organisation form, validated the same way in the browser and in the server action.
// That an organisation is not its own parent or successor is checked when saving, where
// its id is known (lib/organisations/adapter.ts).

export const organisationSchema = z.object({
  name: requiredText("Navn", 300),
  shortName: optionalText(50),
  formerNames: textLines("Tidligere navn"),
  description: longText(2000),
  website: optionalUrl,
  address: optionalText(300),
  parentId: optionalRef,
  successorId: optionalRef,
  links: z.array(linkSchema).max(30),
  slug: slugField,
});

export type OrganisationValues = z.output<typeof organisationSchema>;

export const EMPTY_ORGANISATION: z.input<typeof organisationSchema> = {
  name: "",
  shortName: "",
  formerNames: [],
  description: "",
  website: "",
  address: "",
  parentId: "",
  successorId: "",
  links: [],
  slug: "",
};
