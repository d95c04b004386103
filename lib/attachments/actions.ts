"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { tagsBeforeChange } from "@/lib/cache/purge";
import { editorAction, refusedBy } from "@/lib/content/engine/action-client";
import { adminPath } from "@/lib/content/entities";
import { ENTRY_ID } from "@/lib/content/engine/entry-id";
import { ATTACHMENT_NOTICES, noticeFor } from "./notices";
import { attachmentOwner } from "./queries";
import { setAttachmentRemoved } from "./store";

// Removing an attachment and bringing it back, from the «Vedlegg» block's buttons (plain forms:
// they work without JavaScript). The upload is a route handler (./upload.ts).

const toggle = editorAction({
  name: ({ removed }) => (removed ? "attachment-remove" : "attachment-restore"),
  role: "editor",
  args: (id: string, removed: boolean) => ({ id, removed }),
  schema: z.object({ id: z.string().regex(ENTRY_ID), removed: z.boolean() }),
  refused: refusedBy([], ATTACHMENT_NOTICES.ukjent),
  run: ({ id, removed }, { editor }) => setAttachmentRemoved(id, removed, editor),
  changes: {
    before: async ({ id }) => {
      const owner = await attachmentOwner(id);
      return tagsBeforeChange(owner?.type ?? "publication", owner?.id);
    },
    after: (_input, { owner }) => [owner],
  },
});

async function toggleAndReturn(id: string, removed: boolean, back: string): Promise<void> {
  const result = await toggle(id, removed);
  const code = result.ok ? (removed ? "fjernet" : "hentet-tilbake") : noticeFor(result.message);
  // Back to the entry's editor page; `back` is only ever one of ours (built from its type and id).
  redirect(`${result.ok ? adminPath(result.owner.type, result.owner.id) : back}?vedlegg=${code}#vedlegg`);
}

export async function removeAttachmentAction(id: string, back: string): Promise<void> {
  await toggleAndReturn(id, true, safeBack(back));
}

export async function restoreAttachmentAction(id: string, back: string): Promise<void> {
  await toggleAndReturn(id, false, safeBack(back));
}

/** An editor path, never another site (the argument comes from the client). */
function safeBack(back: string): string {
  return /^\/redaksjon\/[a-z-]+\/[A-Za-z0-9_-]{1,40}$/.test(back) ? back : "/redaksjon";
}
