import "server-only";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { eventListSelect } from "@/lib/events/queries";
import { personWithPublicPage } from "@/lib/persons/visibility";
import { isSlug } from "@/lib/format/slug";

// The API's list reads (one page at a time) and the topic reads, which no page needs yet.
// Details of the other kinds come from the entity modules the pages use.

export type Paging = { skip: number; take: number };

const orgRef = { select: { slug: true, name: true, shortName: true, status: true, deletedAt: true } } as const;

export async function projectPage({ skip, take }: Paging) {
  const [rows, total] = await Promise.all([
    db.project.findMany({
      where: isPublic,
      orderBy: [{ startYear: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      skip,
      take,
      select: { slug: true, title: true, summary: true, startYear: true, endYear: true, coordinator: orgRef },
    }),
    db.project.count({ where: isPublic }),
  ]);
  return { rows, total };
}

export async function personPage({ skip, take }: Paging) {
  const [rows, total] = await Promise.all([
    db.person.findMany({
      where: personWithPublicPage,
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { id: "asc" }],
      skip,
      take,
      select: { slug: true, givenName: true, familyName: true, affiliation: orgRef },
    }),
    db.person.count({ where: personWithPublicPage }),
  ]);
  return { rows, total };
}

export async function organisationPage({ skip, take }: Paging) {
  const [rows, total] = await Promise.all([
    db.organisation.findMany({
      where: isPublic,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip,
      take,
      select: { slug: true, name: true, shortName: true, formerNames: true, website: true },
    }),
    db.organisation.count({ where: isPublic }),
  ]);
  return { rows, total };
}

export async function eventPage({ skip, take }: Paging) {
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where: isPublic,
      orderBy: [{ startsAt: { sort: "desc", nulls: "first" } }, { id: "asc" }],
      skip,
      take,
      select: eventListSelect,
    }),
    db.event.count({ where: isPublic }),
  ]);
  return { rows, total };
}

const topicSelect = {
  slug: true,
  name: true,
  description: true,
  _count: { select: { publications: { where: isPublic } } },
} as const;

export async function topicPage({ skip, take }: Paging) {
  const [rows, total] = await Promise.all([
    db.topic.findMany({ where: isPublic, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take, select: topicSelect }),
    db.topic.count({ where: isPublic }),
  ]);
  return { rows, total };
}

export async function topicBySlug(slug: string) {
  if (!isSlug(slug)) return null;
  return db.topic.findFirst({
    where: { slug, ...isPublic },
    select: {
      ...topicSelect,
      publications: {
        where: isPublic,
        orderBy: [{ year: { sort: "desc", nulls: "last" } }, { title: "asc" }],
        select: { slug: true, title: true },
      },
      projects: { where: isPublic, orderBy: { title: "asc" }, select: { slug: true, title: true } },
    },
  });
}
