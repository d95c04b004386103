import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { personWithPublicPage } from "@/lib/persons/visibility";

// The slug and last change of every public entry with a page of its own: the sitemap's list.

const select = { slug: true, updatedAt: true } as const;

export const publicPageEntries = cache(async () => {
  const [publications, projects, persons, organisations, events] = await Promise.all([
    db.publication.findMany({ where: isPublic, select, orderBy: { slug: "asc" } }),
    db.project.findMany({ where: isPublic, select, orderBy: { slug: "asc" } }),
    db.person.findMany({ where: personWithPublicPage, select, orderBy: { slug: "asc" } }),
    db.organisation.findMany({ where: isPublic, select, orderBy: { slug: "asc" } }),
    db.event.findMany({ where: isPublic, select, orderBy: { slug: "asc" } }),
  ]);
  return { publications, projects, persons, organisations, events };
});
