import type { z } from "zod";
import type { FormValues } from "./adapter";

// How an editor form looks: sections of fields. Plain data, read by the client form
// (components/editor/EntryForm.tsx); the same zod schema validates on both sides.

export type OptionSet = "persons" | "organisations" | "topics" | "projects" | "publications";
export type Option = { value: string; label: string };

type Base = { name: string; label: string; help?: string; required?: boolean };
export type FieldDef = Base &
  (
    | { kind: "text" | "url" | "slug" | "number" | "textarea" | "markdown" | "datetime" | "checkbox" }
    /** A list of short texts, one per line in a textarea (former names). */
    | { kind: "lines" }
    | { kind: "select"; options: Option[] }
    | { kind: "ref"; optionSet: OptionSet }
    | { kind: "refs"; optionSet: OptionSet }
    | { kind: "people"; optionSet: "persons" }
    | { kind: "links" }
    /** A project's team: ordered people, each with a role and ordered affiliations. */
    | { kind: "members" }
  );

export type FormSection = { title: string; fields: FieldDef[] };

export type FormConfig = {
  sections: FormSection[];
  empty: FormValues;
  schema: z.ZodType<unknown, FormValues>;
  /** Which option sets the form needs loaded. */
  optionSets: OptionSet[];
};
