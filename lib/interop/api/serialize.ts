import "server-only";
import type { z } from "zod";
import { apaReferenceText } from "@/lib/citation/apa";
import { PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import type { EventDetail } from "@/lib/events/queries";
import type { OrganisationDetail } from "@/lib/organisations/queries";
import type { PersonDetail } from "@/lib/persons/queries";
import type { ProjectDetail } from "@/lib/projects/queries";
import { citableWork, contributorsAs, storedFacts } from "@/lib/publications/citation";
import type { PublicationRecord } from "@/lib/publications/records";
import { STUDY_DESIGN_LABELS } from "@/lib/publications/study-design";
import { absoluteUrl } from "../site-url";
import type { eventPage, organisationPage, personPage, projectPage, topicBySlug, topicPage } from "./queries";
import type * as S from "./schemas";
import { link, organisationRef, pageUrl, personRef, plainLanguage, ref } from "./serialize-refs";

// Database rows as the API's representations (typed by the schemas in schemas.ts).

type Row<F extends (...args: never[]) => Promise<{ rows: unknown[] }>> = Awaited<ReturnType<F>>["rows"][number];

export function publication(p: PublicationRecord): z.infer<typeof S.Publication> {
  const { slug } = p;
  const people = (role: "author" | "editor") => contributorsAs(p.contributors, role).map((c) => personRef(c.person));
  return {
    slug,
    url: pageUrl("publikasjoner", slug),
    ...storedFacts(p),
    type: p.type,
    typeLabel: PUBLICATION_TYPE_LABELS[p.type],
    dateNote: p.dateNote,
    authors: people("author"),
    editors: people("editor"),
    pageCount: p.pageCount,
    institution: p.institution ? organisationRef(p.institution) : null,
    degree: p.degree,
    license: p.license,
    studyDesign: p.studyDesign,
    studyDesignLabel: STUDY_DESIGN_LABELS[p.studyDesign],
    plainLanguage: plainLanguage(p),
    topics: p.topics.map((t) => ({ slug: t.slug, name: t.name })),
    projects: p.projects.map((x) => ref("prosjekter", x)),
    links: p.links.map(link),
    citation: {
      bibtex: absoluteUrl(`/publikasjoner/${slug}/referanse.bib`),
      ris: absoluteUrl(`/publikasjoner/${slug}/referanse.ris`),
      cslJson: absoluteUrl(`/publikasjoner/${slug}/referanse.json`),
    },
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function publicationDetail(p: PublicationRecord): z.infer<typeof S.PublicationDetail> {
  const summary = publication(p);
  return { ...summary, citation: { apa: apaReferenceText(citableWork(p)), ...summary.citation } };
}

export function projectSummary(p: Row<typeof projectPage>): z.infer<typeof S.ProjectSummary> {
  const { slug, title, summary, startYear, endYear } = p;
  return {
    slug,
    url: pageUrl("prosjekter", slug),
    title,
    summary,
    startYear,
    endYear,
    coordinator: p.coordinator ? organisationRef(p.coordinator) : null,
  };
}

export function project(p: ProjectDetail): z.infer<typeof S.Project> {
  return {
    ...projectSummary(p),
    description: p.description,
    goals: p.goals,
    findings: p.findings,
    periodNote: p.periodNote,
    funding: p.funding,
    plainLanguage: plainLanguage(p),
    funders: p.funders.map(organisationRef),
    partners: p.partners.map(organisationRef),
    members: p.members.map((m) => ({
      person: personRef(m.person),
      role: m.role,
      affiliations: m.affiliations.map((a) => ({ organisation: organisationRef(a.organisation), note: a.note })),
    })),
    topics: p.topics,
    publications: p.publications.map((x) => ref("publikasjoner", x)),
    events: p.events.map((x) => ref("arrangementer", x)),
    links: p.links.map(link),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function personSummary(p: Row<typeof personPage>): z.infer<typeof S.PersonSummary> {
  const { url, ...reference } = personRef(p);
  return {
    ...reference,
    url: url ?? pageUrl("personer", p.slug),
    affiliation: p.affiliation ? organisationRef(p.affiliation) : null,
  };
}

export function person(p: PersonDetail): z.infer<typeof S.Person> {
  return {
    ...personSummary(p),
    honorific: p.honorific,
    orcid: p.orcid,
    bio: p.bio,
    publications: p.contributions.map((c) => ({ ...ref("publikasjoner", c.publication), role: c.role })),
    projects: p.memberships.map((m) => ({ ...ref("prosjekter", m.project), role: m.role })),
    links: p.links.map(link),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function organisationSummary(o: Row<typeof organisationPage>): z.infer<typeof S.OrganisationSummary> {
  const { slug, name, shortName, formerNames, website } = o;
  return { slug, url: pageUrl("organisasjoner", slug), name, shortName, formerNames, website };
}

export function organisation(o: OrganisationDetail): z.infer<typeof S.Organisation> {
  const projects = [
    ...o.coordinatedProjects.map((p) => ({ ...ref("prosjekter", p), relation: "coordinator" as const })),
    ...o.partnerInProjects.map((p) => ({ ...ref("prosjekter", p), relation: "partner" as const })),
    ...o.fundedProjects.map((p) => ({ ...ref("prosjekter", p), relation: "funder" as const })),
  ];
  return {
    ...organisationSummary(o),
    description: o.description,
    address: o.address,
    parent: o.parent ? organisationRef(o.parent) : null,
    successor: o.successor ? organisationRef(o.successor) : null,
    people: o.people.map(personRef),
    projects,
    publications: o.publications.map((p) => ref("publikasjoner", p)),
    links: o.links.map(link),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function eventSummary(e: Row<typeof eventPage>): z.infer<typeof S.EventSummary> {
  const { slug, title, summary, timeUnknown, venueName, online, eventStatus } = e;
  return {
    slug,
    url: pageUrl("arrangementer", slug),
    title,
    summary,
    startsAt: e.startsAt?.toISOString() ?? null,
    endsAt: e.endsAt?.toISOString() ?? null,
    timeUnknown,
    venueName,
    online,
    eventStatus,
    calendarUrl: e.startsAt ? absoluteUrl(`/arrangementer/${slug}/kalender.ics`) : null,
  };
}

export function event(e: EventDetail): z.infer<typeof S.Event> {
  const projectIsPublic = e.project && e.project.status === "published" && !e.project.deletedAt;
  return {
    ...eventSummary(e),
    description: e.description,
    venueAddress: e.venueAddress,
    venue: e.venue ? organisationRef({ ...e.venue, shortName: null }) : null,
    streamUrl: e.streamUrl,
    infoUrl: e.infoUrl,
    registrationUrl: e.registrationUrl,
    project: projectIsPublic && e.project ? ref("prosjekter", e.project) : null,
    links: e.links.map(link),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function topic(t: Row<typeof topicPage>): z.infer<typeof S.Topic> {
  return { slug: t.slug, name: t.name, description: t.description, publicationCount: t._count.publications };
}

export function topicDetail(t: NonNullable<Awaited<ReturnType<typeof topicBySlug>>>): z.infer<typeof S.TopicDetail> {
  return {
    ...topic(t),
    publications: t.publications.map((p) => ref("publikasjoner", p)),
    projects: t.projects.map((p) => ref("prosjekter", p)),
  };
}
