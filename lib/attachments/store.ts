import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import type { Editor } from "@/lib/auth/session";
import { contentModel } from "@/lib/content/engine/adapter";
import type { ActionResult } from "@/lib/content/engine/results";
import { db } from "@/lib/db";
import { readImage, resizedImages } from "./images";
import { ATTACHMENT_NOTICES } from "./notices";
import { OWNER_COLUMN, type AttachmentOwner } from "./owners";
import { MAX_ATTACHMENT_BYTES, safeFileName, sniffFileType } from "./sniff";

// The writes: attaching a file, removing one (it stays, marked, and can be brought back) and
// bringing it back. Each in one transaction with its audit entry, on an entry that exists and
// is not in the trash. The entry itself does not change (no new version or revision): its
// attachments are listed beside it, and the audit log says who attached or removed what.

const N = ATTACHMENT_NOTICES;
export const REFUSED = {
  empty: N.tom,
  tooLarge: N["for-stor"],
  type: N.filtype,
  unreadableImage: N.bilde,
  altText: N.alt,
  entry: N.oppforing,
  attachment: N.ukjent,
} as const;

export type NewAttachment = {
  owner: AttachmentOwner;
  role: "fulltext" | "summary";
  title: string;
  altText: string;
  fileName: string;
  bytes: Uint8Array;
};

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export async function addAttachment(input: NewAttachment, editor: Editor): Promise<ActionResult<{ id: string }>> {
  const { bytes } = input;
  if (bytes.length === 0) return { ok: false, message: REFUSED.empty };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, message: REFUSED.tooLarge };
  const type = sniffFileType(bytes);
  if (!type) return { ok: false, message: REFUSED.type };
  const altText = input.altText.trim();
  const image = type.kind === "image" ? await readImage(bytes) : null;
  if (type.kind === "image") {
    if (!image) return { ok: false, message: REFUSED.unreadableImage };
    if (!altText) return { ok: false, message: REFUSED.altText };
  }
  const fileName = safeFileName(input.fileName, type.extension);
  const hash = sha256(bytes);
  const sizes = image ? await resizedImages(bytes, image.width) : [];
  return db.$transaction(async (tx) => {
    const owner = await contentModel(tx, input.owner.type).count({ where: { id: input.owner.id, deletedAt: null } });
    if (owner === 0) return { ok: false as const, message: REFUSED.entry };
    const position = await tx.attachment.count({ where: { [OWNER_COLUMN[input.owner.type]]: input.owner.id } });
    const created = await tx.attachment.create({
      data: {
        kind: type.kind,
        role: type.kind === "image" ? "illustration" : input.role,
        title: input.title.trim() || fileName.replace(/\.[^.]+$/, ""),
        altText: type.kind === "image" ? altText : null,
        fileName,
        mediaType: type.mediaType,
        byteSize: bytes.length,
        sha256: hash,
        width: image?.width ?? null,
        height: image?.height ?? null,
        position,
        [OWNER_COLUMN[input.owner.type]]: input.owner.id,
        createdById: editor.id,
        files: {
          create: [
            {
              variant: "original",
              mediaType: type.mediaType,
              byteSize: bytes.length,
              sha256: hash,
              width: image?.width ?? null,
              bytes: new Uint8Array(bytes),
            },
            ...sizes.map((size) => ({
              variant: size.variant,
              mediaType: "image/webp",
              byteSize: size.bytes.length,
              sha256: sha256(size.bytes),
              width: size.width,
              bytes: new Uint8Array(size.bytes),
            })),
          ],
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "attachment_add",
      userId: editor.id,
      entityType: input.owner.type,
      entityId: input.owner.id,
      detail: { attachmentId: created.id, fileName, byteSize: bytes.length, mediaType: type.mediaType },
    });
    return { ok: true as const, id: created.id };
  });
}

/** Removes (removed: true) or brings back an attachment of an entry that is not in the trash. */
export async function setAttachmentRemoved(
  id: string,
  removed: boolean,
  editor: Editor,
): Promise<ActionResult<{ owner: AttachmentOwner }>> {
  return db.$transaction(async (tx) => {
    const row = await tx.attachment.findFirst({
      where: { id, deletedAt: removed ? null : { not: null } },
      select: {
        fileName: true,
        publication: { select: { id: true, deletedAt: true } },
        project: { select: { id: true, deletedAt: true } },
        event: { select: { id: true, deletedAt: true } },
        page: { select: { id: true, deletedAt: true } },
      },
    });
    const owner = row && ownerOf(row);
    if (!row || !owner) return { ok: false as const, message: REFUSED.attachment };
    if (owner.deletedAt) return { ok: false as const, message: REFUSED.entry };
    await tx.attachment.update({ where: { id }, data: { deletedAt: removed ? new Date() : null } });
    await recordAudit(tx, {
      action: removed ? "attachment_remove" : "attachment_restore",
      userId: editor.id,
      entityType: owner.type,
      entityId: owner.id,
      detail: { attachmentId: id, fileName: row.fileName },
    });
    return { ok: true as const, owner: { type: owner.type, id: owner.id } };
  });
}

type Owned = { id: string; deletedAt: Date | null } | null;
function ownerOf(row: { publication: Owned; project: Owned; event: Owned; page: Owned }) {
  if (row.publication) return { type: "publication" as const, ...row.publication };
  if (row.project) return { type: "project" as const, ...row.project };
  if (row.event) return { type: "event" as const, ...row.event };
  if (row.page) return { type: "page" as const, ...row.page };
  return null;
}
