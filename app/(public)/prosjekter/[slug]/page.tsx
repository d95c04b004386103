import type { Metadata } from "next";
import { isPreview } from "@/lib/content/engine/preview";
import { redirectOldSlugOrNotFound } from "@/lib/content/engine/redirects";
import Link from "next/link";
import { Markdown } from "@/components/Markdown";
import { OrganisationLink } from "@/components/OrganisationLink";
import { PageHeading } from "@/components/PageHeading";
import { PlainLanguageSummary } from "@/components/PlainLanguageSummary";
import { SourceLinks } from "@/components/SourceLinks";
import { MoreWorks } from "@/components/MoreWorks";
import { WorkTitle } from "@/components/WorkTitle";
import { overviewHref } from "@/lib/publications/filters";
import { PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { formatEventTime } from "@/lib/format/norwegian";
import { plainSummary } from "@/lib/format/plain-text";
import { projectPeriod } from "@/lib/projects/period";
import { publishedProjectBySlug } from "@/lib/projects/queries";
import { ProjectFacts } from "./_components/ProjectFacts";
import { Team } from "./_components/Team";
import { JsonLd } from "@/components/JsonLd";
import { projectJsonLd } from "@/lib/interop/jsonld/entities";
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
  const project = await publishedProjectBySlug((await params).slug);
  if (!project) return { title: "Fant ikke prosjektet" };
  const period = projectPeriod(project);
  const description =
    plainSummary(project.summary ?? project.description) ?? `Forskningsprosjekt${period ? `, ${period}` : ""}.`;
  const path = `/prosjekter/${project.slug}`;
  return {
    title: project.title,
    description,
    ...sharingMetadata({ title: project.title, description, path, image: previewImagePath(path) }),
  };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  const project = await publishedProjectBySlug(slug, await isPreview());
  if (!project) return redirectOldSlugOrNotFound("project", slug);
  const period = projectPeriod(project);

  return (
    <article>
      <JsonLd data={projectJsonLd(project)} />
      <PageHeading
        kicker={["Forskningsprosjekt", period].filter(Boolean).join(" · ")}
        title={project.title}
        lead={project.summary}
      />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-10">
          <PlainLanguageSummary entry={project} />
          <Attachments type="project" id={project.id} />
          {project.description && (
            <Section id="om-prosjektet" title="Om prosjektet">
              <Markdown>{project.description}</Markdown>
            </Section>
          )}
          {project.goals && (
            <Section id="malsetting" title="Målsetting">
              <Markdown>{project.goals}</Markdown>
            </Section>
          )}
          {project.findings && (
            <Section id="funn" title="Funn">
              <Markdown>{project.findings}</Markdown>
            </Section>
          )}
          {project.publications.length > 0 && (
            <Section id="publikasjoner" title="Publikasjoner">
              <ul className="divide-y divide-line rounded-xl border border-line bg-card">
                {project.publications.map((work) => (
                  <li key={work.slug} className="p-4">
                    <Link href={`/publikasjoner/${work.slug}`} className="font-semibold">
                      <WorkTitle work={work} />
                    </Link>
                    <p className="text-sm text-muted">
                      {PUBLICATION_TYPE_LABELS[work.type]} · {work.year ?? "Uten år"}
                    </p>
                  </li>
                ))}
              </ul>
              <MoreWorks total={project._count.publications} href={overviewHref({ project: project.slug, page: 1 })} />
            </Section>
          )}
          {project.events.length > 0 && (
            <Section id="arrangementer" title="Arrangementer">
              <ul className="list-disc space-y-1 pl-5">
                {project.events.map((event) => (
                  <li key={event.slug}>
                    <Link href={`/arrangementer/${event.slug}`}>{event.title}</Link> (
                    {formatEventTime(event.startsAt, null, event.timeUnknown)})
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </div>
        <aside className="space-y-8" aria-label="Om prosjektet i korte trekk">
          {project.members.length > 0 && <Team members={project.members} />}
          <ProjectFacts project={project} />
          {project.coordinator && (
            <p className="text-sm">
              Koordinert av <OrganisationLink organisation={project.coordinator} />
            </p>
          )}
          <SourceLinks links={project.links.filter((l) => l.kind !== "source")} title="Mer om prosjektet" id="mer" />
          <SourceLinks links={project.links.filter((l) => l.kind === "source")} title="Kilder" id="kilder" />
        </aside>
      </div>
    </article>
  );
}
