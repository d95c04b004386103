import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { isSlug } from "@/lib/format/slug";

/** What the lists of events show (the public list and the API's). */
export const eventListSelect = {
  slug: true,
  title: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  timeUnknown: true,
  venueName: true,
  online: true,
  eventStatus: true,
} as const;

/**
 * Upcoming events (those from today on, and planned ones whose date is not known yet) and
 * past events, newest first.
 */
export const publishedEvents = cache(async (now: Date) => {
  const startOfToday = new Date(now);
  startOfToday.setUTCHours(0, 0, 0, 0);
  const [upcoming, past] = await Promise.all([
    db.event.findMany({
      where: { ...isPublic, OR: [{ startsAt: { gte: startOfToday } }, { startsAt: null, eventStatus: "planned" }] },
      orderBy: { startsAt: { sort: "asc", nulls: "last" } },
      select: eventListSelect,
    }),
    db.event.findMany({
      where: {
        ...isPublic,
        OR: [{ startsAt: { lt: startOfToday } }, { startsAt: null, eventStatus: { not: "planned" } }],
      },
      orderBy: { startsAt: { sort: "desc", nulls: "last" } },
      select: eventListSelect,
    }),
  ]);
  return { upcoming, past };
});

export type EventListItem = Awaited<ReturnType<typeof publishedEvents>>["upcoming"][number];

/** One entry for its public page; with `preview` (an editor in draft mode) drafts too. */
export const publishedEventBySlug = cache(async (slug: string, preview = false) => {
  if (!isSlug(slug)) return null;
  return db.event.findFirst({
    where: preview ? { slug, deletedAt: null } : { slug, ...isPublic },
    include: {
      venue: { select: { slug: true, name: true, status: true, deletedAt: true } },
      project: { select: { slug: true, title: true, status: true, deletedAt: true } },
      links: { orderBy: { position: "asc" } },
    },
  });
});

export type EventDetail = NonNullable<Awaited<ReturnType<typeof publishedEventBySlug>>>;

/** Every public event with what a calendar needs, for the subscribable calendar and feeds. */
export const publishedCalendarEvents = cache(async () =>
  db.event.findMany({
    where: isPublic,
    orderBy: { startsAt: { sort: "asc", nulls: "last" } },
    // What the lists show, and what a calendar entry adds.
    select: {
      ...eventListSelect,
      venueAddress: true,
      streamUrl: true,
      infoUrl: true,
      createdAt: true,
      updatedAt: true,
    },
  }),
);

/** What an event's link preview image shows; null when it is not public. */
export const publishedEventPreview = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.event.findFirst({
    where: { slug, ...isPublic },
    select: { title: true, startsAt: true, eventStatus: true },
  });
});
