import { formatByteSize, pdfLinkLabel } from "@/lib/attachments/labels";
import type { AttachmentOwner } from "@/lib/attachments/owners";
import { attachmentPath } from "@/lib/attachments/owners";
import { IMAGE_WIDTHS } from "@/lib/attachments/images";
import { publicAttachments } from "@/lib/attachments/queries";

type Props = AttachmentOwner & {
  /** A work's type names its full text: «Les hele rapporten». Other entries' PDFs go by their titles. */
  publicationType?: string;
};

/**
 * An entry's attached files on its public page: each PDF as «Les hele rapporten (PDF, 2,3 MB)»,
 * each image in the size the screen needs, with its alternative text. Nothing when there are none.
 */
export async function Attachments({ publicationType, ...owner }: Props) {
  const rows = await publicAttachments(owner);
  if (rows.length === 0) return null;
  const pdfs = rows.filter((row) => row.kind === "pdf");
  const images = rows.filter((row) => row.kind === "image");
  return (
    <div className="space-y-6">
      {pdfs.length > 0 && (
        <ul className="flex flex-wrap gap-3" aria-label="Filer">
          {pdfs.map((pdf) => (
            <li key={pdf.id}>
              <a
                href={attachmentPath(pdf)}
                type="application/pdf"
                className="inline-block rounded-lg bg-teal px-5 py-2.5 font-semibold text-white no-underline hover:bg-teal-dark hover:text-white"
              >
                {publicationType ? pdfLinkLabel(pdf.role, publicationType) : pdf.title} (PDF,{" "}
                {formatByteSize(pdf.byteSize)})
              </a>
            </li>
          ))}
        </ul>
      )}
      {images.map((image) => {
        const widths = IMAGE_WIDTHS.filter((width) => width <= (image.width ?? 0));
        return (
          <figure key={image.id}>
            {/* The sizes are made at upload (lib/attachments/images.ts): Next's image optimiser is not needed. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={attachmentPath(image, IMAGE_WIDTHS[1])}
              srcSet={widths.map((width) => `${attachmentPath(image, width)} ${width}w`).join(", ") || undefined}
              sizes="(min-width: 1024px) 48rem, 100vw"
              alt={image.altText ?? ""}
              width={image.width ?? undefined}
              height={image.height ?? undefined}
              loading="lazy"
              className="h-auto max-w-full rounded-lg"
            />
            {image.title && <figcaption className="mt-2 text-sm text-muted">{image.title}</figcaption>}
          </figure>
        );
      })}
    </div>
  );
}
