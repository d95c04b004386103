import { unlessDatabaseAway } from "@/lib/db/availability";
import { sitemapPart, SITEMAP_HEADERS } from "@/lib/interop/sitemap";

// Read per request, kept by the front server (Surrogate-Control in next.config.ts) until a save.
export const dynamic = "force-dynamic";

/** /sitemap/1.xml, /sitemap/2.xml …: the parts that /sitemap.xml names when it is an index. */
export async function GET(request: Request, { params }: { params: Promise<{ part: string }> }): Promise<Response> {
  return unlessDatabaseAway(request, async () => {
    const match = /^([1-9][0-9]{0,5})\.xml$/.exec((await params).part);
    const body = match ? await sitemapPart(Number(match[1])) : null;
    if (body === null)
      return new Response("Denne delen av nettstedskartet finnes ikke.", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    return new Response(body, { headers: { ...SITEMAP_HEADERS, "Cache-Control": "private, no-store" } });
  });
}
