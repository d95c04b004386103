import { serveAttachment } from "@/lib/attachments/serve";

// Read per request: whether the file is public depends on its entry, which editors change.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; name: string }> }) {
  return serveAttachment(request, (await params).id);
}
