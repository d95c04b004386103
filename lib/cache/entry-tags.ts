import "server-only";
import { db } from "@/lib/db";
import { ENTITY, type EntityType } from "@/lib/content/entities";
import { entryTag } from "./cache-tags.mjs";

// Which cache tags (cache-tags.mjs) a change of an entry touches: its own and those of every entry
// whose pages show it. Read before a save (old slugs, old authors) and after (lib/cache/purge.ts).

const SINGULAR = (type: EntityType) => ENTITY[type].singular;

type Slugged = { slug: string };
const slugs = (rows: (Slugged | null | undefined)[]) =>
  rows.filter((row): row is Slugged => Boolean(row)).map((row) => row.slug);
const slug = { select: { slug: true } } as const;

/** The slugs of the entry and of every entry whose pages show it or that its pages show, by type. */
async function linked(type: EntityType, id: string): Promise<Partial<Record<EntityType, string[]>> | null> {
  switch (type) {
    case "publication": {
      const row = await db.publication.findUnique({
        where: { id },
        select: {
          slug: true,
          institution: slug,
          contributors: { select: { person: slug } },
          projects: slug,
          topics: slug,
          related: slug,
          relatedOf: slug,
        },
      });
      if (!row) return null;
      return {
        publication: [row.slug, ...slugs(row.related), ...slugs(row.relatedOf)],
        organisation: slugs([row.institution]),
        person: slugs(row.contributors.map((c) => c.person)),
        project: slugs(row.projects),
        topic: slugs(row.topics),
      };
    }
    case "person": {
      const row = await db.person.findUnique({
        where: { id },
        select: {
          slug: true,
          affiliation: slug,
          contributions: { select: { publication: slug } },
          memberships: { select: { project: slug } },
        },
      });
      if (!row) return null;
      return {
        person: [row.slug],
        organisation: slugs([row.affiliation]),
        publication: slugs(row.contributions.map((c) => c.publication)),
        project: slugs(row.memberships.map((m) => m.project)),
      };
    }
    case "organisation": {
      const projects = { select: { slug: true, publications: slug } } as const;
      const row = await db.organisation.findUnique({
        where: { id },
        select: {
          slug: true,
          parent: slug,
          children: slug,
          successor: slug,
          predecessors: slug,
          people: { select: { slug: true, contributions: { select: { publication: slug } } } },
          publications: slug,
          coordinatedProjects: projects,
          partnerInProjects: projects,
          fundedProjects: projects,
          memberAffiliations: { select: { member: { select: { project: projects } } } },
          events: slug,
        },
      });
      if (!row) return null;
      const allProjects = [
        ...row.coordinatedProjects,
        ...row.partnerInProjects,
        ...row.fundedProjects,
        ...row.memberAffiliations.map((a) => a.member.project),
      ];
      // Its name also shows where its people and projects are shown: on their works' pages.
      return {
        organisation: [
          row.slug,
          ...slugs([row.parent, row.successor]),
          ...slugs(row.children),
          ...slugs(row.predecessors),
        ],
        person: slugs(row.people),
        publication: [
          ...slugs(row.publications),
          ...slugs(row.people.flatMap((p) => p.contributions.map((c) => c.publication))),
          ...slugs(allProjects.flatMap((p) => p.publications)),
        ],
        project: slugs(allProjects),
        event: slugs(row.events),
      };
    }
    case "project": {
      const row = await db.project.findUnique({
        where: { id },
        select: {
          slug: true,
          coordinator: slug,
          partners: slug,
          funders: slug,
          members: { select: { person: slug, affiliations: { select: { organisation: slug } } } },
          publications: slug,
          topics: slug,
          events: slug,
        },
      });
      if (!row) return null;
      return {
        project: [row.slug],
        organisation: [
          ...slugs([row.coordinator]),
          ...slugs(row.partners),
          ...slugs(row.funders),
          ...slugs(row.members.flatMap((m) => m.affiliations.map((a) => a.organisation))),
        ],
        person: slugs(row.members.map((m) => m.person)),
        publication: slugs(row.publications),
        topic: slugs(row.topics),
        event: slugs(row.events),
      };
    }
    case "event": {
      const row = await db.event.findUnique({ where: { id }, select: { slug: true, venue: slug, project: slug } });
      if (!row) return null;
      return { event: [row.slug], organisation: slugs([row.venue]), project: slugs([row.project]) };
    }
    case "topic": {
      const row = await db.topic.findUnique({
        where: { id },
        select: { slug: true, publications: slug, projects: slug },
      });
      if (!row) return null;
      return { topic: [row.slug], publication: slugs(row.publications), project: slugs(row.projects) };
    }
    case "page": {
      const row = await db.page.findUnique({ where: { id }, select: { slug: true } });
      return row ? { page: [row.slug] } : null;
    }
  }
}

/**
 * The tags a change of this entry touches, as it is now (in the trash too; [] once it is gone):
 * its own and those of every entry linked to it (cache-tags.mjs).
 */
export async function entryTags(type: EntityType, id: string): Promise<string[]> {
  const found = await linked(type, id);
  if (!found) return [];
  const tags = new Set<string>();
  for (const [linkedType, list] of Object.entries(found) as [EntityType, string[]][])
    for (const one of list) {
      const tag = entryTag(SINGULAR(linkedType), one);
      if (tag) tags.add(tag);
    }
  return [...tags].sort();
}
