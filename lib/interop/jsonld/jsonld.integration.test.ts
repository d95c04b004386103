import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedData } from "@/prisma/seed/data";
import { createSeededDatabase } from "@/test/seeded-database";

// Each page's JSON-LD has the properties its schema.org type needs to be understood.

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let q: {
  publication: typeof import("@/lib/publications/queries");
  project: typeof import("@/lib/projects/queries");
  person: typeof import("@/lib/persons/queries");
  organisation: typeof import("@/lib/organisations/queries");
  event: typeof import("@/lib/events/queries");
};
let ld: typeof import("./publication") & typeof import("./entities") & typeof import("./event");

beforeAll(async () => {
  database = await createSeededDatabase();
  q = {
    publication: await import("@/lib/publications/queries"),
    project: await import("@/lib/projects/queries"),
    person: await import("@/lib/persons/queries"),
    organisation: await import("@/lib/organisations/queries"),
    event: await import("@/lib/events/queries"),
  };
  ld = { ...(await import("./publication")), ...(await import("./entities")), ...(await import("./event")) };
});
afterAll(async () => database?.drop());

const REQUIRED = ["@context", "@type", "@id", "url", "name"];
const expectBase = (data: Record<string, unknown>) => {
  for (const key of REQUIRED) expect(data[key], key).toBeTruthy();
  expect(data["@context"]).toBe("https://schema.org");
  expect(() => JSON.parse(JSON.stringify(data))).not.toThrow();
};

describe("publication JSON-LD", () => {
  it("gives every seed work its type, authors, date, identifiers and full text", async () => {
    const TYPES: Record<string, string> = {
      tidsskriftartikkel: "ScholarlyArticle",
      doktorgradsavhandling: "Thesis",
      masteroppgave: "Thesis",
      rapport: "Report",
      arbeidsnotat: "Report",
      bokkapittel: "Chapter",
      bok: "Book",
      annet: "CreativeWork",
    };
    for (const seed of seedData.publications) {
      const data = ld.publicationJsonLd((await q.publication.publishedPublicationBySlug(seed.slug))!);
      expectBase(data);
      expect(data["@type"], seed.slug).toBe(TYPES[seed.type]);
      if (seed.authors?.length) expect((data.author as { name: string }[]).length).toBe(seed.authors.length);
      if (seed.year) expect(data.datePublished).toBe(String(seed.year));
      const ids = ((data.identifier ?? []) as { propertyID: string; value: string }[]).map(
        (id) => `${id.propertyID}:${id.value}`,
      );
      if (seed.doi) expect(ids).toContain(`DOI:${seed.doi}`);
      if (seed.isbn) expect(ids).toContain(`ISBN:${seed.isbn}`);
      if (seed.issn) expect(ids).toContain(`ISSN:${seed.issn}`);
      const fulltext = seed.links?.find((l) => l.kind === "fulltext");
      if (fulltext) expect(data.encoding).toContainEqual(expect.objectContaining({ contentUrl: fulltext.url }));
    }
  });

  it("nests an article in its volume, issue and journal, and a chapter in its book with editors", async () => {
    const article = ld.publicationJsonLd(
      (await q.publication.publishedPublicationBySlug("self-help-and-self-help-groups-nordic-context-review"))!,
    );
    expect(article.isPartOf).toEqual({
      "@type": "PublicationIssue",
      issueNumber: "8",
      isPartOf: {
        "@type": "PublicationVolume",
        volumeNumber: "39",
        isPartOf: { "@type": "Periodical", name: "Scandinavian Journal of Public Health", issn: "1403-4948" },
      },
    });
    const chapter = ld.publicationJsonLd(
      (await q.publication.publishedPublicationBySlug("konkurrerende-kunnskap-syn-om-helse"))!,
    );
    expect(chapter.isPartOf).toMatchObject({
      "@type": "Book",
      name: "Helsesosiologi",
      editor: [{ "@type": "Person", familyName: "Tjora" }],
    });
  });
});

describe("other JSON-LD", () => {
  it("gives a project its members with roles and its funder", async () => {
    const data = ld.projectJsonLd((await q.project.publishedProjectBySlug("endringsarbeid-i-selvhjelpsgrupper"))!);
    expectBase(data);
    expect(data["@type"]).toBe("ResearchProject");
    expect(data.member).toContainEqual(
      expect.objectContaining({
        "@type": "OrganizationRole",
        roleName: "Prosjektleder",
        member: expect.objectContaining({ name: "Nora Gotaas" }),
      }),
    );
    expect(data.funder).toEqual([expect.objectContaining({ "@type": "Organization" })]);
  });

  it("gives persons and organisations their names and affiliations", async () => {
    const person = ld.personJsonLd((await q.person.publishedPersonBySlug("nora-gotaas"))!);
    expectBase(person);
    expect(person).toMatchObject({
      "@type": "Person",
      givenName: "Nora",
      familyName: "Gotaas",
      affiliation: { "@type": "Organization" },
    });
    const org = ld.organisationJsonLd((await q.organisation.publishedOrganisationBySlug("nibr"))!);
    expectBase(org);
    expect(org).toMatchObject({ "@type": "Organization", parentOrganization: { name: "OsloMet" } });
  });

  it("gives an event its place, attendance mode and stream as a VirtualLocation", async () => {
    const evening = ld.eventJsonLd(
      (await q.event.publishedEventBySlug("kan-vi-oppleve-livsmestring-nar-livet-foles-haplost"))!,
    );
    expectBase(evening);
    expect(evening).toMatchObject({
      "@type": "Event",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
    });
    expect(evening.location).toEqual([
      { "@type": "Place", name: "Litteraturhuset i Oslo", address: "Wergelands vei 29, Oslo" },
      { "@type": "VirtualLocation", url: "https://litteraturhuset.no/" },
    ]);
    expect(evening.startDate).toBeUndefined();
    const defence = ld.eventJsonLd((await q.event.publishedEventBySlug("disputas-nora-gotaas"))!);
    expect(defence).toMatchObject({
      startDate: "2020-09-30",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    });
  });
});
