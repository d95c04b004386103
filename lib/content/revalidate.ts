import "server-only";
import { revalidatePath } from "next/cache";

// Cached public outputs outside the pages' layout: feeds, sitemap and the event calendar.
const CACHED_ROUTES = ["/feed.xml", "/rss.xml", "/sitemap.xml", "/arrangementer/kalender.ics"];

/**
 * Called by every content write. Any entry can appear on many public pages (a person's
 * name on every work they wrote), so all cached public pages are invalidated at once:
 * revalidatePath on the root layout expires the route-cache tags of every page below it,
 * and the next request renders them fresh; the cached feeds are expired by path. Editors'
 * changes are rare, so this is cheap.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/", "layout");
  for (const path of CACHED_ROUTES) revalidatePath(path);
}
