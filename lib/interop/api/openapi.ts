import "server-only";
import { z } from "zod";
import { PUBLICATION_TYPES } from "@/lib/content/labels";
import { STUDY_DESIGNS } from "@/lib/publications/study-design";
import { absoluteUrl } from "../site-url";
import { apiSchemas } from "./schemas";

// The OpenAPI 3.1 document of /api/v1, with its schemas generated from the same zod schemas
// that type the responses.

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each generated schema names its own dialect and id; inside the document they are components.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

const envelope = (data: unknown, paged: boolean) => ({
  type: "object",
  properties: paged ? { data: { type: "array", items: data }, pagination: ref("Pagination") } : { data },
  required: paged ? ["data", "pagination"] : ["data"],
  additionalProperties: false,
});

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const pageParameter = {
  name: "side",
  in: "query",
  description: "Sidenummer, fra 1.",
  schema: { type: "integer", minimum: 1 },
};
const slugParameter = {
  name: "slug",
  in: "path",
  required: true,
  description: "Oppføringens adresse-id, som i nettsidens URL.",
  schema: { type: "string" },
};

function listOperation(summary: string, item: string, extraParameters: unknown[] = []) {
  return {
    get: {
      summary,
      parameters: [...extraParameters, pageParameter],
      responses: {
        200: {
          description: "Én side med treff.",
          content: { "application/json": { schema: envelope(ref(item), true) } },
        },
        400: problemResponse("Ugyldig parameter."),
      },
    },
  };
}

function detailOperation(summary: string, item: string) {
  return {
    get: {
      summary,
      parameters: [slugParameter],
      responses: {
        200: { description: "Oppføringen.", content: { "application/json": { schema: envelope(ref(item), false) } } },
        404: problemResponse("Finnes ikke, eller er ikke publisert."),
      },
    },
  };
}

const publicationFilters = [
  {
    name: "type",
    in: "query",
    description: "Publikasjonstype, som i forskningsoversikten.",
    schema: { type: "string", enum: PUBLICATION_TYPES },
  },
  {
    name: "design",
    in: "query",
    description: "Studiedesign, som i forskningsoversikten («ukjent»: ikke oppgitt).",
    schema: { type: "string", enum: STUDY_DESIGNS },
  },
  {
    name: "fra",
    in: "query",
    description: "Utgitt dette året eller senere.",
    schema: { type: "integer", minimum: 1800, maximum: 2100 },
  },
  {
    name: "til",
    in: "query",
    description: "Utgitt dette året eller tidligere.",
    schema: { type: "integer", minimum: 1800, maximum: 2100 },
  },
];

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Selvhjelp Forskning API",
      version: "1.0.0",
      description:
        "Publisert innhold fra Selvhjelp Forskning, bare for lesing. Publikasjonene søkes og filtreres med de samme parameterne som /publikasjoner. Feil gis som problem details (RFC 9457) med norsk tekst.",
    },
    servers: [{ url: absoluteUrl("/api/v1") }],
    paths: {
      "/publications": listOperation(
        "Publikasjoner, filtrert og sortert som forskningsoversikten",
        "Publication",
        publicationFilters,
      ),
      "/publications/{slug}": detailOperation("Én publikasjon, med APA-referansen", "PublicationDetail"),
      "/projects": listOperation("Forskningsprosjekter", "ProjectSummary"),
      "/projects/{slug}": detailOperation("Ett prosjekt", "Project"),
      "/persons": listOperation("Personer", "PersonSummary"),
      "/persons/{slug}": detailOperation("Én person", "Person"),
      "/organisations": listOperation("Organisasjoner", "OrganisationSummary"),
      "/organisations/{slug}": detailOperation("Én organisasjon", "Organisation"),
      "/events": listOperation("Arrangementer, nyeste først (de uten dato først)", "EventSummary"),
      "/events/{slug}": detailOperation("Ett arrangement", "Event"),
      "/topics": listOperation("Emner", "Topic"),
      "/topics/{slug}": detailOperation("Ett emne med publikasjoner og prosjekter", "TopicDetail"),
    },
    components: { schemas: componentSchemas() },
  };
}
