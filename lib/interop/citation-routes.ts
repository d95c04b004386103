import "server-only";
import { unlessDatabaseAway } from "@/lib/db/availability";
import { EXPORT_FORMATS, exportWorks, type ExportFormat } from "@/lib/citation/exports";
import { citableWork } from "@/lib/publications/citation";
import { publicationRecordBySlug, publicationRecordsByIds } from "@/lib/publications/records";
import { inExportTurn } from "./export-gate";
import { allOverviewIds, readOverviewParams, searchParamsToRecord } from "./overview";

// Route handlers for "Last ned som BibTeX/RIS/CSL-JSON" (one work) and "Last ned treff"
// (every work of a filtered overview).

/** More than any reference manager wants in one file; the overview has far fewer works today. */
export const MAX_EXPORTED_WORKS = 2_000;

// One work's file is public like its page (the front cache and a CDN keep it, tagged with the
// work, until a save empties them); a filtered overview's file is a search, kept by no one.
const SHARED = { "Cache-Control": "public, max-age=60" };

function fileResponse(body: string, format: ExportFormat, name: string, cache: Record<string, string> = {}): Response {
  const { contentType, extension } = EXPORT_FORMATS[format];
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${name}.${extension}"`,
      "Access-Control-Allow-Origin": "*",
      ...cache,
    },
  });
}

export function workExportRoute(format: ExportFormat) {
  return async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
    return unlessDatabaseAway(request, async () => {
      const { slug } = await params;
      const record = await publicationRecordBySlug(slug);
      if (!record)
        return new Response("Fant ikke publikasjonen.", {
          status: 404,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        });
      return fileResponse(exportWorks([citableWork(record)], format), format, record.slug, SHARED);
    });
  };
}

export function overviewExportRoute(format: ExportFormat) {
  return async function GET(request: Request): Promise<Response> {
    return unlessDatabaseAway(request, async () => {
      const { filters } = readOverviewParams(searchParamsToRecord(new URL(request.url).searchParams));
      const body = inExportTurn(async () => {
        const { ids } = await allOverviewIds(filters, MAX_EXPORTED_WORKS);
        const records = await publicationRecordsByIds(ids);
        return exportWorks(records.map(citableWork), format);
      });
      if (body === null) return busy();
      return fileResponse(await body, format, "publikasjoner");
    });
  };
}

/** Too many files of search results are being made at once (export-gate.ts). */
function busy(): Response {
  return new Response("Mange laster ned treff akkurat nå. Prøv igjen om et halvt minutt.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
  });
}
