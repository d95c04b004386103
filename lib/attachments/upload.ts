import "server-only";
import { z } from "zod";
import { currentEditor } from "@/lib/auth/session";
import { tagsBeforeChange } from "@/lib/cache/purge";
import { editorAction } from "@/lib/content/engine/action-client";
import { adminPath } from "@/lib/content/entities";
import { ENTRY_ID } from "@/lib/content/engine/entry-id";
import { ATTACHMENT_OWNER_TYPES } from "./owners";
import { ATTACHMENT_NOTICES, noticeFor, type AttachmentNotice } from "./notices";
import { addAttachment } from "./store";
import { isSameOrigin, readUploadForm } from "./upload-request";

// POST /redaksjon/vedlegg?type=publication&id=…: the «Vedlegg» block's upload form, a plain
// multipart form (it works without JavaScript). It answers with a redirect back to the entry's
// editor page, carrying the outcome as a code (./notices.ts). Checked in order: the site the
// form came from, the session (before the body is read, so no one without one can make the
// server take in 50 MB), the size while the body streams in, then the action client as for
// every editor action: the input's shape, the session and role again, the content's type
// (./store.ts), the audit entry, and the public pages' and a CDN's expiry.

const upload = editorAction({
  name: "attachment-add",
  role: "editor",
  fromRoute: true,
  args: (input: unknown) => input,
  schema: z.object({
    owner: z.object({ type: z.enum(ATTACHMENT_OWNER_TYPES), id: z.string().regex(ENTRY_ID) }),
    role: z.enum(["fulltext", "summary"]).catch("fulltext"),
    title: z.string().max(300),
    altText: z.string().max(1000),
    fileName: z.string().max(1000),
    bytes: z.instanceof(Uint8Array),
  }),
  refused: () => ({ ok: false, message: ATTACHMENT_NOTICES.skjema }),
  messages: { failed: ATTACHMENT_NOTICES.feil },
  changes: {
    before: ({ owner }) => tagsBeforeChange(owner.type, owner.id),
    after: ({ owner }) => [owner],
  },
  run: (input, { editor }) => addAttachment(input, editor),
});

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function uploadAttachmentRoute(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const type = ATTACHMENT_OWNER_TYPES.find((name) => name === url.searchParams.get("type"));
  const id = url.searchParams.get("id") ?? "";
  if (!type || !ENTRY_ID.test(id)) return plain(400, "Ugyldig oppføring.");
  if (!isSameOrigin(request)) return plain(403, "Skjemaet må sendes fra redaksjonens egne sider.");
  if (!(await currentEditor()))
    return plain(401, "Du er ikke logget inn, eller økten er utløpt. Logg inn og prøv igjen.");

  const back = (code: AttachmentNotice) =>
    new Response(null, {
      status: 303,
      headers: { Location: `${adminPath(type, id)}?vedlegg=${code}#vedlegg`, "Cache-Control": "no-store" },
    });
  const form = await readUploadForm(request);
  if (typeof form === "string") return back(form);
  const result = await upload({ ...form, owner: { type, id } });
  return back(result.ok ? "lagt-til" : noticeFor(result.message));
}
