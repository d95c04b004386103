import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { isSlug } from "@/lib/format/slug";
import { PUBLIC_PDFS } from "@/lib/attachments/owners";

const personSelect = {
  slug: true,
  givenName: true,
  familyName: true,
  orcid: true,
  status: true,
  deletedAt: true,
} as const;

/** One published work with everything its page shows; null when it is not public. */
/** One entry for its public page; with `preview` (an editor in draft mode) drafts too. */
export const publishedPublicationBySlug = cache(async (slug: string, preview = false) => {
  if (!isSlug(slug)) return null;
  return db.publication.findFirst({
    where: preview ? { slug, deletedAt: null } : { slug, ...isPublic },
    include: {
      contributors: { orderBy: [{ role: "asc" }, { position: "asc" }], include: { person: { select: personSelect } } },
      institution: {
        select: {
          slug: true,
          name: true,
          shortName: true,
          status: true,
          deletedAt: true,
          parent: { select: { name: true } },
        },
      },
      topics: { where: isPublic, orderBy: { name: "asc" }, select: { slug: true, name: true } },
      projects: { where: isPublic, orderBy: { title: "asc" }, select: { slug: true, title: true, summary: true } },
      links: { orderBy: { position: "asc" } },
      attachments: PUBLIC_PDFS,
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
