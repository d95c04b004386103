import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedData } from "./data";
import type { SeedData } from "./types";
import { idOf, optionalId, replaceLinks, type Ids, type Tx, upsertAll } from "./seed-helpers";
import { seedProjects, seedPublications } from "./seed-works";

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
