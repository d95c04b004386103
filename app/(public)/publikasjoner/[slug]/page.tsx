import type { Metadata } from "next";
import { isPreview } from "@/lib/content/engine/preview";
import { redirectOldSlugOrNotFound } from "@/lib/content/engine/redirects";
import Link from "next/link";
import { Markdown } from "@/components/Markdown";
import { PageHeading } from "@/components/PageHeading";
import { PersonLink } from "@/components/PersonLink";
import { PlainLanguageSummary } from "@/components/PlainLanguageSummary";
import { SourceLinks } from "@/components/SourceLinks";
import { WorkTitle } from "@/components/WorkTitle";
import { PUBLICATION_TYPE_LABELS, fullName } from "@/lib/content/labels";
import { plainSummary } from "@/lib/format/plain-text";
import { publishedPublicationBySlug } from "@/lib/publications/queries";
import { Citation } from "./_components/Citation";
import { FactList } from "./_components/FactList";
import { JsonLd } from "@/components/JsonLd";
import { highwireTags } from "@/lib/interop/highwire";
import { publicationJsonLd } from "@/lib/interop/jsonld/publication";
import { previewImagePath, sharingMetadata } from "@/lib/sharing/metadata";
import { Attachments } from "@/components/attachments/Attachments";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

// None is rendered at build time: each page is rendered on its first visit and then cached
// (Next's page cache lives in memory, lib/cache/cache-handler.mjs, so a page built ahead would be
// rendered once more anyway; without this, Next renders a dynamic segment on every request).
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const publication = await publishedPublicationBySlug((await params).slug);
  if (!publication) return { title: "Fant ikke publikasjonen" };
  const authors = publication.contributors.map((c) => fullName(c.person)).join(", ");
  const description =
    plainSummary(publication.abstract) ??
    `${PUBLICATION_TYPE_LABELS[publication.type]}${authors ? ` av ${authors}` : ""}${publication.year ? ` (${publication.year})` : ""}.`;
  const path = `/publikasjoner/${publication.slug}`;
  return {
    title: publication.title,
    other: highwireTags(publication),
    description,
    ...sharingMetadata({ title: publication.title, description, path, image: previewImagePath(path) }),
  };
}

export default async function PublicationPage({ params }: Props) {
  const { slug } = await params;
  const publication = await publishedPublicationBySlug(slug, await isPreview());
  if (!publication) return redirectOldSlugOrNotFound("publication", slug);
  const authors = publication.contributors.filter((c) => c.role === "author");
  const readLinks = publication.links.filter((link) => link.kind === "fulltext" || link.kind === "summary");
  const otherLinks = publication.links.filter((link) => link.kind === "info" || link.kind === "related");
  const related = [...publication.related, ...publication.relatedOf];

  return (
    <article>
      <JsonLd data={publicationJsonLd(publication)} />
      <PageHeading
        kicker={`${PUBLICATION_TYPE_LABELS[publication.type]}${publication.year ? ` · ${publication.year}` : ""}`}
        title={<WorkTitle work={publication} />}
      />
      {authors.length > 0 && (
        <p className="-mt-4 mb-8 text-lg">
          {authors.map((c, i) => (
            <span key={c.person.slug}>
              {i > 0 && (i === authors.length - 1 ? " og " : ", ")}
              <PersonLink person={c.person} />
            </span>
          ))}
        </p>
      )}

      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-10">
          <PlainLanguageSummary entry={publication} />
          <Attachments type="publication" id={publication.id} publicationType={publication.type} />
          {readLinks.length > 0 && (
            <ul className="flex flex-wrap gap-3">
              {readLinks.map((link) => (
                <li key={link.id}>
                  <a
                    href={link.url}
                    hrefLang={link.language ?? undefined}
                    className="inline-block rounded-lg bg-teal px-5 py-2.5 font-semibold text-white no-underline hover:bg-teal-dark hover:text-white"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {publication.abstract && (
            <section aria-labelledby="sammendrag">
              <h2 id="sammendrag" className="mb-3 text-2xl font-semibold">
                Sammendrag
              </h2>
              <Markdown>{publication.abstract}</Markdown>
              {publication.abstractSource && <p className="mt-3 text-sm text-muted">{publication.abstractSource}</p>}
            </section>
          )}
          {publication.note && (
            <section aria-labelledby="merknad">
              <h2 id="merknad" className="mb-3 text-2xl font-semibold">
                Merknad
              </h2>
              <p>{publication.note}</p>
            </section>
          )}
          <Citation publication={publication} />
          {publication.projects.length > 0 && (
            <section aria-labelledby="prosjekt">
              <h2 id="prosjekt" className="mb-3 text-2xl font-semibold">
                Fra forskningsprosjekt
              </h2>
              <ul className="space-y-3">
                {publication.projects.map((project) => (
                  <li key={project.slug} className="rounded-xl border border-line bg-card p-4">
                    <Link href={`/prosjekter/${project.slug}`} className="font-semibold">
                      {project.title}
                    </Link>
                    {project.summary && <p className="mt-1 text-muted">{project.summary}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {related.length > 0 && (
            <section aria-labelledby="relatert">
              <h2 id="relatert" className="mb-3 text-2xl font-semibold">
                Relaterte publikasjoner
              </h2>
              <ul className="list-disc space-y-1 pl-5">
                {related.map((work) => (
                  <li key={work.slug}>
                    <Link href={`/publikasjoner/${work.slug}`}>
                      <WorkTitle work={work} />
                    </Link>
                    {work.year && ` (${work.year})`}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="space-y-8" aria-label="Om publikasjonen">
          <FactList publication={publication} />
          {publication.topics.length > 0 && (
            <section aria-labelledby="emner">
              <h2 id="emner" className="mb-2 text-lg font-semibold">
                Emner
              </h2>
              <ul className="flex flex-wrap gap-2">
                {publication.topics.map((topic) => (
                  <li key={topic.slug} className="rounded-full bg-sage-100 px-3 py-1 text-sm text-teal-dark">
                    {topic.name}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <SourceLinks links={otherLinks} title="Mer om arbeidet" id="mer" />
          <SourceLinks links={publication.links.filter((link) => link.kind === "source")} title="Kilder" id="kilder" />
        </aside>
      </div>
    </article>
  );
}
