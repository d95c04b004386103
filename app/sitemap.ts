import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/interop/sitemap";

export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries();
}
