import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";

// Cached public outputs outside the pages' layout: feeds, sitemap and the event calendar.
const CACHED_ROUTES = ["/feed.xml", "/rss.xml", "/sitemap.xml", "/arrangementer/kalender.ics"];

/**
 * Called by every content write, from server actions (updateTag needs one). Any entry can
 * appear on many public pages (a person's name on every work they wrote), so everything
 * cached is expired at once: the data tagged "publications" (the knowledge map's counts), every
 * page below the root layout by revalidatePath, and the feeds by path. The next request renders
 * them fresh. (The overview's search results are not expired here: they are checked against
 * what the save changed, lib/publications/search-cache.ts.)
 */
export function revalidatePublicPages(): void {
  updateTag("publications");
  revalidatePath("/", "layout");
  for (const path of CACHED_ROUTES) revalidatePath(path);
}

/** The same from a route handler (the attachment upload), where Next allows revalidateTag but not updateTag. */
export function revalidatePublicPagesFromRoute(): void {
  revalidateTag("publications", { expire: 0 });
  revalidatePath("/", "layout");
  for (const path of CACHED_ROUTES) revalidatePath(path);
}
