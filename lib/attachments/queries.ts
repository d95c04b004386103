import "server-only";
import { cache } from "react";
import { currentEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ATTACHMENT_OWNER_TYPES, OWNER_COLUMN, type AttachmentOwner } from "./owners";

// Reads of attachments. Lists never load the bytes (they are in AttachmentFile).

const LISTED = {
  id: true,
  kind: true,
  role: true,
  title: true,
  altText: true,
  fileName: true,
  mediaType: true,
  byteSize: true,
  width: true,
  height: true,
  createdAt: true,
  deletedAt: true,
} as const;

const ownerWhere = (owner: AttachmentOwner) => ({ [OWNER_COLUMN[owner.type]]: owner.id });

/** The attachments of a public entry, in order; the caller has read the entry as public. */
export const publicAttachments = cache(async (owner: AttachmentOwner) =>
  db.attachment.findMany({
    where: { ...ownerWhere(owner), deletedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: LISTED,
  }),
);

export type PublicAttachment = Awaited<ReturnType<typeof publicAttachments>>[number];

/** For the editor page: the attached files and the removed ones that can be brought back. */
export async function editorAttachments(owner: AttachmentOwner) {
  return db.attachment.findMany({
    where: ownerWhere(owner),
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { ...LISTED, createdBy: { select: { name: true } } },
  });
}

const VISIBLE = { deletedAt: null, status: "published" } as const;

/**
 * A file to serve, with whether visitors may have it: its attachment not removed and its entry
 * published and not in the trash. Otherwise only a signed-in editor gets it (the preview of a
 * draft), never a shared cache.
 */
export async function attachmentFile(id: string, variant: string) {
  const row = await db.attachment.findUnique({
    where: { id },
    select: {
      fileName: true,
      deletedAt: true,
      publication: { select: { status: true, deletedAt: true } },
      project: { select: { status: true, deletedAt: true } },
      event: { select: { status: true, deletedAt: true } },
      page: { select: { status: true, deletedAt: true } },
      files: { where: { variant }, select: { mediaType: true, byteSize: true, sha256: true, bytes: true } },
    },
  });
  const file = row?.files[0];
  if (!row || !file) return null;
  const entry = row.publication ?? row.project ?? row.event ?? row.page;
  const isPublic =
    row.deletedAt === null &&
    entry !== null &&
    entry.deletedAt === VISIBLE.deletedAt &&
    entry.status === VISIBLE.status;
  if (!isPublic && !(await currentEditor())) return null;
  return { fileName: row.fileName, isPublic, ...file };
}

/** The entry an attachment belongs to. */
export async function attachmentOwner(id: string): Promise<AttachmentOwner | null> {
  const row = await db.attachment.findUnique({
    where: { id },
    select: { publicationId: true, projectId: true, eventId: true, pageId: true },
  });
  if (!row) return null;
  for (const type of ATTACHMENT_OWNER_TYPES) {
    const ownerId = row[OWNER_COLUMN[type]];
    if (ownerId) return { type, id: ownerId };
  }
  return null;
}
