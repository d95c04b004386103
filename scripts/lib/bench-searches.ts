import pg from "pg";
import { overviewHref } from "../../lib/publications/filters";
import type { OverviewFilters } from "../../lib/publications/overview";

type Search = { name: string; path: string };

/**
 * The 20 searches of `npm run bench`: common and rare words, two-letter prefixes, typos, with and
 * without filters; a work's page that was not prerendered (the last synthetic work); and pages to
 * warm the server up with; and a first-time search that ten visitors make at the same moment.
 */
export async function benchSearches(databaseUrl: string): Promise<{ searches: Search[]; detailPath: string; warmupPaths: string[]; coldBurstPath: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query<{ slug: string }>(sql)).rows[0]?.slug ?? "";
    const busiest = (table: string, column: string) =>
      one(`SELECT e.slug FROM "${table}" e JOIN "Publication" p ON e.id = ANY (p."${column}") GROUP BY e.slug ORDER BY count(*) DESC, e.slug LIMIT 1`);
    const person = await busiest("Person", "personIds");
    const project = await busiest("Project", "projectIds");
    const works = (
      await client.query<{ slug: string }>(
        `SELECT slug FROM "Publication" WHERE status = 'published' AND "deletedAt" IS NULL ORDER BY "createdAt" DESC, id DESC LIMIT 2`,
      )
    ).rows.map((row) => row.slug);
    const search = (name: string, filters: Omit<OverviewFilters, "page">): Search => ({ name, path: overviewHref({ ...filters, page: 1 }) });
    return {
      detailPath: `/publikasjoner/${works[0]}`,
      // Other pages of the same kinds, to warm the server up without touching the measured ones.
      warmupPaths: ["/om", "/prosjekter", "/arrangementer", `/publikasjoner/${works[1]}`, "/publikasjoner?q=oppvarming&type=bok"],
      // A common word that no other measurement searches for.
      coldBurstPath: overviewHref({ q: "helse", page: 1 }),
      searches: [
        search("common: selvhjelp", { q: "selvhjelp" }),
        search("common: mestring", { q: "mestring" }),
        search("common: psykisk helse", { q: "psykisk helse" }),
        search("common: peer support", { q: "peer support" }),
        search("rare: Gotaas", { q: "Gotaas" }),
        search("rare: treningsstudio", { q: "treningsstudio" }),
        search("rare: Sandaunet", { q: "Sandaunet" }),
        search("prefix: se", { q: "se" }),
        search("prefix: mø", { q: "mø" }),
        search("prefix: ån", { q: "ån" }),
        search("prefix: ps", { q: "ps" }),
        search("typo: selvhjelpsgrupe", { q: "selvhjelpsgrupe" }),
        search("typo: Gotas", { q: "Gotas" }),
        search("typo: likepersonsabeid", { q: "likepersonsabeid" }),
        search("typo: Ødegard", { q: "Ødegard" }),
        search("facets: doctoral, 2010-2020, e-helse", { q: "selvhjelp", type: "doktorgradsavhandling", yearFrom: 2010, yearTo: 2020, topic: "e-helse" }),
        search("facets: recovery, English, newest", { q: "recovery", language: "en", sort: "nyeste" }),
        search("facets: reports 2000-2009, no text", { type: "rapport", yearFrom: 2000, yearTo: 2009 }),
        search("facets: busiest person", { person }),
        search("facets: fellesskap in a project", { q: "fellesskap", project }),
      ],
    };
  } finally {
    await client.end();
  }
}
