import "server-only";
import { RELATED_WORKS_SHOWN } from "@/lib/publications/related";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { isSlug } from "@/lib/format/slug";

const orgSelect = { slug: true, name: true, shortName: true, status: true, deletedAt: true } as const;

export const publishedProjects = cache(async () =>
  db.project.findMany({
    where: isPublic,
    orderBy: [{ startYear: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      slug: true,
      title: true,
      summary: true,
      startYear: true,
      endYear: true,
      coordinator: { select: orgSelect },
      _count: { select: { publications: { where: isPublic } } },
    },
  }),
);

/** One entry for its public page; with `preview` (an editor in draft mode) drafts too. */
export const publishedProjectBySlug = cache(async (slug: string, preview = false) => {
  if (!isSlug(slug)) return null;
  return db.project.findFirst({
    where: preview ? { slug, deletedAt: null } : { slug, ...isPublic },
    include: {
      coordinator: { select: orgSelect },
      partners: { select: orgSelect },
      funders: { select: { ...orgSelect, formerNames: true } },
      topics: { where: isPublic, select: { slug: true, name: true } },
      members: {
        orderBy: { position: "asc" },
        include: {
          person: { select: { slug: true, givenName: true, familyName: true, status: true, deletedAt: true } },
          affiliations: { orderBy: { position: "asc" }, include: { organisation: { select: orgSelect } } },
        },
      },
      _count: { select: { publications: { where: isPublic } } },
      publications: {
        where: isPublic,
        orderBy: [{ year: { sort: "desc", nulls: "last" } }, { title: "asc" }],
        take: RELATED_WORKS_SHOWN,
        select: { slug: true, title: true, subtitle: true, type: true, year: true, language: true },
      },
      events: { where: isPublic, select: { slug: true, title: true, startsAt: true, timeUnknown: true } },
      links: { orderBy: { position: "asc" } },
    },
  });
});

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof publishedProjectBySlug>>>;

/** What a project's link preview image shows; null when it is not public. */
export const publishedProjectPreview = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.project.findFirst({
    where: { slug, ...isPublic },
    select: { title: true, startYear: true, endYear: true },
  });
});
