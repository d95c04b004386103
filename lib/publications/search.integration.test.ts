import { describe, expect, it } from "vitest";
import { seededOverview } from "@/test/seeded-overview";

// Relevance on the real content: the searches a student or researcher types.

const context = seededOverview();

const search = (q: string, filters: Partial<Parameters<typeof import("./overview").searchPublications>[0]> = {}) =>
  context.overview.searchPublications({ q, page: 1, ...filters });
const slugs = async (q: string) => (await search(q)).items.map((item) => item.slug);

describe("Norwegian full-text search", () => {
  it("finds inflected forms: «selvhjelpsgruppene» finds works on selvhjelpsgrupper, title matches first", async () => {
    const { items } = await search("selvhjelpsgruppene");
    expect(items.map((i) => i.slug)).toEqual(
      expect.arrayContaining(["etablering-og-igangsetting-av-selvhjelpsgrupper", "endringsarbeid-i-selvhjelpsgrupper"]),
    );
    expect(items.slice(0, 3).every((i) => /selvhjelpsgrupp/i.test(`${i.title} ${i.subtitle ?? ""}`))).toBe(true);
  });

  it("tolerates typos in words and names: «selvhjelpsgrupe», «Gotas»", async () => {
    expect(await slugs("selvhjelpsgrupe")).toContain("etablering-og-igangsetting-av-selvhjelpsgrupper");
    const gotas = await search("Gotas");
    expect(
      gotas.items
        .slice(0, 2)
        .map((i) => i.slug)
        .sort(),
    ).toEqual(["etablering-og-igangsetting-av-selvhjelpsgrupper", "takk-for-tilliten"]);
    expect(gotas.items[0]?.highlight?.persons).toEqual(["nora-gotaas"]);
  });

  it("finds authors and editors by surname", async () => {
    expect((await slugs("Brottveit")).sort()).toEqual([
      "endringsarbeid-i-selvhjelpsgrupper",
      "fortrolige-fremmede",
      "samarbeid-om-selvhjelp",
      "selvhjelpsgrupper-og-behandlingsgruppers-tilnaerming-til-personlig-endring",
    ]);
    expect((await slugs("hedlund landstad")).sort()).toEqual([
      "participants-experiences-of-empowerment-in-self-help-groups",
      "self-help-and-self-help-groups-nordic-context-review",
      "the-construction-of-self-help-management-in-norwegian-health-policy",
    ]);
  });

  it("keeps æ, ø and å as letters of their own", async () => {
    expect(await slugs("Ånund")).toContain("fortrolige-fremmede");
    expect(await slugs("pårørende")).toEqual(["hjelper-selvhjelp"]);
    expect(await slugs("tilnærming")).toEqual([
      "selvhjelpsgrupper-og-behandlingsgruppers-tilnaerming-til-personlig-endring",
    ]);
    // "anund" is another word; the visitor is offered the right spelling instead.
    const anund = await search("anund");
    expect(anund.total).toBe(0);
    expect(anund.suggestions.didYouMean).toMatchObject({ q: "ånund" });
  });

  it("finds English titles", async () => {
    expect((await slugs("empowerment"))[0]).toBe("participants-experiences-of-empowerment-in-self-help-groups");
    expect(await slugs("breast cancer")).toEqual(["keeping-up-with-the-new-health-care-user"]);
    expect((await slugs("health policy"))[0]).toBe(
      "the-construction-of-self-help-management-in-norwegian-health-policy",
    );
  });

  it("matches the word being typed as a prefix", async () => {
    expect(await slugs("treningsst")).toEqual(["et-mentalt-treningsstudio"]);
    expect(await slugs("mentalt tren")).toEqual(["et-mentalt-treningsstudio"]);
    expect((await search("selvhj")).total).toBeGreaterThan(5);
  });

  it("ranks a title match above a match in topics or the abstract", async () => {
    // «helse» is in the title of one work, and only in a topic («Psykisk helse») of the other.
    const order = await slugs("helse");
    expect(order.indexOf("konkurrerende-kunnskap-syn-om-helse")).toBeLessThan(order.indexOf("hjelper-selvhjelp"));
    expect(order.indexOf("hjelper-selvhjelp")).toBeGreaterThan(-1);
  });

  it("marks the matched words in titles", async () => {
    const { items } = await search("selvhjelpsgruppene");
    const work = items.find((i) => i.slug === "etablering-og-igangsetting-av-selvhjelpsgrupper");
    expect(work?.highlight?.title).toEqual([
      { text: "Etablering og igangsetting av ", match: false },
      { text: "selvhjelpsgrupper", match: true },
    ]);
  });

  it("combines search text with filters", async () => {
    const result = await search("selvhjelp", { type: "doktorgradsavhandling", yearFrom: 2010, yearTo: 2020 });
    expect(result.items.map((i) => i.slug)).toEqual(["takk-for-tilliten"]);
    expect(result.facets.types.find((t) => t.value === "rapport")?.count).toBeGreaterThan(0);
  });

  it("suggests dropping a filter when nothing matches", async () => {
    const result = await search("Gotaas", { type: "bok" });
    expect(result.total).toBe(0);
    expect(result.suggestions.without).toContainEqual({ filter: "type", total: 3 });
  });

  it("treats a search of only common words as no search", async () => {
    const result = await search("og i på");
    expect(result.total).toBe(15);
    expect(result.notices).toHaveLength(1);
  });
});
