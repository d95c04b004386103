import { unlessDatabaseAway } from "@/lib/db/availability";
import { searchParamsToRecord } from "@/lib/interop/overview";
import { knowledgeMapCsv } from "@/lib/knowledge-map/map";
import { parseMapParams } from "@/lib/knowledge-map/params";
import { knowledgeMapData } from "@/lib/knowledge-map/queries";

/** The knowledge map's table as CSV, for the same type and years as the page. */
export async function GET(request: Request): Promise<Response> {
  return unlessDatabaseAway(request, async () => {
    const { filters } = parseMapParams(searchParamsToRecord(new URL(request.url).searchParams));
    const { map } = await knowledgeMapData(filters);
    return new Response(knowledgeMapCsv(map), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": 'attachment; filename="kunnskapskart.csv"',
        // Like the map itself: the front server keeps it (Surrogate-Control in next.config.ts), browsers do not.
        "Cache-Control": "private, no-store",
      },
    });
  });
}
