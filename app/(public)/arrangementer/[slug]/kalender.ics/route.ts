import { env } from "@/lib/env";
import { publishedEventBySlug } from "@/lib/events/queries";
import { eventToIcs } from "@/lib/events/ics";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const event = await publishedEventBySlug((await params).slug);
  if (!event)
    return new Response("Fant ikke arrangementet.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const ics = eventToIcs(event, env.SITE_URL);
  if (!ics) {
    return new Response("Datoen for arrangementet er ikke kjent ennå, så det finnes ingen kalenderfil.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${event.slug}.ics"`,
      // Public like the event's page: kept by the front cache and a CDN until a save empties them.
      "Cache-Control": "public, max-age=60",
    },
  });
}
