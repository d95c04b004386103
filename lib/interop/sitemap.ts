import "server-only";
import type { MetadataRoute } from "next";
import { publicPageEntries } from "./public-index";
import { absoluteUrl } from "./site-url";
import { xmlSafe } from "./xml-safe";

// Every public page: the fixed pages and one page per public entry. Next writes these URLs into
// the XML as they are, unescaped: a slug written by SQL with "&" or "<" in it would break the
// document, so each slug is percent-encoded (half a surrogate pair, which cannot be, as U+FFFD,
// as URL parsers do), and the URL passed through xmlSafe like every string of the XML outputs.

const FIXED_PAGES = ["/", "/publikasjoner", "/kunnskapskart", "/prosjekter", "/arrangementer", "/om"];

const SECTIONS = {
  publications: "/publikasjoner",
  projects: "/prosjekter",
  persons: "/personer",
  organisations: "/organisasjoner",
  events: "/arrangementer",
} as const;

export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const entries = await publicPageEntries();
  const detailPages = (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).flatMap((kind) =>
    entries[kind].map((entry) => ({
      url: xmlSafe(absoluteUrl(`${SECTIONS[kind]}/${encodeURIComponent(entry.slug.toWellFormed())}`)),
      lastModified: entry.updatedAt,
    })),
  );
  return [...FIXED_PAGES.map((path) => ({ url: absoluteUrl(path) })), ...detailPages];
}
