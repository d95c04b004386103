import { sitemapDocument, SITEMAP_HEADERS } from "@/lib/interop/sitemap";

export const revalidate = 300;

export async function GET() {
  return new Response(await sitemapDocument(), { headers: SITEMAP_HEADERS });
}
