import { z } from "zod";
import {
  idList,
  linkSchema,
  longText,
  markdownText,
  optionalRef,
  optionalText,
  optionalYear,
  requiredText,
  slugField,
} from "@/lib/content/forms/form-fields";
import { EMPTY_PLAIN_LANGUAGE, plainLanguageFields, requireKeyPoints } from "@/lib/content/forms/plain-language";
import { membersSchema } from "./members";

// The project form, validated the same way in the browser and in the server action.

export const projectSchema = z
  .object({
    title: requiredText("Tittel", 500),
    summary: longText(2000),
    description: markdownText(),
    goals: markdownText(),
    findings: markdownText(),
    startYear: optionalYear,
    endYear: optionalYear,
    periodNote: optionalText(500),
    funding: longText(1000),
    coordinatorId: optionalRef,
    partnerIds: idList,
    funderIds: idList,
    members: membersSchema,
    topicIds: idList,
    links: z.array(linkSchema).max(30),
    slug: slugField,
    ...plainLanguageFields,
  })
  .superRefine(requireKeyPoints)
  .refine((p) => p.startYear === null || p.endYear === null || p.endYear >= p.startYear, {
    message: "Sluttåret kan ikke være før startåret.",
    path: ["endYear"],
  });

export type ProjectValues = z.output<typeof projectSchema>;

export const EMPTY_PROJECT: z.input<typeof projectSchema> = {
  title: "",
  summary: "",
  description: "",
  goals: "",
  findings: "",
  startYear: "",
  endYear: "",
  periodNote: "",
  funding: "",
  coordinatorId: "",
  partnerIds: [],
  funderIds: [],
  members: [],
  topicIds: [],
  links: [],
  slug: "",
  ...EMPTY_PLAIN_LANGUAGE,
};
