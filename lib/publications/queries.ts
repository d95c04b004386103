import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { isSlug } from "@/lib/format/slug";
import { publicationRecordInclude } from "./records";

/** One entry for its public page; with `preview` (an editor in draft mode) drafts too. */
export const publishedPublicationBySlug = cache(async (slug: string, preview = false) => {
  if (!isSlug(slug)) return null;
  return db.publication.findFirst({
    where: preview ? { slug, deletedAt: null } : { slug, ...isPublic },
    // A page shows what the exports carry, and the projects' summaries and the related works.
    include: {
      ...publicationRecordInclude,
      projects: { where: isPublic, orderBy: { title: "asc" }, select: { slug: true, title: true, summary: true } },
      related: { where: isPublic, select: { slug: true, title: true, subtitle: true, year: true, language: true } },
      relatedOf: { where: isPublic, select: { slug: true, title: true, subtitle: true, year: true, language: true } },
    },
  });
});

export type PublicationDetail = NonNullable<Awaited<ReturnType<typeof publishedPublicationBySlug>>>;

/** Slugs of all public works, for static generation and the sitemap. */
export const publishedPublicationSlugs = cache(async () =>
  db.publication.findMany({ where: isPublic, select: { slug: true, updatedAt: true } }),
);

/** What a work's link preview image shows; null when it is not public (a draft's title never reaches it). */
export const publishedPublicationPreview = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.publication.findFirst({ where: { slug, ...isPublic }, select: { title: true, type: true, year: true } });
});
