import { projectPeriod } from "@/lib/projects/period";
import { publishedProjectPreview } from "@/lib/projects/queries";
import { previewImage } from "@/lib/sharing/preview-image";
import { previewOfOldSlugOrNotFound } from "@/lib/sharing/preview-redirect";
import { previewKicker } from "@/lib/sharing/preview-text";

// Like the project's page: rendered on its first visit, then kept in Next's page cache until a save.
export const revalidate = 300;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const project = await publishedProjectPreview(slug);
  if (!project) return previewOfOldSlugOrNotFound("project", slug);
  return previewImage({ kicker: previewKicker("Forskningsprosjekt", projectPeriod(project)), title: project.title });
}
