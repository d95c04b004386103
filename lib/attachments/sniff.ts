// What an uploaded file is, read from its bytes, never from its name or the browser's word:
// a PDF (starts with "%PDF-" and ends with "%%EOF", as PDF requires) or a PNG, JPEG or WebP
// image. Everything else is refused, SVG too: it can carry scripts, and served from the
// portal's own address it would run with the portal's rights.

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export type SniffedType =
  | { kind: "pdf"; mediaType: "application/pdf"; extension: "pdf" }
  | { kind: "image"; mediaType: "image/png" | "image/jpeg" | "image/webp"; extension: "png" | "jpg" | "webp" };

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** "%%EOF" within the last 1,024 bytes (PDF readers look there; some writers add a newline or padding). */
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  return tail.includes("%%EOF");
}

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, ascii("%PDF-")) && endsLikePdf(bytes))
    return { kind: "pdf", mediaType: "application/pdf", extension: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: "image", mediaType: "image/png", extension: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: "image", mediaType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8))
    return { kind: "image", mediaType: "image/webp", extension: "webp" };
  return null;
}

const FOLDED: Record<string, string> = { æ: "ae", ø: "o", å: "a", Æ: "Ae", Ø: "O", Å: "A", ß: "ss" };

/**
 * A file name that is safe in a URL path and a Content-Disposition header: the base name only
 * (no folders), Norwegian letters folded, other accents dropped, anything but letters, digits,
 * "-", "_" and "." made "-", at most 80 characters, and the extension of the type the content
 * is. "../../Årsrapport 2019 (endelig).PDF" as a PDF: "Arsrapport-2019-endelig.pdf".
 */
export function safeFileName(name: string, extension: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "");
  const cleaned = stem
    .replace(/[æøåÆØÅß]/g, (c) => FOLDED[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^[-_.]+|[-_.]+$/g, "")
    .slice(0, 80)
    .replace(/[-_]+$/, "");
  return `${cleaned || "vedlegg"}.${extension}`;
}
