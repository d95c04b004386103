import type { z } from "zod";
import type { Columns, FormValues } from "@/lib/content/engine/adapter";
import type { EntityType } from "@/lib/content/entities";

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

export type FormSection = {
  title: string;
  fields: FieldDef[];
  /** Fields whose text is measured together: the form shows its word count and LIX («Kort fortalt»). */
  readability?: string[];
};

export type FormConfig = {
  sections: FormSection[];
  empty: FormValues;
  schema: z.ZodType<unknown, FormValues>;
};

/**
 * The client-safe half of a content type's one definition: its names in the editors' area and
 * on the public site, the column its lists show and search, and its form. The server half is
 * added by defineContentType (lib/content/engine/adapter.ts) in lib/<type>/adapter.ts.
 */
export type ContentForm<T extends EntityType> = FormConfig & {
  type: T;
  singular: string;
  plural: string;
  newLabel: string;
  adminSegment: string;
  publicSegment: string | null;
  /** The column that names an entry in the editors' lists (persons: with the given name). */
  titleField: TitleField<T>;
};

// Distributed over the types, so that the registry of all types is one of them.
type TitleField<T extends EntityType> = T extends EntityType ? keyof Columns<T> & string : never;

/** Keeps a form's own schema type, for defineContentType. */
export const defineForm = <T extends EntityType, V>(form: ContentForm<T> & { schema: z.ZodType<V, FormValues> }) =>
  form;
