import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "@/test/seeded-database";

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let queries: typeof import("@/lib/publications/queries");
let highwire: typeof import("./highwire");

beforeAll(async () => {
  database = await createSeededDatabase();
  queries = await import("@/lib/publications/queries");
  highwire = await import("./highwire");
});
afterAll(async () => database?.drop());

const tagsOf = async (slug: string) => highwire.highwireTags((await queries.publishedPublicationBySlug(slug))!);

describe("highwireTags", () => {
  it("describe an article as Zotero's connector reads it", async () => {
    expect(await tagsOf("self-help-and-self-help-groups-nordic-context-review")).toEqual({
      citation_title:
        "Self-help and self-help groups for people with long-lasting health problems or mental health difficulties in a Nordic context: A review",
      citation_author: ["Aglen, B.", "Hedlund, Marianne", "Landstad, Bodil J."],
      citation_publication_date: "2011",
      citation_journal_title: "Scandinavian Journal of Public Health",
      citation_volume: "39",
      citation_issue: "8",
      citation_firstpage: "813",
      citation_lastpage: "822",
      citation_doi: "10.1177/1403494811425603",
      citation_issn: "1403-4948",
      citation_language: "en",
    });
  });

  it("name a thesis's institution and its PDF", async () => {
    expect(await tagsOf("takk-for-tilliten")).toMatchObject({
      citation_author: ["Gotaas, Nora"],
      citation_dissertation_institution: "Sosialantropologisk institutt, Universitetet i Oslo",
      citation_pdf_url: "https://www.sv.uio.no/sai/forskning/aktuelt/arrangementer/disputaser/2020/nora-gotaas.pdf",
    });
  });
});
