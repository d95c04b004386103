import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Editor } from "@/lib/auth/session";
import { EMPTY_EVENT } from "@/lib/events/schema";
import { EMPTY_ORGANISATION } from "@/lib/organisations/schema";
import { EMPTY_PAGE } from "@/lib/pages/schema";
import { EMPTY_PERSON } from "@/lib/persons/schema";
import { EMPTY_PROJECT } from "@/lib/projects/schema";
import { EMPTY_TOPIC } from "@/lib/topics/schema";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";
import type { FormValues } from "@/lib/content/engine/adapter";
import type { EntityType } from "@/lib/content/entities";

// The write path for the six types beyond publications: create, edit, conflicts and
// lossless round trips through the form values, against the real seed content.

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let save: typeof import("@/lib/content/engine/save");
let adapters: (typeof import("@/lib/content/engine/adapters"))["ADAPTERS"];
let editor: Editor;
let admin: Editor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createSeededDatabase();
  save = await import("@/lib/content/engine/save");
  adapters = (await import("@/lib/content/engine/adapters")).ADAPTERS;
  editor = await createTestEditor(database.db, "editor");
  admin = await createTestEditor(database.db, "admin");
  const orgs = await database.db.organisation.findMany({ select: { id: true, slug: true } });
  const persons = await database.db.person.findMany({ select: { id: true, slug: true } });
  const projects = await database.db.project.findMany({ select: { id: true, slug: true } });
  const topics = await database.db.topic.findMany({ select: { id: true, slug: true } });
  for (const row of [...orgs, ...persons, ...projects, ...topics]) ids[row.slug] = row.id;
});
afterAll(async () => database?.drop());

const adapter = (type: EntityType) => adapters[type]!;
const link = { kind: "info", label: "Mer om dette", url: "https://example.org/mer", language: "" };

type Case = { type: EntityType; values: () => FormValues; edit: [string, unknown]; slug: string };
const CASES: Case[] = [
  {
    type: "project",
    slug: "grupper-pa-tvers-i-kommunene",
    values: () => ({
      ...EMPTY_PROJECT,
      title: "Grupper på tvers i kommunene",
      summary: "Et nytt prosjekt.",
      goals: "Å **forstå** gruppene.",
      startYear: "2021",
      endYear: "2024",
      coordinatorId: ids.nibr,
      partnerIds: [ids.kifo],
      funderIds: [ids.helsedirektoratet],
      topicIds: [ids.empowerment],
      links: [link],
      members: [
        { personId: ids["nora-gotaas"], role: "Prosjektleder", affiliations: [{ organisationId: ids.nibr, note: "" }] },
      ],
    }),
    edit: ["funding", "Midler fra Helsedirektoratet."],
  },
  {
    type: "person",
    slug: "ase-ornes",
    values: () => ({
      ...EMPTY_PERSON,
      givenName: "Åse",
      familyName: "Ørnes",
      honorific: "Dr. polit.",
      bio: "Forsker på *selvhjelp*.",
      affiliationId: ids.nibr,
      links: [link],
    }),
    edit: ["honorific", "Ph.d."],
  },
  {
    type: "organisation",
    slug: "senter-for-grupper",
    values: () => ({
      ...EMPTY_ORGANISATION,
      name: "Senter for grupper",
      shortName: "SFG",
      formerNames: ["Gruppesenteret", "  ", "Det gamle senteret"],
      website: "https://example.org/",
      parentId: ids.oslomet,
      successorId: ids["nord-universitet"],
      links: [link],
    }),
    edit: ["address", "Storgata 1, Oslo"],
  },
  {
    type: "event",
    slug: "filmkveld-om-selvhjelp",
    values: () => ({
      ...EMPTY_EVENT,
      title: "Filmkveld om selvhjelp",
      summary: "Film og samtale.",
      startsAt: "2026-11-05T18:00",
      endsAt: "2026-11-05T20:00",
      venueName: "Litteraturhuset i Oslo",
      venueId: ids["litteraturhuset-i-oslo"],
      online: true,
      streamUrl: "https://example.org/strom",
      eventStatus: "planned",
      projectId: ids["endringsarbeid-i-selvhjelpsgrupper"],
      links: [link],
    }),
    edit: ["venueAddress", "Wergelands vei 29, Oslo"],
  },
  {
    type: "topic",
    slug: "likepersonsarbeid",
    values: () => ({ ...EMPTY_TOPIC, name: "Likepersonsarbeid", description: "Støtte fra andre med egne erfaringer." }),
    edit: ["description", "Ny forklaring."],
  },
  {
    type: "page",
    slug: "personvern",
    values: () => ({
      ...EMPTY_PAGE,
      title: "Personvern",
      body: "Vi lagrer **ingen** informasjonskapsler.",
      links: [link],
    }),
    edit: ["quote", "Et sitat"],
  },
];

async function create(type: EntityType, values: FormValues) {
  const result = await save.saveEntry(adapter(type), { values }, editor);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

/** The stored row without the bookkeeping a save changes. */
async function storedRow(type: EntityType, id: string) {
  const model = database.db[type as "topic"] as unknown as { findUnique(a: object): Promise<Record<string, unknown>> };
  const { version: _v, updatedAt: _u, updatedById: _b, ...rest } = await model.findUnique({ where: { id } });
  return rest;
}

describe.each(CASES)("$type", ({ type, values, edit: [field, changed], slug }) => {
  it("is created as a draft with a slug from its name and a first revision", async () => {
    const result = await create(type, values());
    expect(result).toMatchObject({ ok: true, version: 1, slug });
    expect(await database.db.revision.count({ where: { entityType: type, entityId: result.id } })).toBe(1);
    expect((await storedRow(type, result.id)).status).toBe("draft");
  });

  it("is edited with the right version, and a stale version gets a conflict, not an overwrite", async () => {
    const created = await create(type, { ...values(), slug: `${slug}-konflikt` });
    const stored = (await adapter(type).formValues(database.db, created.id))!;
    const first = await save.saveEntry(
      adapter(type),
      { id: created.id, version: 1, values: { ...stored, [field]: changed } },
      admin,
    );
    expect(first).toMatchObject({ ok: true, version: 2 });
    const second = await save.saveEntry(adapter(type), { id: created.id, version: 1, values: stored }, editor);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict?.version).toBe(2);
    expect(second.conflict?.theirs[field]).toEqual(changed);
    expect((await adapter(type).formValues(database.db, created.id))?.[field]).toEqual(changed);
  });

  it("round-trips its form values: saving them unchanged changes nothing but the version", async () => {
    const created = await create(type, { ...values(), slug: `${slug}-rundtur` });
    const before = (await adapter(type).formValues(database.db, created.id))!;
    const rowBefore = await storedRow(type, created.id);
    const result = await save.saveEntry(
      adapter(type),
      { id: created.id, version: 1, values: JSON.parse(JSON.stringify(before)) },
      editor,
    );
    expect(result).toMatchObject({ ok: true, version: 2 });
    expect(await adapter(type).formValues(database.db, created.id)).toEqual(before);
    expect(await storedRow(type, created.id)).toEqual(rowBefore);
  });
});

describe("seeded entries round-trip too", () => {
  it.each(["project", "person", "organisation", "event", "topic", "page"] as const)("%s", async (type) => {
    const model = database.db[type as "topic"] as unknown as {
      findMany(a: object): Promise<{ id: string; version: number }[]>;
    };
    for (const row of await model.findMany({ select: { id: true, version: true } })) {
      const before = (await adapter(type).formValues(database.db, row.id))!;
      const result = await save.saveEntry(
        adapter(type),
        { id: row.id, version: row.version, values: JSON.parse(JSON.stringify(before)) },
        editor,
      );
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(await adapter(type).formValues(database.db, row.id)).toEqual(before);
    }
  });
});

describe("project members", () => {
  it("keep their order, roles and two affiliations in order; a member typed in is created", async () => {
    const two = [
      { organisationId: ids.kifo, note: "" },
      { organisationId: ids.diakonhjemmet, note: "i en del av prosjektperioden" },
    ];
    const members = [
      { newPerson: { givenName: "Kari", familyName: "Nordmann" }, role: "Forsker", affiliations: [] },
      { personId: ids["anund-brottveit"], role: "Forsker", affiliations: two },
      { personId: ids["nora-gotaas"], role: "Prosjektleder", affiliations: [...two].reverse() },
    ];
    const created = await create("project", { ...EMPTY_PROJECT, title: "Teamprosjekt", members });
    const stored = await database.db.projectMember.findMany({
      where: { projectId: created.id },
      orderBy: { position: "asc" },
      include: { person: true, affiliations: { orderBy: { position: "asc" }, include: { organisation: true } } },
    });
    expect(stored.map((m) => [m.person.familyName, m.role])).toEqual([
      ["Nordmann", "Forsker"],
      ["Brottveit", "Forsker"],
      ["Gotaas", "Prosjektleder"],
    ]);
    expect(stored[1]?.affiliations.map((a) => [a.organisation.slug, a.note])).toEqual([
      ["kifo", null],
      ["diakonhjemmet", "i en del av prosjektperioden"],
    ]);
    expect(stored[2]?.affiliations.map((a) => a.organisation.slug)).toEqual(["diakonhjemmet", "kifo"]);
    expect(stored[0]?.person).toMatchObject({ slug: "kari-nordmann", status: "published" });

    const values = (await adapter("project").formValues(database.db, created.id))!;
    const reordered = [...(values.members as FormValues[])].reverse();
    const result = await save.saveEntry(
      adapter("project"),
      { id: created.id, version: 1, values: { ...values, members: reordered } },
      editor,
    );
    expect(result.ok).toBe(true);
    const after = await database.db.projectMember.findMany({
      where: { projectId: created.id },
      orderBy: { position: "asc" },
      include: { person: true },
    });
    expect(after.map((m) => m.person.familyName)).toEqual(["Gotaas", "Brottveit", "Nordmann"]);
  });
});

describe("event times", () => {
  const times = async (startsAt: string, endsAt: string, timeUnknown = false) => {
    const created = await create("event", {
      ...EMPTY_EVENT,
      title: `Tider ${startsAt}`,
      startsAt,
      endsAt,
      timeUnknown,
    });
    const row = await database.db.event.findUniqueOrThrow({ where: { id: created.id } });
    return { row, values: (await adapter("event").formValues(database.db, created.id))! };
  };

  it("store Oslo wall-clock times as the right UTC instants across daylight saving", async () => {
    const { row, values } = await times("2026-03-28T18:00", "2026-03-29T18:00");
    expect([row.startsAt?.toISOString(), row.endsAt?.toISOString()]).toEqual([
      "2026-03-28T17:00:00.000Z",
      "2026-03-29T16:00:00.000Z",
    ]);
    expect([values.startsAt, values.endsAt]).toEqual(["2026-03-28T18:00", "2026-03-29T18:00"]);
    const autumn = await times("2026-10-24T19:30", "2026-10-25T19:30");
    expect([autumn.row.startsAt?.toISOString(), autumn.row.endsAt?.toISOString()]).toEqual([
      "2026-10-24T17:30:00.000Z",
      "2026-10-25T18:30:00.000Z",
    ]);
  });

  it("keep only the day when the time is unknown, and an empty date means 'Dato kommer'", async () => {
    const { row } = await times("2026-06-01T14:00", "", true);
    expect(row.startsAt?.toISOString()).toBe("2026-05-31T22:00:00.000Z");
    expect(row.timeUnknown).toBe(true);
    const unknown = await times("", "", true);
    expect([unknown.row.startsAt, unknown.row.timeUnknown, unknown.values.startsAt]).toEqual([null, false, ""]);
  });
});

describe("invalid input", () => {
  const refused = async (type: EntityType, values: FormValues, id?: string, version?: number) => {
    const model = database.db[type as "topic"] as unknown as { count(): Promise<number> };
    const [count, revisions] = [await model.count(), await database.db.revision.count()];
    const result = await save.saveEntry(adapter(type), { id, version, values }, editor);
    expect(result.ok).toBe(false);
    expect([await model.count(), await database.db.revision.count()]).toEqual([count, revisions]);
    return result.ok ? {} : (result.fieldErrors ?? {});
  };

  it("gives Norwegian messages at the fields and writes nothing", async () => {
    expect(
      await refused("project", {
        ...EMPTY_PROJECT,
        title: " ",
        startYear: "2020",
        endYear: "2019",
        members: [{ personId: "", role: "", affiliations: [{ organisationId: "", note: "" }] }],
      }),
    ).toEqual({
      title: ["Tittel må fylles ut."],
      endYear: ["Sluttåret kan ikke være før startåret."],
      "members.0.personId": ["Velg en person."],
      "members.0.affiliations.0.organisationId": ["Velg en organisasjon."],
    });
    const twice = { personId: ids["nora-gotaas"], role: "", affiliations: [] };
    expect(await refused("project", { ...EMPTY_PROJECT, title: "To ganger", members: [twice, twice] })).toEqual({
      "members.1.personId": ["Personen står allerede i listen."],
    });
    expect(await refused("person", { ...EMPTY_PERSON, givenName: "Ola" })).toEqual({
      familyName: ["Etternavn må fylles ut."],
    });
    expect(
      await refused("organisation", { ...EMPTY_ORGANISATION, name: "Nettløs", website: "www.example.org" }),
    ).toEqual({
      website: [expect.stringContaining("https://")],
    });
    expect(
      await refused("event", {
        ...EMPTY_EVENT,
        title: "Baklengs",
        startsAt: "2026-05-02T18:00",
        endsAt: "2026-05-02T17:00",
        streamUrl: "javascript:alert(1)",
      }),
    ).toEqual({
      streamUrl: [expect.stringContaining("https://")],
      endsAt: ["Sluttiden kan ikke være før starttiden."],
    });
    expect(
      await refused("event", {
        ...EMPTY_EVENT,
        title: "Uten start",
        endsAt: "2026-05-02T17:00",
        eventStatus: "ukjent",
      }),
    ).toEqual({
      eventStatus: ["Velg en status."],
    });
    expect(await refused("topic", { ...EMPTY_TOPIC, slug: "Store Bokstaver" })).toEqual({
      name: ["Navn må fylles ut."],
      slug: [expect.stringContaining("små bokstaver")],
    });
    expect(await refused("page", { ...EMPTY_PAGE, title: "Tom side" })).toEqual({
      body: ["Brødteksten må fylles ut."],
    });
  });

  it("refuses an organisation under itself, directly or through another, and leaves it as it was", async () => {
    const nibr = (await adapter("organisation").formValues(database.db, ids.nibr!))!;
    const version = (await database.db.organisation.findUniqueOrThrow({ where: { id: ids.nibr } })).version;
    expect(
      await refused(
        "organisation",
        { ...nibr, parentId: ids.nibr, successorId: ids.nibr, name: "Endret" },
        ids.nibr,
        version,
      ),
    ).toEqual({
      parentId: ["En organisasjon kan ikke være en del av seg selv."],
      successorId: ["En organisasjon kan ikke være sin egen etterfølger."],
    });
    const oslomet = (await adapter("organisation").formValues(database.db, ids.oslomet!))!;
    const oslometVersion = (await database.db.organisation.findUniqueOrThrow({ where: { id: ids.oslomet } })).version;
    expect(
      (await refused("organisation", { ...oslomet, parentId: ids.nibr }, ids.oslomet, oslometVersion)).parentId?.[0],
    ).toContain("via en annen organisasjon");
    expect(await database.db.organisation.findUniqueOrThrow({ where: { id: ids.nibr } })).toMatchObject({
      name: "Norsk institutt for by- og regionforskning",
      version,
    });
  });
});
