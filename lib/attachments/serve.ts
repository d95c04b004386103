import "server-only";
import { unlessDatabaseAway } from "@/lib/db/availability";
import { ENTRY_ID } from "@/lib/content/engine/entry-id";
import { IMAGE_WIDTHS } from "./images";
import { attachmentFile } from "./queries";

// GET /filer/<id>/<filename>[?bredde=640|1280]: an attachment's bytes, as stored. Public while
// its entry is published and neither it nor the entry is removed; shared caches (the front
// server's, a CDN) may keep it as long as a work's export (max-age=60, and every save empties
// them: the URL carries the lists' tag, lib/cache/cache-tags.mjs). Otherwise 404 for visitors;
// a signed-in editor still gets it, privately (the preview of a draft).

const notFound = () =>
  new Response("Fant ikke filen.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The name in a Content-Disposition header: ASCII as stored (./sniff.ts), quoted. */
const disposition = (fileName: string) => `inline; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`;

export async function serveAttachment(request: Request, id: string): Promise<Response> {
  return unlessDatabaseAway(request, async () => {
    if (!ENTRY_ID.test(id)) return notFound();
    const width = new URL(request.url).searchParams.get("bredde");
    const variant = width && IMAGE_WIDTHS.some((w) => String(w) === width) ? width : width ? null : "original";
    if (!variant) return notFound();
    const file = await attachmentFile(id, variant);
    if (!file) return notFound();
    const etag = `"${file.sha256}"`;
    const headers = {
      "Content-Type": file.mediaType,
      "Content-Disposition": disposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      ETag: etag,
      "Cache-Control": file.isPublic ? "public, max-age=60" : "private, no-store",
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(file.bytes, { headers: { ...headers, "Content-Length": String(file.byteSize) } });
  });
}
