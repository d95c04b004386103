import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { currentEditor } from "@/lib/auth/session";
import { entryMeta } from "@/lib/content/editor-reads/editor-queries";
import { isEntityType, publicPath } from "@/lib/content/entities";

// Editors see a draft exactly as the public page will show it: draft mode makes the public
// pages render fresh and, for a signed-in editor, include drafts.
export async function GET(request: Request) {
  if (!(await currentEditor()))
    return new Response("Du må være logget inn som redaktør for å forhåndsvise.", { status: 401 });
  const params = new URL(request.url).searchParams;
  const type = params.get("type") ?? "";
  const id = params.get("id") ?? "";
  const meta = isEntityType(type) ? await entryMeta(type, id) : null;
  const path = meta && !meta.deletedAt && isEntityType(type) ? publicPath(type, meta.slug) : null;
  if (!path) return new Response("Fant ikke oppføringen som skulle forhåndsvises.", { status: 404 });
  (await draftMode()).enable();
  redirect(path);
}
