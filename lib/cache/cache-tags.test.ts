import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY, ENTITY_TYPES, publicPath } from "@/lib/content/entities";
import { cacheTagHeaders, cacheTagsForUrl, entryTag, LISTS_TAG, SITE_TAG, sharedCacheMayStore } from "./cache-tags.mjs";
import { FrontCache } from "./front-cache.mjs";
import { createFrontServer } from "./front-server.mjs";

describe("cacheTagsForUrl", () => {
  it("names the entry of every detail page, its exports, its calendar file and its API answer", () => {
    expect(cacheTagsForUrl("/publikasjoner/hjelper-selvhjelp")).toEqual(["publikasjon:hjelper-selvhjelp", SITE_TAG]);
    expect(cacheTagsForUrl("/publikasjoner/hjelper-selvhjelp/referanse.bib")).toEqual([
      "publikasjon:hjelper-selvhjelp",
      SITE_TAG,
    ]);
    expect(cacheTagsForUrl("/personer/nora-gotaas?fra=sok")).toEqual(["person:nora-gotaas", SITE_TAG]);
    expect(cacheTagsForUrl("/organisasjoner/nibr")).toEqual(["organisasjon:nibr", SITE_TAG]);
    expect(cacheTagsForUrl("/prosjekter/endringsarbeid")).toEqual(["prosjekt:endringsarbeid", SITE_TAG]);
    expect(cacheTagsForUrl("/arrangementer/disputas-nora-gotaas/kalender.ics")).toEqual([
      "arrangement:disputas-nora-gotaas",
      SITE_TAG,
    ]);
    expect(cacheTagsForUrl("/api/v1/publications/hjelper-selvhjelp")).toEqual([
      "publikasjon:hjelper-selvhjelp",
      SITE_TAG,
    ]);
    expect(cacheTagsForUrl("/api/v1/topics/likepersonsarbeid")).toEqual(["emne:likepersonsarbeid", SITE_TAG]);
    expect(cacheTagsForUrl("/om")).toEqual(["tekstside:om", SITE_TAG]);
  });

  it("uses the type names the save side uses: the tag of an entry's public address is the tag the save purges", () => {
    for (const type of ENTITY_TYPES) {
      const slug = type === "page" ? "om" : "et-eksempel-2";
      const path = publicPath(type, slug);
      if (path) expect(cacheTagsForUrl(path)).toContain(entryTag(ENTITY[type].singular, slug));
    }
    expect(cacheTagsForUrl("/")).toContain(entryTag(ENTITY.page.singular, "forskning"));
  });

  it("marks every list: front page, overviews, searches, list exports, feeds, sitemap, OAI-PMH, API lists", () => {
    for (const url of [
      "/",
      "/publikasjoner",
      "/publikasjoner?q=selvhjelp&side=2",
      "/kunnskapskart",
      "/kunnskapskart?type=rapport&fra=2010",
      "/kunnskapskart/kunnskapskart.csv?til=2015",
      "/publikasjoner/treff.ris?q=selvhjelp",
      "/prosjekter",
      "/arrangementer",
      "/arrangementer/kalender.ics",
      "/feed.xml",
      "/rss.xml",
      "/sitemap.xml",
      "/oai?verb=ListRecords&metadataPrefix=oai_dc",
      "/api/v1/publications?limit=5",
    ])
      expect(cacheTagsForUrl(url), url).toContain(LISTS_TAG);
  });

  it("gives a segment that cannot be a slug the lists' tag instead of an entry tag, and none at all to editors' and built files", () => {
    // Next answers /personer/%2e%2e with the front page (it normalises the dots): purged with the lists.
    for (const url of [
      "/publikasjoner/%00",
      "/publikasjoner/%ff",
      "/personer/%2e%2e",
      "/personer/Nora",
      "/prosjekter/a--b",
      `/personer/${"a".repeat(201)}`,
    ])
      expect(cacheTagsForUrl(url), url).toEqual([LISTS_TAG, SITE_TAG]);
    for (const url of [
      "/_next/static/chunks/app.js",
      "/redaksjon",
      "/redaksjon/publikasjoner",
      "/api/auth/session",
      "/api/health",
      "relative",
    ])
      expect(cacheTagsForUrl(url), url).toEqual([]);
  });
});

describe("cacheTagHeaders", () => {
  it("tags only what a shared cache may keep", () => {
    expect(sharedCacheMayStore("s-maxage=300, stale-while-revalidate=31535700")).toBe(true);
    expect(sharedCacheMayStore("public, max-age=300")).toBe(true);
    for (const value of [
      "private, no-store",
      "no-cache",
      "private, no-cache, no-store, max-age=0, must-revalidate",
      "",
      undefined,
    ])
      expect(sharedCacheMayStore(value), String(value)).toBe(false);
    expect(cacheTagHeaders("/personer/nora-gotaas", { "cache-control": "s-maxage=300" })).toEqual({
      "cache-tag": "person:nora-gotaas,selvhjelp",
      "surrogate-key": "person:nora-gotaas selvhjelp",
    });
    expect(cacheTagHeaders("/publikasjoner?q=x", { "cache-control": "private, no-store" })).toEqual({});
  });
});

describe("the front server", () => {
  let upstream: http.Server;
  let front: http.Server;
  let base: string;
  const listen = (server: http.Server) =>
    new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
    );

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      const control = req.url?.startsWith("/publikasjoner?") ? "private, no-store" : "s-maxage=300";
      res
        .writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "cache-control": control,
          "surrogate-control": "max-age=300",
        })
        .end("<h1>Side</h1>");
    });
    front = createFrontServer(
      new FrontCache(),
      { host: "127.0.0.1", port: await listen(upstream) },
      { publicUrl: "https://forskning.example.no" },
    );
    base = `http://127.0.0.1:${await listen(front)}`;
  });
  afterAll(() => {
    front.close();
    upstream.close();
  });

  it("sends the tags with a page from Next and with the same page from its cache", async () => {
    const first = await fetch(`${base}/prosjekter/endringsarbeid`);
    const second = await fetch(`${base}/prosjekter/endringsarbeid`);
    expect([first.headers.get("x-front-cache"), second.headers.get("x-front-cache")]).toEqual(["MISS", "HIT"]);
    for (const response of [first, second]) {
      expect(response.headers.get("cache-tag")).toBe("prosjekt:endringsarbeid,selvhjelp");
      expect(response.headers.get("surrogate-key")).toBe("prosjekt:endringsarbeid selvhjelp");
    }
  });

  it("sends none with a private answer, or with a visitor's own tag header", async () => {
    const search = await fetch(`${base}/publikasjoner?q=selvhjelp`);
    expect(search.headers.get("cache-tag")).toBeNull();
    expect(search.headers.get("surrogate-key")).toBeNull();
    const forged = await fetch(`${base}/personer/nora-gotaas`, {
      headers: { "cache-tag": "alt", "surrogate-key": "alt" },
    });
    expect(forged.headers.get("cache-tag")).toBe("person:nora-gotaas,selvhjelp");
  });
});
