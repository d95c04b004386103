import { z } from "zod";
import {
  idList,
  linkSchema,
  longText,
  markdownText,
  optionalDoi,
  optionalPositiveInt,
  optionalText,
  optionalYear,
  requiredText,
  slugField,
} from "@/lib/content/forms/form-fields";
import { personRefSchema } from "@/lib/content/forms/person-ref";
import { EMPTY_PLAIN_LANGUAGE, plainLanguageFields, requireKeyPoints } from "@/lib/content/forms/plain-language";
import { PublicationType } from "@/lib/generated/prisma/enums";
import { STUDY_DESIGNS } from "./study-design";

// The publication form, validated the same way in the browser and in the server action.

const isbn = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z
    .string()
    .trim()
    .refine((v) => /^(97[89])?\d{9}[\dX]$/i.test(v.replace(/[-\s]/g, "")), {
      message: "Et ISBN har 10 eller 13 sifre, for eksempel 978-82-02-64657-8.",
    })
    .nullable(),
);
const issn = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{3}[\dX]$/i, { message: "Et ISSN ser slik ut: 1403-4948." })
    .nullable(),
);

export const publicationSchema = z
  .object({
    title: requiredText("Tittel", 500),
    subtitle: optionalText(500),
    slug: slugField,
    type: z.enum(PublicationType, { message: "Velg en publikasjonstype." }),
    year: optionalYear,
    dateNote: optionalText(200),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { message: "Skriv språkkoden, for eksempel nb eller en." }),
    authors: z.array(personRefSchema).max(100),
    editors: z.array(personRefSchema).max(50),
    containerTitle: optionalText(500),
    volume: optionalText(50),
    issue: optionalText(50),
    pages: optionalText(50),
    pageCount: optionalPositiveInt,
    edition: optionalText(50),
    publisher: optionalText(300),
    place: optionalText(200),
    institutionId: optionalText(40),
    degree: optionalText(200),
    series: optionalText(200),
    seriesNumber: optionalText(50),
    isbn,
    issn,
    doi: optionalDoi,
    license: optionalText(100),
    abstract: markdownText(),
    abstractSource: optionalText(500),
    statusNote: optionalText(200),
    note: longText(2000),
    // A form without the field (an older open editor, an import) keeps "not stated".
    studyDesign: z.enum(STUDY_DESIGNS, { message: "Velg et studiedesign, eller «Ikke oppgitt»." }).default("ukjent"),
    topicIds: idList,
    projectIds: idList,
    relatedIds: idList,
    links: z.array(linkSchema).max(30),
    ...plainLanguageFields,
  })
  .superRefine(requireKeyPoints);

export type PublicationValues = z.output<typeof publicationSchema>;

/** An empty form: no type is chosen yet. */
export const EMPTY_PUBLICATION: Omit<z.input<typeof publicationSchema>, "type"> & { type: "" } = {
  title: "",
  subtitle: "",
  slug: "",
  type: "",
  year: "",
  dateNote: "",
  language: "nb",
  authors: [],
  editors: [],
  containerTitle: "",
  volume: "",
  issue: "",
  pages: "",
  pageCount: "",
  edition: "",
  publisher: "",
  place: "",
  institutionId: "",
  degree: "",
  series: "",
  seriesNumber: "",
  isbn: "",
  issn: "",
  doi: "",
  license: "",
  abstract: "",
  abstractSource: "",
  statusNote: "",
  note: "",
  studyDesign: "ukjent",
  topicIds: [],
  projectIds: [],
  relatedIds: [],
  links: [],
  ...EMPTY_PLAIN_LANGUAGE,
};
