import "server-only";
import { RELATED_WORKS_SHOWN } from "@/lib/publications/related";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { personWithPublicPage } from "@/lib/persons/visibility";
import { isSlug } from "@/lib/format/slug";

const orgLink = { where: isPublic, select: { slug: true, name: true, shortName: true } } as const;

/** One entry for its public page; with `preview` (an editor in draft mode) drafts too. */
export const publishedOrganisationBySlug = cache(async (slug: string, preview = false) => {
  if (!isSlug(slug)) return null;
  return db.organisation.findFirst({
    where: preview ? { slug, deletedAt: null } : { slug, ...isPublic },
    include: {
      parent: orgLink,
      children: { ...orgLink, orderBy: { name: "asc" } },
      successor: orgLink,
      predecessors: { ...orgLink, orderBy: { name: "asc" } },
      people: {
        where: personWithPublicPage,
        orderBy: { familyName: "asc" },
        select: { slug: true, givenName: true, familyName: true },
      },
      coordinatedProjects: { where: isPublic, select: { slug: true, title: true } },
      partnerInProjects: { where: isPublic, select: { slug: true, title: true } },
      fundedProjects: { where: isPublic, select: { slug: true, title: true } },
      memberAffiliations: {
        where: { member: { project: isPublic, person: isPublic } },
        select: {
          note: true,
          member: {
            select: {
              person: { select: { slug: true, givenName: true, familyName: true } },
              project: { select: { slug: true, title: true } },
            },
          },
        },
      },
      _count: { select: { publications: { where: isPublic } } },
      publications: {
        where: isPublic,
        orderBy: [{ year: { sort: "desc", nulls: "last" } }, { title: "asc" }],
        take: RELATED_WORKS_SHOWN,
        select: { slug: true, title: true, year: true, language: true },
      },
      events: { where: isPublic, select: { slug: true, title: true } },
      links: { orderBy: { position: "asc" } },
    },
  });
});

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof publishedOrganisationBySlug>>>;
