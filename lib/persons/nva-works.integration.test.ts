import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLookup } from "@/lib/lookup/lookup";
import { createSeededDatabase } from "@/test/seeded-database";
import { startStandIn, type StandIn } from "@/test/lookup-stand-in";

// «Hent fra NVA»: a person's works in NVA (a local stand-in answering in NVA's search format),
// each marked against the real seed content: stored already, new, the person's institution.

const CRISTIN = "99999901";
const FIRST = "0190a1b2c3d4-00000000-0000-4000-8000-000000000001";
const SECOND = "0190a1b2c3d4-00000000-0000-4000-8000-000000000002";

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let nva: typeof import("./nva-works");
let standIn: StandIn;
let worksForPerson: ReturnType<typeof createLookup>["worksForPerson"];
let withId: string;
let withoutId: string;
let stored: string;

beforeAll(async () => {
  database = await createSeededDatabase();
  nva = await import("./nva-works");
  standIn = await startStandIn({
    [`/nva/search/resources?contributor=${CRISTIN}&from=0&size=20`]: {
      fixture: "nva-search-contributor-synthetic.json",
    },
    [`/nva/search/resources?contributor_name=Syntetisk+Testperson&from=0&size=20`]: {
      fixture: "nva-search-contributor-synthetic.json",
    },
    [`/nva/search/resources?contributor=${CRISTIN}&from=20&size=20`]: { status: 503 },
  });
  worksForPerson = createLookup({
    doiResolverUrl: `${standIn.url}/doi`,
    nvaApiUrl: `${standIn.url}/nva`,
    openLibraryUrl: `${standIn.url}/ol`,
    userAgent: "SelvhjelpForskning/1.0 (http://localhost; mailto:post@selvhjelp.no)",
    minIntervalMs: 0,
    maxRetryWaitMs: 10,
    timeoutMs: 2000,
  }).worksForPerson;
  const db = database.db;
  const school = await db.organisation.create({
    data: { slug: "syntetisk-hogskole", name: "Syntetisk Høgskole", shortName: "SH", status: "published" },
  });
  withId = (
    await db.person.create({
      data: {
        slug: "syntetisk-testperson",
        givenName: "Syntetisk",
        familyName: "Testperson",
        cristinId: CRISTIN,
        affiliationId: school.id,
      },
    })
  ).id;
  withoutId = (
    await db.person.create({
      data: { slug: "syntetisk-testperson-2", givenName: "Syntetisk", familyName: "Testperson" },
    })
  ).id;
  stored = (
    await db.publication.create({
      data: {
        slug: "lagret-syntetisk-artikkel",
        type: "tidsskriftartikkel",
        title: "Lagret med samme DOI",
        year: 2021,
        doi: "10.5555/syntetisk-nva-1",
      },
    })
  ).id;
});
afterAll(async () => {
  await standIn?.close();
  await database?.drop();
});

describe("«Hent fra NVA» for a person", () => {
  it("asks by the Cristin id and marks the work the portal has, the new one, and the person's institution", async () => {
    const view = await nva.nvaWorksOfPerson(withId, 1, worksForPerson);
    expect(view).toMatchObject({
      person: { id: withId, name: "Syntetisk Testperson", affiliation: "Syntetisk Høgskole" },
      searchedBy: { cristinId: CRISTIN },
      page: 1,
      result: { ok: true, totalHits: 2, pageCount: 1 },
    });
    if (!view?.result.ok) throw new Error("no works");
    const [first, second] = view.result.works;
    expect(first).toMatchObject({
      nvaId: FIRST,
      line: `https://nva.sikt.no/registration/${FIRST}`,
      title: "Syntetisk testartikkel om likemannsarbeid",
      year: 2021,
      typeLabel: "Tidsskriftartikkel",
      coAuthors: ["Fiktiv Medforfatter"],
      affiliations: ["Syntetisk høgskole"],
      sameInstitution: true,
      existing: { id: stored, reason: "Samme DOI som «Lagret med samme DOI» (2021), som finnes fra før." },
      rejected: null,
    });
    expect(second).toMatchObject({
      nvaId: SECOND,
      year: 2023,
      typeLabel: "Rapport",
      affiliations: ["Fiktivt forskningsinstitutt"],
      sameInstitution: false,
      existing: null,
      rejected: null,
    });
  });

  it("lets the import link NVA's name to the person with its Cristin id, however the portal writes the name", async () => {
    await database.db.person.update({ where: { id: withId }, data: { givenName: "S." } });
    const { previewImport } = await import("@/lib/publications/import/store");
    const { recordsOfLookups } = await import("@/lib/publications/import/lookup-form");
    const found = await worksForPerson({ cristinId: CRISTIN }, 1);
    if (!found.ok) throw new Error(found.message);
    const planned = await previewImport(
      recordsOfLookups(found.works.map((w) => ({ line: w.nvaId, ok: true, item: w.item, warnings: [] }))),
    );
    const people = planned.flatMap((record) => (record.ok ? record.people : []));
    expect(people.filter((p) => p.name.familyName === "Testperson").map((p) => p.personId)).toEqual([withId, withId]);
    await database.db.person.update({ where: { id: withId }, data: { givenName: "Syntetisk" } });
  });

  it("asks by name when the person has no Cristin id", async () => {
    const view = await nva.nvaWorksOfPerson(withoutId, 1, worksForPerson);
    expect(view).toMatchObject({ searchedBy: { name: "Syntetisk Testperson" }, result: { ok: true, totalHits: 2 } });
    if (view?.result.ok) expect(view.result.works.map((w) => w.sameInstitution)).toEqual([false, false]);
  });

  it("says so in Norwegian when NVA does not answer", async () => {
    const view = await nva.nvaWorksOfPerson(withId, 2, worksForPerson);
    expect(view?.result).toEqual({ ok: false, message: "NVA svarer ikke nå – prøv igjen senere." });
  });

  it("knows no person for a forged, unknown or trashed id, and asks NVA nothing then", async () => {
    const asked = standIn.requests.length;
    expect(await nva.nvaWorksOfPerson("../../etc", 1, worksForPerson)).toBeNull();
    expect(await nva.nvaWorksOfPerson("c0000000000000000000000000", 1, worksForPerson)).toBeNull();
    await database.db.person.update({ where: { id: withoutId }, data: { deletedAt: new Date() } });
    expect(await nva.nvaWorksOfPerson(withoutId, 1, worksForPerson)).toBeNull();
    expect(standIn.requests.length).toBe(asked);
  });
});
