import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { seedData } from "./data";
import type { SeedData, SeedLink } from "./types";

type Tx = Prisma.TransactionClient;
type Ids = Map<string, string>;

const SEEDED_KEY = "seededAt";

/** True once the seed has run on this database; start never seeds over editors' work. */
export async function isSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.appMeta.findUnique({ where: { key: SEEDED_KEY } })) !== null;
}

/**
 * Upserts every seed entry by slug, in one transaction: running it twice gives the same
 * database. Seed entries are published.
 */
export async function seed(db: PrismaClient, data: SeedData = seedData): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const orgs = await seedOrganisations(tx, data);
      const persons = await upsertAll(data.persons, (p) =>
        tx.person.upsert({
          where: { slug: p.slug },
          create: { ...personFields(p, orgs), slug: p.slug, status: "published" },
          update: personFields(p, orgs),
        }),
      );
      const topics = await upsertAll(data.topics, (t) =>
        tx.topic.upsert({
          where: { slug: t.slug },
          create: { slug: t.slug, name: t.name, description: t.description, status: "published" },
          update: { name: t.name, description: t.description ?? null },
        }),
      );
      const projects = await seedProjects(tx, data, { orgs, persons, topics });
      await seedPublications(tx, data, { orgs, persons, topics, projects });
      await seedEvents(tx, data, { orgs, projects });
      for (const page of data.pages) {
        const fields = {
          title: page.title,
          quote: page.quote ?? null,
          quoteAttribution: page.quoteAttribution ?? null,
          body: page.body,
        };
        const row = await tx.page.upsert({
          where: { slug: page.slug },
          create: { ...fields, slug: page.slug, status: "published" },
          update: fields,
        });
        await replaceLinks(tx, { pageId: row.id }, page.links);
      }
      await tx.appMeta.upsert({
        where: { key: SEEDED_KEY },
        create: { key: SEEDED_KEY, value: new Date().toISOString() },
        update: { value: new Date().toISOString() },
      });
    },
    { timeout: 60_000 },
  );
}

async function upsertAll<T extends { slug: string }>(
  items: T[],
  upsert: (item: T) => Promise<{ id: string }>,
): Promise<Ids> {
  const ids: Ids = new Map();
  for (const item of items) ids.set(item.slug, (await upsert(item)).id);
  return ids;
}

function idOf(ids: Ids, slug: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed data refers to unknown slug "${slug}"`);
  return id;
}

const optionalId = (ids: Ids, slug?: string) => (slug ? idOf(ids, slug) : null);
const connectAll = (ids: Ids, slugs: string[] = []) => slugs.map((slug) => ({ id: idOf(ids, slug) }));

type LinkOwner = Partial<
  Record<"publicationId" | "projectId" | "personId" | "organisationId" | "eventId" | "pageId", string>
>;

async function replaceLinks(tx: Tx, owner: LinkOwner, links: SeedLink[] = []) {
  await tx.link.deleteMany({ where: owner });
  await tx.link.createMany({
    data: links.map((link, position) => ({ ...owner, ...link, language: link.language ?? null, position })),
  });
}

function personFields(p: SeedData["persons"][number], orgs: Ids) {
  return {
    givenName: p.givenName ?? null,
    familyName: p.familyName,
    honorific: p.honorific ?? null,
    bio: p.bio ?? null,
    affiliationId: optionalId(orgs, p.affiliation),
  };
}

async function seedOrganisations(tx: Tx, data: SeedData): Promise<Ids> {
  const ids = await upsertAll(data.organisations, (o) => {
    const fields = {
      name: o.name,
      shortName: o.shortName ?? null,
      formerNames: o.formerNames ?? [],
      description: o.description ?? null,
      website: o.website ?? null,
      address: o.address ?? null,
    };
    return tx.organisation.upsert({
      where: { slug: o.slug },
      create: { ...fields, slug: o.slug, status: "published" },
      update: fields,
    });
  });
  // Parents and successors refer to rows that may come later in the list.
  for (const o of data.organisations) {
    await tx.organisation.update({
      where: { slug: o.slug },
      data: { parentId: optionalId(ids, o.parent), successorId: optionalId(ids, o.successor) },
    });
    await replaceLinks(tx, { organisationId: idOf(ids, o.slug) }, o.links);
  }
  return ids;
}

async function seedProjects(tx: Tx, data: SeedData, ref: { orgs: Ids; persons: Ids; topics: Ids }): Promise<Ids> {
  const ids: Ids = new Map();
  for (const p of data.projects) {
    const fields = {
      title: p.title,
      summary: p.summary ?? null,
      description: p.description ?? null,
      goals: p.goals ?? null,
      findings: p.findings ?? null,
      startYear: p.startYear ?? null,
      endYear: p.endYear ?? null,
      periodNote: p.periodNote ?? null,
      funding: p.funding ?? null,
      plainKeyPoints: p.plainKeyPoints ?? [],
      plainStudied: p.plainStudied ?? null,
      plainFound: p.plainFound ?? null,
      plainMeaning: p.plainMeaning ?? null,
      coordinatorId: optionalId(ref.orgs, p.coordinator),
    };
    const relations = {
      partners: { set: connectAll(ref.orgs, p.partners) },
      funders: { set: connectAll(ref.orgs, p.funders) },
      topics: { set: connectAll(ref.topics, p.topics) },
    };
    const row = await tx.project.upsert({
      where: { slug: p.slug },
      create: {
        ...fields,
        slug: p.slug,
        status: "published",
        partners: { connect: connectAll(ref.orgs, p.partners) },
        funders: { connect: connectAll(ref.orgs, p.funders) },
        topics: { connect: connectAll(ref.topics, p.topics) },
      },
      update: { ...fields, ...relations },
    });
    ids.set(p.slug, row.id);
    await tx.projectMember.deleteMany({ where: { projectId: row.id } });
    for (const [position, m] of (p.members ?? []).entries()) {
      await tx.projectMember.create({
        data: {
          projectId: row.id,
          personId: idOf(ref.persons, m.person),
          role: m.role ?? null,
          position,
          affiliations: {
            create: m.affiliations.map((a, i) => ({
              organisationId: idOf(ref.orgs, a.organisation),
              note: a.note ?? null,
              position: i,
            })),
          },
        },
      });
    }
    await replaceLinks(tx, { projectId: row.id }, p.links);
  }
  return ids;
}

async function seedPublications(tx: Tx, data: SeedData, ref: { orgs: Ids; persons: Ids; topics: Ids; projects: Ids }) {
  const ids: Ids = new Map();
  const relatedBySlug = new Map<string, string[] | undefined>();
  for (const p of data.publications) {
    const { slug, authors = [], editors = [], topics = [], projects = [], links, institution, related, ...rest } = p;
    relatedBySlug.set(slug, related);
    const fields = {
      subtitle: null,
      year: null,
      dateNote: null,
      containerTitle: null,
      volume: null,
      issue: null,
      pages: null,
      pageCount: null,
      edition: null,
      publisher: null,
      place: null,
      degree: null,
      series: null,
      seriesNumber: null,
      isbn: null,
      issn: null,
      doi: null,
      license: null,
      abstract: null,
      abstractSource: null,
      statusNote: null,
      note: null,
      studyDesign: "ukjent" as const,
      plainKeyPoints: [],
      plainStudied: null,
      plainFound: null,
      plainMeaning: null,
      ...rest,
      language: p.language ?? "nb",
      institutionId: optionalId(ref.orgs, institution),
    };
    const row = await tx.publication.upsert({
      where: { slug },
      create: {
        ...fields,
        slug,
        status: "published",
        firstPublishedAt: new Date(),
        topics: { connect: connectAll(ref.topics, topics) },
        projects: { connect: connectAll(ref.projects, projects) },
      },
      update: {
        ...fields,
        topics: { set: connectAll(ref.topics, topics) },
        projects: { set: connectAll(ref.projects, projects) },
      },
    });
    ids.set(slug, row.id);
    await tx.publicationContributor.deleteMany({ where: { publicationId: row.id } });
    await tx.publicationContributor.createMany({
      data: [
        ...authors.map((person, position) => ({
          publicationId: row.id,
          personId: idOf(ref.persons, person),
          role: "author" as const,
          position,
        })),
        ...editors.map((person, position) => ({
          publicationId: row.id,
          personId: idOf(ref.persons, person),
          role: "editor" as const,
          position,
        })),
      ],
    });
    await replaceLinks(tx, { publicationId: row.id }, links);
  }
  // Related works refer to each other, so they are linked once all exist.
  for (const [slug, related] of relatedBySlug) {
    await tx.publication.update({ where: { slug }, data: { related: { set: connectAll(ids, related) } } });
  }
}

async function seedEvents(tx: Tx, data: SeedData, ref: { orgs: Ids; projects: Ids }) {
  for (const e of data.events) {
    const fields = {
      title: e.title,
      summary: e.summary ?? null,
      description: e.description ?? null,
      startsAt: e.startsAt ? new Date(e.startsAt) : null,
      endsAt: e.endsAt ? new Date(e.endsAt) : null,
      timeUnknown: e.timeUnknown ?? false,
      venueName: e.venueName ?? null,
      venueAddress: e.venueAddress ?? null,
      venueId: optionalId(ref.orgs, e.venue),
      online: e.online ?? false,
      streamUrl: e.streamUrl ?? null,
      infoUrl: e.infoUrl ?? null,
      eventStatus: e.eventStatus,
      projectId: optionalId(ref.projects, e.project),
    };
    const row = await tx.event.upsert({
      where: { slug: e.slug },
      create: { ...fields, slug: e.slug, status: "published" },
      update: fields,
    });
    await replaceLinks(tx, { eventId: row.id }, e.links);
  }
}
