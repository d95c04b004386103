import { EVENT_STATUS_LABELS } from "@/lib/content/labels";
import { publishedEventPreview } from "@/lib/events/queries";
import { formatDate } from "@/lib/format/norwegian";
import { previewImage } from "@/lib/sharing/preview-image";
import { previewOfOldSlugOrNotFound } from "@/lib/sharing/preview-redirect";
import { previewKicker } from "@/lib/sharing/preview-text";

// Like the event's page: rendered on its first visit, then kept in Next's page cache until a save.
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const event = await publishedEventPreview(slug);
  if (!event) return previewOfOldSlugOrNotFound("event", slug);
  // The day (in Oslo time) rather than the year alone: the day is what a shared event is about.
  const kicker = previewKicker("Arrangement", event.startsAt && formatDate(event.startsAt));
  return previewImage({
    kicker: event.eventStatus === "cancelled" ? `${kicker} · ${EVENT_STATUS_LABELS.cancelled}` : kicker,
    title: event.title,
  });
}
