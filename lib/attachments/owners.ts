// The entries that can have attachments, and the column of Attachment that names each (client-safe).

export const ATTACHMENT_OWNER_TYPES = ["publication", "project", "event", "page"] as const;
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];
export type AttachmentOwner = { type: AttachmentOwnerType; id: string };

export const OWNER_COLUMN = {
  publication: "publicationId",
  project: "projectId",
  event: "eventId",
  page: "pageId",
} as const satisfies Record<AttachmentOwnerType, string>;

export function isAttachmentOwnerType(type: string): type is AttachmentOwnerType {
  return (ATTACHMENT_OWNER_TYPES as readonly string[]).includes(type);
}

/** The public address of an attachment's file (an image's size: `?bredde=640`). */
export function attachmentPath(attachment: { id: string; fileName: string }, width?: number): string {
  return `/filer/${attachment.id}/${encodeURIComponent(attachment.fileName)}${width ? `?bredde=${width}` : ""}`;
}

/** A work's PDFs as its citation, exports and metadata point at them (the detail and export queries). */
export const PUBLIC_PDFS = {
  where: { deletedAt: null, kind: "pdf" },
  orderBy: { position: "asc" },
  select: { id: true, fileName: true, role: true, title: true, byteSize: true },
} as const;

type Pdf = { id: string; fileName: string; role: string };

/** The work's full text among its PDFs (else its first PDF), or undefined. */
export const fullTextPdf = <T extends Pdf>(pdfs: T[]): T | undefined =>
  pdfs.find((pdf) => pdf.role === "fulltext") ?? pdfs[0];
