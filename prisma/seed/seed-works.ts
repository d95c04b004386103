// The seed's projects and works, with their teams, authors, topics and links (seed.ts runs them).
import type { SeedData } from "./types";
import { connectAll, idOf, optionalId, replaceLinks, type Ids, type Tx } from "./seed-helpers";

export async function seedProjects(
  tx: Tx,
  data: SeedData,
  ref: { orgs: Ids; persons: Ids; topics: Ids },
): Promise<Ids> {
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

export async function seedPublications(
  tx: Tx,
  data: SeedData,
  ref: { orgs: Ids; persons: Ids; topics: Ids; projects: Ids },
) {
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
