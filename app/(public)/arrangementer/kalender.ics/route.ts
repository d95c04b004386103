import { env } from "@/lib/env";
import { eventsToIcs } from "@/lib/events/ics";
import { publishedCalendarEvents } from "@/lib/events/queries";

// Every event with a known date, as one calendar to subscribe to.
export const revalidate = 300;

export async function GET() {
  return new Response(eventsToIcs(await publishedCalendarEvents(), env.SITE_URL), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="selvhjelp-forskning.ics"',
    },
  });
}
