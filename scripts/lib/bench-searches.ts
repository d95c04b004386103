import pg from "pg";
import { overviewHref } from "../../lib/publications/filters";
import type { OverviewFilters } from "../../lib/publications/overview";

type Search = { name: string; path: string };
/** A page type a visitor can reach, by one page of it; `name` also names its static copy. */
export type PageType = Search & { file: string };

/**
 * What `npm run bench` measures: one page of every page type a visitor can reach (`pages`, the
 * HTML ones, and `otherPages`, the rest; the busiest person, project and organisation, a work that
 * was not prerendered: the last synthetic one); the 20 searches: common and rare words, two-letter prefixes, typos, with and without filters; pages
 * to warm the server up with; and a first-time search that ten visitors make at the same moment.
 */
export async function benchSearches(databaseUrl: string): Promise<{
  pages: PageType[];
  otherPages: PageType[];
  searches: Search[];
  warmupPaths: string[];
  coldBurstPath: string;
}> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query<{ slug: string }>(sql)).rows[0]?.slug ?? "";
    const busiest = (table: string, column: string) =>
      one(
        `SELECT e.slug FROM "${table}" e JOIN "Publication" p ON e.id = ANY (p."${column}") GROUP BY e.slug ORDER BY count(*) DESC, e.slug LIMIT 1`,
      );
    const person = await busiest("Person", "personIds");
    const project = await busiest("Project", "projectIds");
    const published = (table: string) => `FROM "${table}" WHERE status = 'published' AND "deletedAt" IS NULL`;
    const works = (
      await client.query<{ slug: string }>(
        `SELECT slug ${published("Publication")} ORDER BY "createdAt" DESC, id DESC LIMIT 2`,
      )
    ).rows.map((row) => row.slug);
    const organisation = await one(
      `SELECT o.slug FROM "Organisation" o WHERE o.status = 'published' AND o."deletedAt" IS NULL
       ORDER BY (SELECT count(*) FROM "Person" p WHERE p."affiliationId" = o.id) DESC, o.slug LIMIT 1`,
    );
    const event = await one(`SELECT slug ${published("Event")} ORDER BY "startsAt" DESC NULLS LAST, slug LIMIT 1`);
    const search = (name: string, filters: Omit<OverviewFilters, "page">): Search => ({
      name,
      path: overviewHref({ ...filters, page: 1 }),
    });
    return {
      pages: [
        { name: "/", file: "front", path: "/" },
        { name: "/publikasjoner", file: "overview", path: "/publikasjoner" },
        { name: "a work's page", file: "work", path: `/publikasjoner/${works[0]}` },
        { name: "/prosjekter", file: "projects", path: "/prosjekter" },
        { name: "a project's page", file: "project", path: `/prosjekter/${project}` },
        { name: "a person's page", file: "person", path: `/personer/${person}` },
        { name: "an organisation's page", file: "organisation", path: `/organisasjoner/${organisation}` },
        { name: "/arrangementer", file: "events", path: "/arrangementer" },
        { name: "an event's page", file: "event", path: `/arrangementer/${event}` },
        { name: "/om", file: "about", path: "/om" },
        { name: "/kunnskapskart", file: "map", path: "/kunnskapskart" },
      ],
      // What is not HTML: feeds, the sitemap, OAI-PMH, the JSON API, the exports and share images.
      otherPages: [
        { name: "/feed.xml", file: "feed", path: "/feed.xml" },
        { name: "/sitemap.xml", file: "sitemap", path: "/sitemap.xml" },
        { name: "OAI-PMH: ListRecords", file: "oai", path: "/oai?verb=ListRecords&metadataPrefix=oai_dc" },
        { name: "API: publications", file: "api-publications", path: "/api/v1/publications" },
        { name: "API: a work", file: "api-work", path: `/api/v1/publications/${works[0]}` },
        { name: "API: topics", file: "api-topics", path: "/api/v1/topics" },
        { name: "a work's reference (RIS)", file: "work-ris", path: `/publikasjoner/${works[0]}/referanse.ris` },
        { name: "search results (BibTeX)", file: "results-bib", path: "/publikasjoner/treff.bib?q=selvhjelp" },
        { name: "the events' calendar", file: "calendar", path: "/arrangementer/kalender.ics" },
        { name: "the map's table (CSV)", file: "map-csv", path: "/kunnskapskart/kunnskapskart.csv" },
        { name: "a work's share image", file: "work-image", path: `/publikasjoner/${works[0]}/delingsbilde.png` },
      ],
      // Other pages of the same kinds, to warm the server up without touching the measured ones.
      warmupPaths: [
        `/publikasjoner/${works[1]}`,
        "/publikasjoner?q=oppvarming&type=bok",
        // A common word (above the line), which no measurement searches for.
        "/publikasjoner?q=livskvalitet",
        "/rss.xml",
        "/api/v1/publications?side=2",
      ],
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
        search("facets: doctoral, 2010-2020, e-helse", {
          q: "selvhjelp",
          type: "doktorgradsavhandling",
          yearFrom: 2010,
          yearTo: 2020,
          topic: "e-helse",
        }),
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

/** The nearest-rank percentile of the values (the 95th of 20: the 19th smallest). */
const nearestRank = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(share * values.length) - 1)] ?? NaN;

/**
 * The search targets of issue 12 from the measured rows: the p95 of the first (cold) request over
 * all searches (< 100 ms), over the rare words and names (< 50 ms), and the worst p95 of the
 * repeated ones (< 20 ms).
 */
export function searchSummary(rows: { name: string; coldMs: number | null; p95: number }[]) {
  const cold = (list: typeof rows) =>
    nearestRank(
      list.map((row) => row.coldMs ?? NaN),
      0.95,
    );
  const rare = rows.filter((row) => row.name.startsWith("rare:"));
  return {
    coldP95Ms: cold(rows),
    rareColdP95Ms: cold(rare),
    repeatedWorstP95Ms: Math.max(...rows.map((row) => row.p95)),
  };
}

/**
 * A save of one work, as another instance of the portal makes it: the work written (its `updatedAt`),
 * and the tags a save expires announced over PostgreSQL's NOTIFY (lib/cache/expiry-channel.mjs);
 * then the first request of a search measured before. `shown`: a work the search finds (which
 * must count it afresh, lib/publications/search-cache.ts), else one it does not.
 */
export async function firstSearchAfterSave(
  databaseUrl: string,
  url: string,
  { word, shown }: { word: string; shown: boolean },
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `UPDATE "Publication" SET "updatedAt" = now()
        WHERE id = (SELECT id FROM "Publication" WHERE status = 'published' AND "deletedAt" IS NULL
                       AND ("searchVector" @@ to_tsquery('norwegian', $1 || ':*')) = $2 ORDER BY id LIMIT 1)`,
      [word, shown],
    );
    const tags = ["publications", "_N_T_/layout"];
    await client.query("SELECT pg_notify('page_cache_expired', $1)", [JSON.stringify({ from: "bench", tags })]);
  } finally {
    await client.end();
  }
  // The server processes are told within milliseconds; a second is ample.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return Math.round((performance.now() - started) * 10) / 10;
}
