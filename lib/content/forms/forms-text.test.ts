import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ENTITY } from "@/lib/content/entities";

// Every form's text fields follow what the field looks like to the editor: a one-line input
// puts a pasted line break on one line, a textarea or Markdown field keeps its lines.

function fieldSchemas(schema: unknown): Record<string, z.ZodType> {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return fieldSchemas(schema.in);
  throw new Error("A form schema that is neither an object nor a transformed object");
}

const forms = Object.entries(ENTITY).map(([type, form]) => ({ type, form, fields: fieldSchemas(form.schema) }));

describe("form text fields", () => {
  it("are found for every form", () => {
    expect(forms.map((f) => f.type).sort()).toEqual([
      "event",
      "organisation",
      "page",
      "person",
      "project",
      "publication",
      "topic",
    ]);
  });

  for (const { type, form, fields } of forms) {
    const defs = form.sections.flatMap((section) => section.fields);

    it(`${type}: textareas and Markdown keep line breaks and tabs`, () => {
      const long = defs.filter((d) => d.kind === "textarea" || d.kind === "markdown");
      expect(long.length).toBeGreaterThan(0);
      for (const def of long)
        expect(fields[def.name]!.parse("Første linje\r\n\tandre"), def.name).toBe("Første linje\n\tandre");
    });

    it(`${type}: one-line text fields put what is pasted on one line, without control characters`, () => {
      // These accept only their own formats (a language code, ISBN, ISSN, DOI, ORCID iD, Cristin id).
      const short = defs.filter(
        (d) => d.kind === "text" && !["language", "isbn", "issn", "doi", "orcid", "cristinId"].includes(d.name),
      );
      expect(short.length).toBeGreaterThan(0);
      for (const def of short) expect(fields[def.name]!.parse("Ett\nto\u0001"), def.name).toBe("Ett to");
    });
  }
});
