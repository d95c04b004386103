import "server-only";
import type { EntityType } from "@/lib/content/entities";
import { currentPathOfOldSlug } from "@/lib/content/engine/redirects";
import { previewImagePath } from "./metadata";
import { previewNotFound } from "./preview-image";

/**
 * For a slug no public entry has: like its page, a permanent redirect to the preview image at
 * the entry's new address when the slug is an old one (a link shared before a rename keeps its
 * image), otherwise 404.
 */
export async function previewOfOldSlugOrNotFound(type: EntityType, slug: string): Promise<Response> {
  const path = await currentPathOfOldSlug(type, slug);
  if (!path) return previewNotFound();
  return new Response(null, { status: 308, headers: { Location: previewImagePath(path) } });
}
