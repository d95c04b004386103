// Cache tags for a CDN or Varnish in front of the portal: every public response that a shared
// cache may keep names what it is about, in `Cache-Tag` (Cloudflare, comma-separated) and
// `Surrogate-Key` (Fastly, Varnish's xkey, space-separated), and every save sends the tags of
// what it changed to PURGE_URL (lib/cache/purge.ts). The tags:
//
// - `publikasjon:<slug>`, `person:<slug>`, `organisasjon:<slug>`, `prosjekt:<slug>`,
//   `arrangement:<slug>`, `emne:<slug>`, `tekstside:<slug>`: the entry a page, an export, a
//   calendar file or an API answer is about (the type's singular of lib/content/entities.ts).
//   A save purges the entry's tag (before and after a slug change) and the tags of every entry
//   linked to it before and after the save: a work's authors, institution, projects and topics,
//   a person's works, projects and organisation, and so on. So the pages that show the entry
//   (a person's page lists their works) are purged with it, and nothing else.
// - `lister`: everything that lists entries (the front page, overviews, the knowledge map, searches, feeds, the
//   sitemap, OAI-PMH, the API's lists): purged by every save, as any save may add an entry to a
//   list, take one away or change how it reads there.
// - `selvhjelp`: every public response, for purging all of it at once (after a deploy).
//
// The front server (front-server.mjs) adds them from the URL alone, for responses a shared cache
// may store. A URL segment that is no valid slug gets no entry tag, only the lists' tag.
// Plain JavaScript, checked by tsc through its JSDoc types, because the front server runs outside
// the Next.js build.

export const SITE_TAG = "selvhjelp";
export const LISTS_TAG = "lister";

// Public path segments and API segments → the type's singular, which names its tags.
const PAGE_SEGMENTS = {
  publikasjoner: "publikasjon",
  personer: "person",
  organisasjoner: "organisasjon",
  prosjekter: "prosjekt",
  arrangementer: "arrangement",
};
const API_SEGMENTS = {
  publications: "publikasjon",
  persons: "person",
  organisations: "organisasjon",
  projects: "prosjekt",
  events: "arrangement",
  topics: "emne",
};
// Text pages at fixed addresses (publicPath in lib/content/entities.ts).
const TEXT_PAGES = { "/": "forskning", "/om": "om" };
// Never tagged: Next's built files (a year, never purged) and what only editors or machines get.
const UNTAGGED = /^\/(?:_next|redaksjon|api\/auth|api\/health|api\/ulik-versjon)(?:[/?#]|$)/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 200;

/**
 * The tag of one entry: `publikasjon:<slug>`, or null when the slug cannot be one.
 * @param {string} singular the type's singular (ENTITY[type].singular)
 * @param {string} slug
 */
export function entryTag(singular, slug) {
  return SLUG.test(slug) && slug.length <= MAX_SLUG ? `${singular}:${slug}` : null;
}

/**
 * @param {Record<string, string>} map
 * @param {string | undefined} segment
 */
const lookup = (map, segment) => (segment !== undefined && Object.hasOwn(map, segment) ? map[segment] : undefined);

/**
 * The tags of a public URL (path with or without its query), or [] for one that gets none.
 * @param {string} url
 * @returns {string[]}
 */
export function cacheTagsForUrl(url) {
  const path = url.split(/[?#]/, 1)[0] ?? "/";
  if (!path.startsWith("/") || UNTAGGED.test(path)) return [];
  const text = lookup(TEXT_PAGES, path.length > 1 ? path.replace(/\/$/, "") : path);
  if (text) return path === "/" ? [`tekstside:${text}`, LISTS_TAG, SITE_TAG] : [`tekstside:${text}`, SITE_TAG];
  const segments = path.split("/").slice(1);
  // /publikasjoner/<slug>, /publikasjoner/<slug>/referanse.bib, /arrangementer/<slug>/kalender.ics
  const page = lookup(PAGE_SEGMENTS, segments[0]);
  // /api/v1/publications/<slug>
  const api = segments[0] === "api" && segments[1] === "v1" ? lookup(API_SEGMENTS, segments[2]) : undefined;
  const singular = page ?? api;
  const slug = page ? segments[1] : segments[3];
  if (singular && slug !== undefined && slug !== "") {
    const tag = entryTag(singular, slug);
    if (tag) return [tag, SITE_TAG];
  }
  // Lists, a list's files (/publikasjoner/treff.bib, /arrangementer/kalender.ics), and a segment
  // that is no slug: Next may answer `/personer/%2e%2e` with the front page, so it goes with the
  // lists, purged by every save.
  return [LISTS_TAG, SITE_TAG];
}

/**
 * Whether a response may be kept by a shared cache (a CDN): not private, no-store or no-cache.
 * @param {string | string[] | number | undefined} cacheControl
 */
export function sharedCacheMayStore(cacheControl) {
  const value = String(cacheControl ?? "").toLowerCase();
  return value !== "" && !/(?:^|[,\s])(?:private|no-store|no-cache)(?:[,=\s]|$)/.test(value);
}

/**
 * The tag headers for a response to `url` with these headers, or {} when it gets none.
 * @param {string} url
 * @param {Record<string, string | string[] | number | undefined>} headers the response's
 * @returns {{ "cache-tag"?: string; "surrogate-key"?: string }}
 */
export function cacheTagHeaders(url, headers) {
  if (!sharedCacheMayStore(headers["cache-control"])) return {};
  const tags = cacheTagsForUrl(url);
  return tags.length === 0 ? {} : { "cache-tag": tags.join(","), "surrogate-key": tags.join(" ") };
}
