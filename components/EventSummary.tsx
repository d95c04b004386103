import Link from "next/link";
import { EVENT_STATUS_LABELS } from "@/lib/content/labels";
import type { EventListItem } from "@/lib/events/queries";
import { formatEventTime } from "@/lib/format/norwegian";

/** An event as a card: when, where, and a link to its page. */
export function EventSummary({ event, headingLevel = 2 }: { event: EventListItem; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const where = [event.venueName, event.online ? "strømmes" : null].filter(Boolean).join(" · ");
  return (
    <article className="rounded-xl border border-line bg-card p-5 sm:p-6">
      <p className="text-sm font-semibold text-clay">
        {formatEventTime(event.startsAt, event.endsAt, event.timeUnknown)}
        {event.eventStatus === "cancelled" && ` · ${EVENT_STATUS_LABELS.cancelled}`}
      </p>
      <Heading className="mt-1 text-xl font-semibold">
        <Link href={`/arrangementer/${event.slug}`}>{event.title}</Link>
      </Heading>
      {where && <p className="mt-1 text-muted">{where}</p>}
      {event.summary && <p className="mt-3">{event.summary}</p>}
    </article>
  );
}
