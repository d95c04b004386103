import "server-only";
import { RELATED_WORKS_SHOWN } from "@/lib/publications/related";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { isSlug } from "@/lib/format/slug";
import { personWithPublicPage } from "./visibility";

/** One entry for its public page; with `preview` (an editor in draft mode) drafts too. */
export const publishedPersonBySlug = cache(async (slug: string, preview = false) => {
  if (!isSlug(slug)) return null;
  return db.person.findFirst({
    where: preview ? { slug, deletedAt: null } : { slug, ...personWithPublicPage },
    include: {
      affiliation: { select: { slug: true, name: true, shortName: true, status: true, deletedAt: true } },
      _count: { select: { contributions: { where: { publication: isPublic } } } },
      contributions: {
        where: { publication: isPublic },
        orderBy: [{ publication: { year: { sort: "desc", nulls: "last" } } }, { publication: { title: "asc" } }],
        take: RELATED_WORKS_SHOWN,
        select: {
          role: true,
          publication: { select: { slug: true, title: true, subtitle: true, type: true, year: true, language: true } },
        },
      },
      memberships: {
        where: { project: isPublic },
        select: {
          role: true,
          project: { select: { slug: true, title: true, startYear: true, endYear: true } },
          affiliations: {
            orderBy: { position: "asc" },
            select: { note: true, organisation: { select: { slug: true, name: true, shortName: true } } },
          },
        },
      },
      links: { orderBy: { position: "asc" } },
    },
  });
});

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof publishedPersonBySlug>>>;
