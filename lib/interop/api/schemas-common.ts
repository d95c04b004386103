import { z } from "zod";

// What every API response shape shares: the registry the OpenAPI document is generated from,
// the references between entries, and the envelope of lists and problems (schemas.ts: the entries).

export const apiSchemas = z.registry<{ id: string; description?: string }>();

export const url = z.url();
export const nullableText = z.string().nullable();
export const timestamp = z.iso.datetime();

export const PersonRef = z
  .object({ slug: z.string(), name: z.string(), givenName: nullableText, familyName: z.string(), url: url.nullable() })
  .register(apiSchemas, {
    id: "PersonRef",
    description: "En person. url er null når personen ikke har en offentlig side.",
  });

export const OrganisationRef = z
  .object({ slug: z.string(), name: z.string(), shortName: nullableText, url: url.nullable() })
  .register(apiSchemas, { id: "OrganisationRef" });

export const Ref = z
  .object({ slug: z.string(), title: z.string(), url })
  .register(apiSchemas, { id: "Ref", description: "En lenke til en annen oppføring." });

export const TopicRef = z.object({ slug: z.string(), name: z.string() }).register(apiSchemas, { id: "TopicRef" });

export const Link = z
  .object({
    kind: z.enum(["fulltext", "summary", "info", "related", "source"]),
    url: z.string(),
    label: z.string(),
    language: nullableText,
  })
  .register(apiSchemas, { id: "Link" });

export const PlainLanguage = z
  .object({
    keyPoints: z.array(z.string()).min(2).max(3),
    studied: nullableText.describe("Hva ble undersøkt?"),
    found: nullableText.describe("Hva fant forskerne?"),
    meaning: nullableText.describe("Hva kan det bety for folk i selvhjelpsgrupper?"),
    writtenBy: z.string(),
  })
  .register(apiSchemas, {
    id: "PlainLanguage",
    description:
      "«Kort fortalt»: en klarspråkstekst skrevet av redaksjonen i Selvhjelp Norge, med to eller tre hovedpunkter.",
  });

export const Pagination = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
    total: z.number().int(),
    totalIsEstimate: z
      .boolean()
      .describe(
        "true når søket treffer flere enn 10 000 publikasjoner: da er total et anslag, ikke en nøyaktig telling.",
      ),
    next: url.nullable(),
    previous: url.nullable(),
  })
  .register(apiSchemas, { id: "Pagination" });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    problems: z.array(z.string()).optional(),
  })
  .register(apiSchemas, { id: "Problem", description: "RFC 9457 problem details, med norsk tekst." });

export const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), pagination: Pagination });
export const one = <T extends z.ZodType>(item: T) => z.object({ data: item });
