import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventSummary } from "@/components/EventSummary";
import { Markdown } from "@/components/Markdown";
import { PublicationList } from "@/components/PublicationList";
import { publishedEvents } from "@/lib/events/queries";
import { publishedPageBySlug } from "@/lib/pages/queries";
import { publishedProjects } from "@/lib/projects/queries";
import { newestPublications } from "@/lib/publications/overview";
import { SITE_DESCRIPTION, SITE_NAME, sharingMetadata } from "@/lib/sharing/metadata";
import { Attachments } from "@/components/attachments/Attachments";

export const revalidate = 300;

export const metadata: Metadata = sharingMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: "/" });

// The newest projects; all of them are on /prosjekter (the front page must not grow with their number).
const FRONT_PAGE_PROJECTS = 4;

export default async function HomePage() {
  const [intro, events, newest, projects] = await Promise.all([
    publishedPageBySlug("forskning"),
    publishedEvents(new Date()),
    newestPublications(4),
    publishedProjects(),
  ]);
  if (!intro) notFound();
  const nextEvent = events.upcoming[0];

  return (
    <div className="space-y-14">
      <section aria-labelledby="intro-tittel" className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <h1 id="intro-tittel" className="text-3xl font-semibold sm:text-4xl">
            {intro.title}
          </h1>
          <Markdown className="mt-6 text-lg">{intro.body}</Markdown>
          <Attachments type="page" id={intro.id} />
          <p className="mt-6 flex flex-wrap gap-3">
            <Link
              href="/publikasjoner"
              className="rounded-lg bg-teal px-5 py-2.5 font-semibold text-white no-underline hover:bg-teal-dark hover:text-white"
            >
              Se hele forskningsoversikten
            </Link>
            <Link href="/prosjekter" className="rounded-lg border border-teal px-5 py-2.5 font-semibold no-underline">
              Forskningsprosjektene
            </Link>
          </p>
        </div>
        {intro.quote && (
          <figure className="self-start rounded-2xl bg-sage-100 p-6 sm:p-8">
            <blockquote className="font-serif text-2xl leading-snug text-teal-dark">«{intro.quote}»</blockquote>
            {intro.quoteAttribution && <figcaption className="mt-4 text-muted">– {intro.quoteAttribution}</figcaption>}
          </figure>
        )}
      </section>

      {nextEvent && (
        <section aria-labelledby="neste-tittel">
          <h2 id="neste-tittel" className="mb-4 text-2xl font-semibold">
            Neste arrangement
          </h2>
          <EventSummary event={nextEvent} headingLevel={3} />
        </section>
      )}

      <section aria-labelledby="nyeste-tittel">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="nyeste-tittel" className="text-2xl font-semibold">
            Nyeste publikasjoner
          </h2>
          <Link href="/publikasjoner">Alle publikasjoner</Link>
        </div>
        <PublicationList items={newest} />
      </section>

      <section aria-labelledby="prosjekter-tittel">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="prosjekter-tittel" className="text-2xl font-semibold">
            Forskningsprosjekter
          </h2>
          <Link href="/prosjekter">Alle prosjekter</Link>
        </div>
        <ul className="grid gap-4 sm:grid-cols-2">
          {projects.slice(0, FRONT_PAGE_PROJECTS).map((project) => (
            <li key={project.slug} className="rounded-xl border border-line bg-card p-5">
              <h3 className="text-lg font-semibold">
                <Link href={`/prosjekter/${project.slug}`}>{project.title}</Link>
              </h3>
              {project.summary && <p className="mt-2 text-muted">{project.summary}</p>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
