import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { isSlug } from "@/lib/format/slug";

export const publishedPageBySlug = cache(async (slug: string) =>
  isSlug(slug) ? db.page.findFirst({ where: { slug, ...isPublic } }) : null,
);
