import "server-only";
import { create } from "xmlbuilder2";
import { publicPageEntries } from "./public-index";
import { absoluteUrl } from "./site-url";
import { xmlSafe } from "./xml-safe";

// Every public page: the fixed pages and one page per public entry, at /sitemap.xml. A sitemap
// may hold at most 50,000 URLs (sitemaps.org; search engines refuse a longer one), and at 100,000
// works the portal has more than twice as many (16.7 MB in one file, measured). So above
// SITEMAP_MAX_URLS, /sitemap.xml is a sitemap index of /sitemap/1.xml, /sitemap/2.xml …, each of
// at most SITEMAP_MAX_URLS: 10,000 URLs are about 1.4 MB, which the front cache keeps (4 MB at most). Each slug is percent-encoded (half a surrogate pair,
// which cannot be, as U+FFFD, as URL parsers do) and every value passes through xmlSafe before
// xmlbuilder2 escapes it, like every string of the XML outputs.

export const SITEMAP_MAX_URLS = 10_000;
const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

const FIXED_PAGES = ["/", "/publikasjoner", "/kunnskapskart", "/prosjekter", "/arrangementer", "/om"];

const SECTIONS = {
  publications: "/publikasjoner",
  projects: "/prosjekter",
  persons: "/personer",
  organisations: "/organisasjoner",
  events: "/arrangementer",
} as const;

export type SitemapEntry = { url: string; lastModified?: Date };

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const entries = await publicPageEntries();
  const detailPages = (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).flatMap((kind) =>
    entries[kind].map((entry) => ({
      url: absoluteUrl(`${SECTIONS[kind]}/${encodeURIComponent(entry.slug.toWellFormed())}`),
      lastModified: entry.updatedAt,
    })),
  );
  return [...FIXED_PAGES.map((path) => ({ url: absoluteUrl(path) })), ...detailPages];
}

/** /sitemap.xml: every URL when they fit in one sitemap, else the index of the parts. */
export async function sitemapDocument(maxUrls = SITEMAP_MAX_URLS): Promise<string> {
  const entries = await sitemapEntries();
  if (entries.length <= maxUrls) return urlset(entries);
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const index = doc.ele(NS, "sitemapindex");
  for (let part = 1; (part - 1) * maxUrls < entries.length; part++) {
    const sitemap = index.ele("sitemap");
    sitemap.ele("loc").txt(xmlSafe(absoluteUrl(`/sitemap/${part}.xml`)));
    const newest = latest(entries.slice((part - 1) * maxUrls, part * maxUrls));
    if (newest) sitemap.ele("lastmod").txt(newest.toISOString());
  }
  return doc.end({ prettyPrint: true });
}

/** /sitemap/<part>.xml (from 1), or null for a part the index does not name. */
export async function sitemapPart(part: number, maxUrls = SITEMAP_MAX_URLS): Promise<string | null> {
  const entries = await sitemapEntries();
  if (!Number.isSafeInteger(part) || part < 1 || entries.length <= maxUrls) return null;
  const slice = entries.slice((part - 1) * maxUrls, part * maxUrls);
  return slice.length > 0 ? urlset(slice) : null;
}

function urlset(entries: SitemapEntry[]): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele(NS, "urlset");
  for (const entry of entries) {
    const url = root.ele("url");
    url.ele("loc").txt(xmlSafe(entry.url));
    if (entry.lastModified) url.ele("lastmod").txt(entry.lastModified.toISOString());
  }
  return doc.end({ prettyPrint: true });
}

function latest(entries: SitemapEntry[]): Date | undefined {
  let newest: Date | undefined;
  for (const { lastModified } of entries) if (lastModified && (!newest || lastModified > newest)) newest = lastModified;
  return newest;
}

export const SITEMAP_HEADERS = { "Content-Type": "application/xml; charset=utf-8" };
