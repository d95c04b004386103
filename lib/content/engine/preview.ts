import "server-only";
import { draftMode } from "next/headers";
import { currentEditor } from "@/lib/auth/session";

/**
 * True when a signed-in editor previews drafts (draft mode on and a valid session). The
 * draft-mode cookie alone is never enough: the session is checked too.
 */
export async function isPreview(): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false;
  return (await currentEditor()) !== null;
}
