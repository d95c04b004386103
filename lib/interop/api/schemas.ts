import { z } from "zod";
import { PUBLICATION_TYPES } from "@/lib/content/labels";
import { STUDY_DESIGNS } from "@/lib/publications/study-design";
import {
  Link,
  OrganisationRef,
  PersonRef,
  PlainLanguage,
  Ref,
  TopicRef,
  apiSchemas,
  nullableText,
  timestamp,
  url,
} from "./schemas-common";

// The API's response shapes. The serializers are typed by them, and the OpenAPI document
// (openapi.ts) is generated from them, so the document and the responses cannot drift apart.
export * from "./schemas-common";

export const Publication = z
  .object({
    slug: z.string(),
    url,
    title: z.string(),
    subtitle: nullableText,
    type: z.enum(PUBLICATION_TYPES as [string, ...string[]]),
    typeLabel: z.string(),
    year: z.number().int().nullable(),
    dateNote: nullableText,
    language: z.string(),
    authors: z.array(PersonRef),
    editors: z.array(PersonRef),
    containerTitle: nullableText,
    volume: nullableText,
    issue: nullableText,
    pages: nullableText,
    pageCount: z.number().int().nullable(),
    edition: nullableText,
    publisher: nullableText,
    place: nullableText,
    institution: OrganisationRef.nullable(),
    degree: nullableText,
    series: nullableText,
    seriesNumber: nullableText,
    isbn: nullableText,
    issn: nullableText,
    doi: nullableText,
    license: nullableText,
    abstract: nullableText.describe("Sammendrag i markdown."),
    statusNote: nullableText,
    studyDesign: z
      .enum(STUDY_DESIGNS)
      .describe("Studiedesign slik kilden oppgir det; «ukjent» når kilden ikke sier det."),
    studyDesignLabel: z.string(),
    plainLanguage: PlainLanguage.nullable().describe("«Kort fortalt»; null når arbeidet ikke har det."),
    topics: z.array(TopicRef),
    projects: z.array(Ref),
    links: z.array(Link),
    citation: z.object({ bibtex: url, ris: url, cslJson: url }).describe("Referansen som filer til referanseverktøy."),
    updatedAt: timestamp,
  })
  .register(apiSchemas, { id: "Publication" });

// Only one work at a time gets its formatted reference: formatting is the costly part.
export const PublicationDetail = Publication.extend({
  citation: z.object({
    apa: z.string().describe("APA 7, norsk utgave, som «Slik siterer du»."),
    bibtex: url,
    ris: url,
    cslJson: url,
  }),
}).register(apiSchemas, { id: "PublicationDetail" });

export const ProjectSummary = z
  .object({
    slug: z.string(),
    url,
    title: z.string(),
    summary: nullableText,
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    coordinator: OrganisationRef.nullable(),
  })
  .register(apiSchemas, { id: "ProjectSummary" });

export const Project = ProjectSummary.extend({
  description: nullableText,
  goals: nullableText,
  findings: nullableText,
  periodNote: nullableText,
  funding: nullableText,
  plainLanguage: PlainLanguage.nullable().describe("«Kort fortalt»; null når prosjektet ikke har det."),
  funders: z.array(OrganisationRef),
  partners: z.array(OrganisationRef),
  members: z.array(
    z.object({
      person: PersonRef,
      role: nullableText,
      affiliations: z.array(z.object({ organisation: OrganisationRef, note: nullableText })),
    }),
  ),
  topics: z.array(TopicRef),
  publications: z.array(Ref),
  events: z.array(Ref),
  links: z.array(Link),
  updatedAt: timestamp,
}).register(apiSchemas, { id: "Project" });

export const PersonSummary = z
  .object({
    slug: z.string(),
    url,
    name: z.string(),
    givenName: nullableText,
    familyName: z.string(),
    affiliation: OrganisationRef.nullable(),
  })
  .register(apiSchemas, { id: "PersonSummary" });

export const Person = PersonSummary.extend({
  honorific: nullableText,
  orcid: nullableText.describe("ORCID iD, 0000-0002-1825-0097; null når ingen er kjent."),
  bio: nullableText,
  publications: z.array(Ref.extend({ role: z.enum(["author", "editor"]) })),
  projects: z.array(Ref.extend({ role: nullableText })),
  links: z.array(Link),
  updatedAt: timestamp,
}).register(apiSchemas, { id: "Person" });

export const OrganisationSummary = z
  .object({
    slug: z.string(),
    url,
    name: z.string(),
    shortName: nullableText,
    formerNames: z.array(z.string()),
    website: nullableText,
  })
  .register(apiSchemas, { id: "OrganisationSummary" });

export const Organisation = OrganisationSummary.extend({
  description: nullableText,
  address: nullableText,
  parent: OrganisationRef.nullable(),
  successor: OrganisationRef.nullable(),
  people: z.array(PersonRef),
  projects: z.array(Ref.extend({ relation: z.enum(["coordinator", "partner", "funder"]) })),
  publications: z.array(Ref),
  links: z.array(Link),
  updatedAt: timestamp,
}).register(apiSchemas, { id: "Organisation" });

export const EventSummary = z
  .object({
    slug: z.string(),
    url,
    title: z.string(),
    summary: nullableText,
    startsAt: timestamp.nullable().describe("Null mens datoen ikke er kjent («Dato kommer»)."),
    endsAt: timestamp.nullable(),
    timeUnknown: z.boolean().describe("Dagen er kjent, men ikke klokkeslettet."),
    venueName: nullableText,
    online: z.boolean(),
    eventStatus: z.enum(["planned", "cancelled", "held"]),
    calendarUrl: url.nullable(),
  })
  .register(apiSchemas, { id: "EventSummary" });

export const Event = EventSummary.extend({
  description: nullableText,
  venueAddress: nullableText,
  venue: OrganisationRef.nullable(),
  streamUrl: nullableText,
  infoUrl: nullableText,
  registrationUrl: nullableText,
  project: Ref.nullable(),
  links: z.array(Link),
  updatedAt: timestamp,
}).register(apiSchemas, { id: "Event" });

export const Topic = z
  .object({ slug: z.string(), name: z.string(), description: nullableText, publicationCount: z.number().int() })
  .register(apiSchemas, { id: "Topic" });

export const TopicDetail = Topic.extend({ publications: z.array(Ref), projects: z.array(Ref) }).register(apiSchemas, {
  id: "TopicDetail",
});
