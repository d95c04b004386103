import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "@/test/seeded-database";

// Every public query hides drafts and entries in the trash, including in the lists and
// links of other entries' pages.

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let q: {
  publication: typeof import("@/lib/publications/queries");
  project: typeof import("@/lib/projects/queries");
  person: typeof import("@/lib/persons/queries");
  organisation: typeof import("@/lib/organisations/queries");
  event: typeof import("@/lib/events/queries");
  page: typeof import("@/lib/pages/queries");
};

beforeAll(async () => {
  database = await createSeededDatabase();
  q = {
    publication: await import("@/lib/publications/queries"),
    project: await import("@/lib/projects/queries"),
    person: await import("@/lib/persons/queries"),
    organisation: await import("@/lib/organisations/queries"),
    event: await import("@/lib/events/queries"),
    page: await import("@/lib/pages/queries"),
  };
});
afterAll(async () => database?.drop());

describe("public queries", () => {
  it("return published entries with their links both ways", async () => {
    const work = await q.publication.publishedPublicationBySlug("takk-for-tilliten");
    expect(work?.projects.map((p) => p.slug)).toEqual(["endringsarbeid-i-selvhjelpsgrupper"]);
    expect(work?.contributors[0]?.person.slug).toBe("nora-gotaas");
    const project = await q.project.publishedProjectBySlug("endringsarbeid-i-selvhjelpsgrupper");
    expect(project?.publications.map((p) => p.slug)).toContain("takk-for-tilliten");
    const person = await q.person.publishedPersonBySlug("nora-gotaas");
    expect(person?.contributions.map((c) => c.publication.slug)).toContain("takk-for-tilliten");
    expect(person?.memberships[0]?.role).toBe("Prosjektleder");
    const nibr = await q.organisation.publishedOrganisationBySlug("nibr");
    expect(nibr?.coordinatedProjects.map((p) => p.slug)).toEqual(["endringsarbeid-i-selvhjelpsgrupper"]);
    expect(nibr?.parent?.name).toBe("OsloMet");
  });

  it("hide a work that is unpublished, from its page and from the project", async () => {
    await database.db.publication.update({ where: { slug: "takk-for-tilliten" }, data: { status: "draft" } });
    expect(await q.publication.publishedPublicationBySlug("takk-for-tilliten")).toBeNull();
    const project = await q.project.publishedProjectBySlug("endringsarbeid-i-selvhjelpsgrupper");
    expect(project?.publications.map((p) => p.slug)).not.toContain("takk-for-tilliten");
    const person = await q.person.publishedPersonBySlug("nora-gotaas");
    expect(person?.contributions.map((c) => c.publication.slug)).not.toContain("takk-for-tilliten");
    expect((await q.publication.publishedPublicationSlugs()).map((p) => p.slug)).not.toContain("takk-for-tilliten");
  });

  it("hide deleted entries of every kind", async () => {
    const deletedAt = new Date();
    const { db } = database;
    await db.project.update({ where: { slug: "selvhjelp-og-individuell-plan" }, data: { deletedAt } });
    await db.person.update({ where: { slug: "marte-feiring" }, data: { deletedAt } });
    await db.organisation.update({ where: { slug: "kifo" }, data: { deletedAt } });
    await db.event.update({ where: { slug: "disputas-nora-gotaas" }, data: { deletedAt } });
    await db.page.update({ where: { slug: "om" }, data: { deletedAt } });

    expect(await q.project.publishedProjectBySlug("selvhjelp-og-individuell-plan")).toBeNull();
    expect((await q.project.publishedProjects()).map((p) => p.slug)).not.toContain("selvhjelp-og-individuell-plan");
    expect(await q.person.publishedPersonBySlug("marte-feiring")).toBeNull();
    expect(await q.organisation.publishedOrganisationBySlug("kifo")).toBeNull();
    expect(await q.event.publishedEventBySlug("disputas-nora-gotaas")).toBeNull();
    const { upcoming, past } = await q.event.publishedEvents(new Date());
    expect([...upcoming, ...past].map((e) => e.slug)).not.toContain("disputas-nora-gotaas");
    expect(await q.page.publishedPageBySlug("om")).toBeNull();
  });

  it("put the event without a date among the upcoming ones, held events among the past", async () => {
    const { upcoming, past } = await q.event.publishedEvents(new Date("2026-11-27T12:00:00Z"));
    expect(upcoming.map((e) => e.slug)).toEqual(["kan-vi-oppleve-livsmestring-nar-livet-foles-haplost"]);
    expect(past.map((e) => e.slug)).toEqual(["lansering-kraften-av-a-lytte-og-bli-lyttet-til"]);
  });

  it("list the newest 50 works on a person's, project's and organisation's page, and count them all", async () => {
    const { db } = database;
    const person = await db.person.create({
      data: { slug: "mange-verk", familyName: "Mangeverk", status: "published" },
    });
    const project = await db.project.create({
      data: { slug: "stort-prosjekt", title: "Stort prosjekt", status: "published" },
    });
    const org = await db.organisation.create({
      data: { slug: "stor-institusjon", name: "Stor institusjon", status: "published" },
    });
    for (let i = 1; i <= 55; i++) {
      await db.publication.create({
        data: {
          slug: `verk-${i}`,
          title: `Verk ${i}`,
          type: "rapport",
          year: 1960 + i,
          status: "published",
          institutionId: org.id,
          projects: { connect: { id: project.id } },
          contributors: { create: { personId: person.id, position: 0 } },
        },
      });
    }
    const shown = await q.person.publishedPersonBySlug("mange-verk");
    expect([shown?.contributions.length, shown?._count.contributions]).toEqual([50, 55]);
    expect(shown?.contributions[0]?.publication.slug).toBe("verk-55");
    const big = await q.project.publishedProjectBySlug("stort-prosjekt");
    expect([big?.publications.length, big?._count.publications, big?.publications.at(-1)?.slug]).toEqual([
      50,
      55,
      "verk-6",
    ]);
    const institution = await q.organisation.publishedOrganisationBySlug("stor-institusjon");
    expect([institution?.publications.length, institution?._count.publications]).toEqual([50, 55]);
  });
});
