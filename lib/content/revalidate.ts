import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Called by every content write. Any entry can appear on many public pages (a person's
 * name on every work they wrote), so all cached public pages are invalidated at once:
 * revalidatePath on the root layout expires the route-cache tags of every page below it,
 * and the next request renders them fresh. Editors' changes are rare, so this is cheap.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/", "layout");
}
