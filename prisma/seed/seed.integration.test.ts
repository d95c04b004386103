import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "../../test/seeded-database";
import { seedData } from "./data";
import { isSeeded, seed } from "./seed";

let database: Awaited<ReturnType<typeof createSeededDatabase>>;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(async () => database?.drop());

async function counts() {
  const { db } = database;
  return {
    publications: await db.publication.count(),
    persons: await db.person.count(),
    organisations: await db.organisation.count(),
    projects: await db.project.count(),
    events: await db.event.count(),
    topics: await db.topic.count(),
    pages: await db.page.count(),
    contributors: await db.publicationContributor.count(),
    members: await db.projectMember.count(),
    links: await db.link.count(),
  };
}

describe("seed", () => {
  it("stores every entry of the seed data, published", async () => {
    expect(await counts()).toMatchObject({
      publications: seedData.publications.length,
      persons: seedData.persons.length,
      organisations: seedData.organisations.length,
      projects: seedData.projects.length,
      events: seedData.events.length,
      topics: seedData.topics.length,
      pages: seedData.pages.length,
    });
    expect(await database.db.publication.count({ where: { status: { not: "published" } } })).toBe(0);
    expect(await isSeeded(database.db)).toBe(true);
  });

  it("is idempotent: a second run changes no counts", async () => {
    const before = await counts();
    await seed(database.db);
    expect(await counts()).toEqual(before);
  });

  it("holds the works named on the source page", async () => {
    const titles = (await database.db.publication.findMany({ select: { title: true } })).map((p) => p.title);
    for (const expected of [
      "«Takk for tilliten»",
      "Selvhjelpsgrupper og behandlingsgruppers tilnærming til personlig endring, hva er likt og ulikt?",
      "The skills of helping individuals, families, groups, and communities",
      "Hjelper selvhjelp?",
      "Et mentalt treningsstudio",
      "Keeping up with the new health care user",
      "The construction of self-help management in Norwegian health policy",
      "Participants’ Experiences of Empowerment in Self-Help Groups",
      "Konkurrerende kunnskap syn om helse – ekspertise for hva og om hvem?",
      "Samarbeid om selvhjelp",
    ]) {
      expect(titles).toContain(expected);
    }
  });

  it("keeps the NIBR team with roles and both affiliations of a member", async () => {
    const project = await database.db.project.findUniqueOrThrow({
      where: { slug: "endringsarbeid-i-selvhjelpsgrupper" },
      include: {
        coordinator: true,
        members: {
          orderBy: { position: "asc" },
          include: { person: true, affiliations: { include: { organisation: true } } },
        },
      },
    });
    expect(project.coordinator?.shortName).toBe("NIBR");
    expect(project.members.map((m) => m.person.familyName)).toEqual(["Brottveit", "Feiring", "Zeiner", "Gotaas"]);
    expect(project.members.find((m) => m.person.familyName === "Gotaas")?.role).toBe("Prosjektleder");
    const feiring = project.members.find((m) => m.person.familyName === "Feiring");
    expect(feiring?.affiliations.map((a) => [a.organisation.name, a.note])).toEqual([
      ["OsloMet", null],
      ["Norsk institutt for by- og regionforskning", "i en del av prosjektperioden"],
    ]);
  });

  it("stores the Litteraturhuset evening without a date, and keeps known facts", async () => {
    const evening = await database.db.event.findUniqueOrThrow({
      where: { slug: "kan-vi-oppleve-livsmestring-nar-livet-foles-haplost" },
      include: { venue: true },
    });
    expect(evening.startsAt).toBeNull();
    expect(evening.venue?.address).toBe("Wergelands vei 29, Oslo");
    expect(evening.infoUrl).toBe("https://litteraturhuset.no/");
    const extra = await database.db.organisation.findUniqueOrThrow({ where: { slug: "extrastiftelsen" } });
    expect(extra.formerNames).toEqual(["Stiftelsen helse og rehabilitering"]);
    const hint = await database.db.organisation.findUniqueOrThrow({
      where: { slug: "hint" },
      include: { successor: true },
    });
    expect(hint.successor?.name).toBe("Nord universitet");
  });

  it("keeps a source link with every entry built on FACTS.md", async () => {
    const sources = await database.db.link.findMany({ where: { kind: "source" }, select: { url: true } });
    const urls = sources.map((s) => s.url);
    expect(urls).toContain("https://www.sv.uio.no/sai/forskning/aktuelt/arrangementer/disputaser/2020/noragotaas.html");
    expect(urls).toContain("https://linkoslo.no/status-for-forskningsprosjekt-nibr/");
    expect(urls).toContain("https://www.selvhjelp.no/hjelper-selvhjelp/");
  });
});
