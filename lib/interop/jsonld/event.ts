import "server-only";
import type { EventDetail } from "@/lib/events/queries";
import { absoluteUrl } from "../site-url";
import { CONTEXT, compact, type JsonLd } from "./common";
import { dateToOsloIso } from "@/lib/format/oslo-time";

// An event as schema.org: dates in Oslo time, the venue as a Place and the stream as a
// VirtualLocation.

const STATUS = {
  planned: "https://schema.org/EventScheduled",
  held: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
};

function attendanceMode(e: EventDetail): string {
  const onSite = Boolean(e.venueName || e.venue);
  if (onSite && e.online) return "https://schema.org/MixedEventAttendanceMode";
  return e.online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode";
}

function locations(e: EventDetail): JsonLd[] {
  const places: JsonLd[] = [];
  if (e.venueName || e.venue)
    places.push(compact({ "@type": "Place", name: e.venueName ?? e.venue?.name, address: e.venueAddress }));
  const streamUrl = e.streamUrl ?? (e.online ? e.infoUrl : null);
  if (e.online && streamUrl) places.push({ "@type": "VirtualLocation", url: streamUrl });
  return places;
}

export function eventJsonLd(e: EventDetail): JsonLd {
  const url = absoluteUrl(`/arrangementer/${e.slug}`);
  return compact({
    "@context": CONTEXT,
    "@type": "Event",
    "@id": url,
    url,
    name: e.title,
    description: e.summary,
    startDate: e.startsAt ? dateToOsloIso(e.startsAt, e.timeUnknown) : undefined,
    endDate: e.endsAt ? dateToOsloIso(e.endsAt, e.timeUnknown) : undefined,
    eventStatus: STATUS[e.eventStatus],
    eventAttendanceMode: attendanceMode(e),
    location: locations(e),
    sameAs: e.infoUrl,
  });
}
