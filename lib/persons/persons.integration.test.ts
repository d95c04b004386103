import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "@/test/seeded-database";

// A person's public page: only with a public work or project; the ORCID iD on the page's data.

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let persons: typeof import("./queries");
let index: typeof import("@/lib/interop/public-index");
let ld: typeof import("@/lib/interop/jsonld/entities");
let api: typeof import("@/lib/interop/api/queries");

beforeAll(async () => {
  database = await createSeededDatabase();
  persons = await import("./queries");
  index = await import("@/lib/interop/public-index");
  ld = await import("@/lib/interop/jsonld/entities");
  api = await import("@/lib/interop/api/queries");
  // A published person with nothing public: as an import may leave one.
  await database.db.person.create({
    data: { slug: "kari-uten-verk", givenName: "Kari", familyName: "Uten Verk", status: "published" },
  });
  await database.db.person.update({ where: { slug: "b-aglen" }, data: { orcid: "0000-0002-1825-0097" } });
});
afterAll(async () => database?.drop());

describe("a person without public work or project", () => {
  it("has no public page, no sitemap entry and no API entry", async () => {
    expect(await persons.publishedPersonBySlug("kari-uten-verk")).toBeNull();
    expect((await index.publicPageEntries()).persons.map((p) => p.slug)).not.toContain("kari-uten-verk");
    const { rows } = await api.personPage({ skip: 0, take: 1000 });
    expect(rows.map((p) => p.slug)).not.toContain("kari-uten-verk");
  });

  it("is still seen by an editor in draft mode", async () => {
    expect(await persons.publishedPersonBySlug("kari-uten-verk", true)).toMatchObject({ familyName: "Uten Verk" });
  });

  it("while a person with a public work keeps the page", async () => {
    expect(await persons.publishedPersonBySlug("b-aglen")).toMatchObject({ familyName: "Aglen" });
    expect((await index.publicPageEntries()).persons.map((p) => p.slug)).toContain("b-aglen");
  });
});

describe("an ORCID iD", () => {
  it("is in the person's JSON-LD as sameAs and identifier", async () => {
    const person = await persons.publishedPersonBySlug("b-aglen");
    expect(ld.personJsonLd(person!)).toMatchObject({
      sameAs: "https://orcid.org/0000-0002-1825-0097",
      identifier: { "@type": "PropertyValue", propertyID: "ORCID", value: "0000-0002-1825-0097" },
    });
  });
});
