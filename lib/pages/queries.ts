import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";

export const publishedPageBySlug = cache(async (slug: string) => db.page.findFirst({ where: { slug, ...isPublic } }));
