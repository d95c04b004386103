import "server-only";
import type { MetadataRoute } from "next";
import { publicPageEntries } from "./public-index";
import { absoluteUrl } from "./site-url";

// Every public page: the fixed pages and one page per public entry.

const FIXED_PAGES = ["/", "/publikasjoner", "/prosjekter", "/arrangementer", "/om"];

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
    entries[kind].map((entry) => ({ url: absoluteUrl(`${SECTIONS[kind]}/${entry.slug}`), lastModified: entry.updatedAt })),
  );
  return [...FIXED_PAGES.map((path) => ({ url: absoluteUrl(path) })), ...detailPages];
}
