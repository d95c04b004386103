import { describe, expect, it } from "vitest";
import { seededOverview } from "@/test/seeded-overview";

// The search index follows every write: the database triggers keep the copies of names and topics
// on each work current, whichever code path writes.

const context = seededOverview();

const slugs = async (q: string) =>
  (await context.overview.searchPublications({ q, page: 1 })).items.map((item) => item.slug);

describe("the search index", () => {
  it("follows a renamed person", async () => {
    await context.database.db.person.update({
      where: { slug: "marte-feiring" },
      data: { familyName: "Feiring-Østby" },
    });
    expect(await slugs("østby")).toEqual(
      expect.arrayContaining(["mellom-kommune-og-sivilsamfunn", "samarbeid-om-selvhjelp"]),
    );
  });

  it("follows contributors added and removed", async () => {
    const work = await context.database.db.publication.findUniqueOrThrow({ where: { slug: "fortrolige-fremmede" } });
    const person = await context.database.db.person.findUniqueOrThrow({ where: { slug: "hilde-hatleskog-zeiner" } });
    await context.database.db.publicationContributor.create({
      data: { publicationId: work.id, personId: person.id, position: 1 },
    });
    expect(await slugs("zeiner")).toContain("fortrolige-fremmede");
    await context.database.db.publicationContributor.deleteMany({
      where: { publicationId: work.id, personId: person.id },
    });
    expect(await slugs("zeiner")).not.toContain("fortrolige-fremmede");
  });

  it("follows a contributor moved from one work to another, in both", async () => {
    const [from, to] = await Promise.all(
      ["the-skills-of-helping-individuals-families-groups-and-communities", "fortrolige-fremmede"].map((slug) =>
        context.database.db.publication.findUniqueOrThrow({ where: { slug } }),
      ),
    );
    const shulman = await context.database.db.person.findUniqueOrThrow({ where: { slug: "l-shulman" } });
    await context.database.db.publicationContributor.update({
      where: { publicationId_personId_role: { publicationId: from!.id, personId: shulman.id, role: "author" } },
      data: { publicationId: to!.id, position: 5 },
    });
    expect(await slugs("shulman")).toEqual(["fortrolige-fremmede"]);
  });

  it("follows topics linked, renamed and unpublished", async () => {
    await context.database.db.publication.update({
      where: { slug: "fortrolige-fremmede" },
      data: { topics: { connect: { slug: "rehabilitering" } } },
    });
    expect(await slugs("rehabilitering")).toContain("fortrolige-fremmede");
    await context.database.db.topic.update({ where: { slug: "rehabilitering" }, data: { name: "Tilbakeføring" } });
    expect(await slugs("tilbakeføring")).toContain("fortrolige-fremmede");
    await context.database.db.topic.update({ where: { slug: "rehabilitering" }, data: { status: "draft" } });
    expect(await slugs("tilbakeføring")).toEqual([]);
    const facets = (await context.overview.searchPublications({ page: 1 })).facets;
    expect(facets.topics.map((t) => t.value)).not.toContain("rehabilitering");
  });

  it("follows project links in the project facet", async () => {
    const project = { slug: "endringsarbeid-i-selvhjelpsgrupper" };
    const before = (await context.overview.searchPublications({ project: project.slug, page: 1 })).total;
    await context.database.db.publication.update({
      where: { slug: "hjelper-selvhjelp" },
      data: { projects: { connect: project } },
    });
    expect((await context.overview.searchPublications({ project: project.slug, page: 1 })).total).toBe(before + 1);
  });

  it("finds a new work at once, and forgets a work moved to the trash", async () => {
    await context.database.db.publication.create({
      data: { slug: "ny", title: "Likepersonsarbeid i Finnmark", type: "rapport", status: "published" },
    });
    expect(await slugs("finnmark")).toEqual(["ny"]);
    await context.database.db.publication.update({ where: { slug: "ny" }, data: { deletedAt: new Date() } });
    expect(await slugs("finnmark")).toEqual([]);
  });

  it("sorts a work without contributors by its title, also after a new title", async () => {
    // ("Aaa" would not do: Norwegian collation reads "aa" as "å", after "z".)
    await context.database.db.publication.create({
      data: { slug: "uten-forfatter", title: "Zzz", type: "annet", status: "published" },
    });
    await context.database.db.publication.update({
      where: { slug: "uten-forfatter" },
      data: { title: "Abc uten forfatter" },
    });
    const { items } = await context.overview.searchPublications({ page: 1 });
    expect(items[0]?.slug).toBe("uten-forfatter");
  });
});

describe("the search index of names and numbers", () => {
  const db = () => context.database.db;

  /** An editor's save of the entry with `change` made to its form's values. */
  async function saveAsEditor(type: "organisation" | "project", slug: string, change: Record<string, unknown>) {
    const [{ saveEntry }, { ADAPTERS }, { createTestEditor }] = await Promise.all([
      import("@/lib/content/engine/save"),
      import("@/lib/content/engine/adapters"),
      import("@/test/editors"),
    ]);
    const editor = await createTestEditor(db(), "editor");
    const entry =
      type === "organisation"
        ? await db().organisation.findUniqueOrThrow({ where: { slug } })
        : await db().project.findUniqueOrThrow({ where: { slug } });
    const adapter = ADAPTERS[type]!;
    const values = (await adapter.formValues(db(), entry.id))!;
    return saveEntry(adapter, { id: entry.id, version: entry.version, values: { ...values, ...change } }, editor);
  }

  it("follows an organisation renamed by an editor, through the editors' save", async () => {
    expect(await saveAsEditor("organisation", "agderforsk", { shortName: "Agderkunnskap" })).toMatchObject({
      ok: true,
    });
    expect(await slugs("Agderkunnskap")).toEqual(["hjelper-selvhjelp"]);
    expect(await slugs("Agderforsk")).toEqual(["hjelper-selvhjelp"]); // still its name «Agderforskning»
  });

  it("follows a project renamed by an editor, through the editors' save", async () => {
    const result = await saveAsEditor("project", "internettbaserte-selvhjelpsgrupper-brystkreft", {
      title: "Nettgrupper for kvinner med brystkreft",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await slugs("Nettgrupper")).toEqual(["keeping-up-with-the-new-health-care-user"]);
  });

  it("renames in the same transaction, whichever code path writes (plain SQL here), and not at all when it rolls back", async () => {
    const inside = await db()
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Organisation" SET "formerNames" = ARRAY['Tilskuddsstiftelsen'] WHERE slug = 'extrastiftelsen'`;
        const rows = await tx.$queryRaw<{ slug: string }[]>`
          SELECT slug FROM "Publication" WHERE "searchVector" @@ to_tsquery('norwegian', 'tilskuddsstiftelsen')`;
        throw Object.assign(new Error("roll back"), { rows });
      })
      .catch((error: { rows?: { slug: string }[] }) => error.rows);
    expect(inside?.map((row) => row.slug)).toEqual(["keeping-up-with-the-new-health-care-user"]);
    expect(await slugs("Tilskuddsstiftelsen")).toEqual([]);
    expect(await slugs("Stiftelsen helse og rehabilitering")).toEqual(["keeping-up-with-the-new-health-care-user"]);
  });

  it("follows a renamed successor of a project's coordinator (HiNT, now Nord universitet)", async () => {
    await db().organisation.update({ where: { slug: "nord-universitet" }, data: { name: "Universitetet i Nordland" } });
    expect((await slugs("Nordland")).sort()).toEqual([
      "konkurrerende-kunnskap-syn-om-helse",
      "participants-experiences-of-empowerment-in-self-help-groups",
      "self-help-and-self-help-groups-nordic-context-review",
      "the-construction-of-self-help-management-in-norwegian-health-policy",
    ]);
  });

  it("follows a project renamed, given a funder and unpublished", async () => {
    const project = { slug: "selvhjelp-og-individuell-plan" };
    await db().project.update({ where: project, data: { title: "Selvhjelpsgruppe for mødre på Tjøme" } });
    expect(await slugs("Tjøme")).toEqual(["hjelper-selvhjelp"]);
    await db().project.update({ where: project, data: { funders: { connect: { slug: "psykiatrien-i-vestfold" } } } });
    expect(await slugs("Psykiatrien i Vestfold")).toContain("hjelper-selvhjelp");
    await db().project.update({
      where: project,
      data: { funders: { disconnect: { slug: "psykiatrien-i-vestfold" } } },
    });
    expect(await slugs("Psykiatrien i Vestfold")).not.toContain("hjelper-selvhjelp");
    await db().project.update({ where: project, data: { status: "draft" } });
    expect(await slugs("Tjøme")).toEqual([]);
    expect(await slugs("Nøtterøy")).toEqual([]);
  });

  it("follows a work's institution, DOI and links", async () => {
    const work = { slug: "fortrolige-fremmede" };
    await db().publication.update({
      where: work,
      data: { institution: { connect: { slug: "hogskolen-i-gjovik" } }, doi: "10.5555/Fortrolige.1" },
    });
    expect(await slugs("Gjøvik")).toContain("fortrolige-fremmede");
    expect(await slugs("https://doi.org/10.5555/fortrolige.1")).toEqual(["fortrolige-fremmede"]);
    await db().publication.update({
      where: work,
      data: {
        doi: null,
        links: { create: { kind: "fulltext", url: "https://hdl.handle.net/11250/99999", label: "Fulltekst" } },
      },
    });
    expect(await slugs("10.5555/fortrolige.1")).toEqual([]);
    expect(await slugs("hdl:11250/99999")).toEqual(["fortrolige-fremmede"]);
    await db().link.deleteMany({ where: { url: "https://hdl.handle.net/11250/99999" } });
    expect(await slugs("hdl:11250/99999")).toEqual([]);
  });

  it("follows an organisation and a project renamed in plain SQL", async () => {
    await db()
      .$executeRaw`UPDATE "Organisation" SET name = 'Høgskolen i Innlandet', "shortName" = 'HINN' WHERE slug = 'hogskolen-i-gjovik'`;
    // (The institution of «Fortrolige fremmede» too, since the test before.)
    expect((await slugs("HINN")).sort()).toEqual(["et-mentalt-treningsstudio", "fortrolige-fremmede"]);
    expect((await slugs("Innlandet")).sort()).toEqual(["et-mentalt-treningsstudio", "fortrolige-fremmede"]);
    await db()
      .$executeRaw`UPDATE "Project" SET title = 'Selvhjelpsprosjektet Kvitfjell' WHERE slug = 'forskning-pa-selvhjelp-og-selvhjelpsgrupper'`;
    expect((await slugs("Kvitfjell")).sort()).toEqual([
      "konkurrerende-kunnskap-syn-om-helse",
      "participants-experiences-of-empowerment-in-self-help-groups",
      "self-help-and-self-help-groups-nordic-context-review",
      "the-construction-of-self-help-management-in-norwegian-health-policy",
    ]);
  });

  it("forgets organisations deleted for good, from the trash or in plain SQL", async () => {
    // A successor (set to null in HiNT), a project's funder and partner (their links deleted), and
    // institutions (set to null in their works), each renamed by a test before.
    await db()
      .$executeRaw`DELETE FROM "Organisation" WHERE slug IN ('nord-universitet', 'extrastiftelsen', 'hogskolen-i-gjovik', 'agderforsk')`;
    for (const q of [
      "Nordland",
      "Extrastiftelsen",
      "Stiftelsen helse og rehabilitering",
      "Innlandet",
      "Agderkunnskap",
    ]) {
      expect(await slugs(q), q).toEqual([]);
    }
    expect(await slugs("HiNT")).toHaveLength(4);
  });
});
