import "server-only";
import { MAX_ATTACHMENT_BYTES } from "./sniff";
import type { AttachmentNotice } from "./notices";

// Reading the upload form's body (multipart/form-data) in a route handler. Server actions are
// limited to a few MB (next.config.ts, and proxy.ts refuses larger ones), so a file of up to
// 50 MB is posted here instead. The body is counted while it streams in and the request is
// refused as soon as it passes the limit, so no more than that is ever held in memory.

/** The file and the form's fields, with room for the boundaries and the text fields. */
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + 256 * 1024;

export type UploadForm = {
  role: string;
  title: string;
  altText: string;
  fileName: string;
  bytes: Uint8Array;
};

/**
 * The site the request was made on must be the one the form came from: the browser's Origin
 * against the Host it asked (the front server passes the public host on), as Next.js checks
 * for server actions. A form on another site cannot post an upload with the editor's cookie.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" or garbage: not a page of this site
  }
}

async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function readUploadForm(request: Request): Promise<UploadForm | AttachmentNotice> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) return "skjema";
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return "for-stor";
  const body = await readLimited(request.body, MAX_BODY_BYTES);
  if (!body) return "for-stor";
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return "skjema"; // not multipart after all, or cut off
  }
  const file = form.get("fil");
  if (!(file instanceof File) || file.size === 0) return "tom";
  return {
    role: text(form, "rolle"),
    title: text(form, "tittel"),
    altText: text(form, "alt"),
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  };
}
