import { PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { publishedPublicationPreview } from "@/lib/publications/queries";
import { previewImage } from "@/lib/sharing/preview-image";
import { previewOfOldSlugOrNotFound } from "@/lib/sharing/preview-redirect";
import { previewKicker } from "@/lib/sharing/preview-text";

// Like the work's page: rendered on its first visit, then kept in Next's page cache until a save.
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const work = await publishedPublicationPreview(slug);
  if (!work) return previewOfOldSlugOrNotFound("publication", slug);
  return previewImage({ kicker: previewKicker(PUBLICATION_TYPE_LABELS[work.type], work.year), title: work.title });
}
