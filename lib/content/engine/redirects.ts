import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/format/slug";
import { contentModel } from "@/lib/content/engine/adapter";
import { publicPath, type EntityType } from "@/lib/content/entities";
import { isPublic } from "@/lib/content/visibility";

/** The public address of the entry whose old slug this is; null when there is none. */
export async function currentPathOfOldSlug(type: EntityType, slug: string): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const redirect = await db.slugRedirect.findUnique({
    where: { entityType_oldSlug: { entityType: type, oldSlug: slug } },
  });
  if (!redirect) return null;
  const rows = await contentModel(db, type).findMany({
    where: { id: redirect.entityId, ...isPublic },
    select: { slug: true },
  });
  return rows[0] ? publicPath(type, String(rows[0].slug)) : null;
}

/**
 * For a slug no public entry has: a permanent redirect when it is an entry's old address,
 * otherwise the 404 page. Never returns.
 */
export async function redirectOldSlugOrNotFound(type: EntityType, slug: string): Promise<never> {
  const path = await currentPathOfOldSlug(type, slug);
  if (path) permanentRedirect(path);
  notFound();
}
