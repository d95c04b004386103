import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/Markdown";
import { PageHeading } from "@/components/PageHeading";
import { publishedPageBySlug } from "@/lib/pages/queries";
import { sharingMetadata } from "@/lib/sharing/metadata";
import { Attachments } from "@/components/attachments/Attachments";

export const revalidate = 300;

const title = "Om forskningsoversikten";
const description = "Hvordan Selvhjelp Norge har laget oversikten over forskning på selvorganisert selvhjelp.";

export const metadata: Metadata = { title, description, ...sharingMetadata({ title, description, path: "/om" }) };

export default async function AboutPage() {
  const page = await publishedPageBySlug("om");
  if (!page) notFound();
  return (
    <article className="max-w-3xl">
      <PageHeading title={page.title} />
      <Markdown className="text-lg">{page.body}</Markdown>
      <Attachments type="page" id={page.id} />
    </article>
  );
}
