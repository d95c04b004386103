import { createEvent, createEvents, type DateArray, type EventAttributes } from "ics";
import { TIME_ZONE } from "@/lib/format/norwegian";

// One event as an iCalendar file, built with the `ics` library. Times are written in UTC,
// which every calendar shows in the reader's own zone; a day without a known time of day
// becomes an all-day event on that day in Oslo.

export type CalendarEvent = {
  slug: string;
  title: string;
  summary: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  timeUnknown: boolean;
  venueName: string | null;
  venueAddress: string | null;
  online: boolean;
  streamUrl: string | null;
  infoUrl: string | null;
  eventStatus: "planned" | "cancelled" | "held";
};

const osloDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

function osloDateArray(date: Date, addDays = 0): DateArray {
  const [y, m, d] = osloDay.format(date).split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + addDays));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

function timing(
  event: CalendarEvent & { startsAt: Date },
): Pick<EventAttributes, "start" | "startInputType" | "startOutputType"> &
  ({ end: DateArray | number } | { duration: { hours: number } }) {
  if (event.timeUnknown)
    return { start: osloDateArray(event.startsAt), end: osloDateArray(event.endsAt ?? event.startsAt, 1) };
  const utc = { startInputType: "utc", startOutputType: "utc" } as const;
  if (event.endsAt) return { ...utc, start: event.startsAt.getTime(), end: event.endsAt.getTime() };
  return { ...utc, start: event.startsAt.getTime(), duration: { hours: 2 } };
}

function eventAttributes(event: CalendarEvent & { startsAt: Date }, siteUrl: string): EventAttributes {
  const pageUrl = `${siteUrl}/arrangementer/${event.slug}`;
  const description = [
    event.summary,
    event.streamUrl ? `Strømming: ${event.streamUrl}` : event.online ? "Arrangementet strømmes." : null,
    event.infoUrl ? `Informasjon: ${event.infoUrl}` : null,
    `Mer på ${pageUrl}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    ...timing(event),
    title: event.title,
    description,
    location:
      [event.venueName, event.venueAddress].filter(Boolean).join(", ") || (event.online ? "Strømmes" : undefined),
    url: pageUrl,
    uid: `${event.slug}@selvhjelp-forskning`,
    status: event.eventStatus === "cancelled" ? "CANCELLED" : "CONFIRMED",
  };
}

const header = { productId: "selvhjelp-forskning/ics", calName: "Selvhjelp Forskning" };

const hasDate = (event: CalendarEvent): event is CalendarEvent & { startsAt: Date } => event.startsAt !== null;

/** The .ics text, or null when the event has no date yet. */
export function eventToIcs(event: CalendarEvent, siteUrl: string): string | null {
  if (!hasDate(event)) return null;
  const { error, value } = createEvent({ ...eventAttributes(event, siteUrl), ...header });
  if (error || !value) throw error ?? new Error("Kunne ikke lage kalenderfilen");
  return value;
}

/** One calendar with every event whose date is known, for subscribing. */
export function eventsToIcs(events: CalendarEvent[], siteUrl: string): string {
  const { error, value } = createEvents(
    events.filter(hasDate).map((event) => eventAttributes(event, siteUrl)),
    header,
  );
  if (error || !value) throw error ?? new Error("Kunne ikke lage kalenderen");
  return value;
}
