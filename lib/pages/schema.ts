import { z } from "zod";
import {
  linkSchema,
  longText,
  optionalText,
  requiredMarkdown,
  requiredText,
  slugField,
} from "@/lib/content/forms/form-fields";

// The text page form, validated the same way in the browser and in the server action.

export const pageSchema = z.object({
  title: requiredText("Tittel", 300),
  quote: longText(1000),
  quoteAttribution: optionalText(300),
  body: requiredMarkdown("Brødteksten"),
  links: z.array(linkSchema).max(30),
  slug: slugField,
});

export type PageValues = z.output<typeof pageSchema>;

export const EMPTY_PAGE: z.input<typeof pageSchema> = {
  title: "",
  quote: "",
  quoteAttribution: "",
  body: "",
  links: [],
  slug: "",
};
