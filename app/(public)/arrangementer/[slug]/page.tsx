import type { Metadata } from "next";
import { isPreview } from "@/lib/content/engine/preview";
import { redirectOldSlugOrNotFound } from "@/lib/content/engine/redirects";
import Link from "next/link";
import { Markdown } from "@/components/Markdown";
import { OrganisationLink } from "@/components/OrganisationLink";
import { PageHeading } from "@/components/PageHeading";
import { SourceLinks } from "@/components/SourceLinks";
import { EVENT_STATUS_LABELS } from "@/lib/content/labels";
import { publishedEventBySlug } from "@/lib/events/queries";
import { DATE_UNKNOWN, formatEventTime } from "@/lib/format/norwegian";
import { JsonLd } from "@/components/JsonLd";
import { eventJsonLd } from "@/lib/interop/jsonld/event";
import { previewImagePath, sharingMetadata } from "@/lib/sharing/metadata";
import { Attachments } from "@/components/attachments/Attachments";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

// None is rendered at build time: each page is rendered on its first visit and then cached
// (without this, Next renders a dynamic segment on every request).
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await publishedEventBySlug((await params).slug);
  if (!event) return { title: "Fant ikke arrangementet" };
  const description =
    event.summary ??
    `${formatEventTime(event.startsAt, event.endsAt, event.timeUnknown)}${event.venueName ? `, ${event.venueName}` : ""}.`;
  const path = `/arrangementer/${event.slug}`;
  return {
    title: event.title,
    description,
    ...sharingMetadata({ title: event.title, description, path, image: previewImagePath(path) }),
  };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const event = await publishedEventBySlug(slug, await isPreview());
  if (!event) return redirectOldSlugOrNotFound("event", slug);
  const when = formatEventTime(event.startsAt, event.endsAt, event.timeUnknown);
  const projectIsPublic = event.project && event.project.status === "published" && !event.project.deletedAt;

  return (
    <article>
      <JsonLd data={eventJsonLd(event)} />
      <PageHeading
        kicker={`Arrangement · ${EVENT_STATUS_LABELS[event.eventStatus]}`}
        title={event.title}
        lead={event.summary}
      />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="order-2 min-w-0 space-y-8 lg:order-1">
          {event.description && <Markdown>{event.description}</Markdown>}
          <Attachments type="event" id={event.id} />
        </div>
        {/* When and where come first on a phone. */}
        <aside aria-label="Praktisk informasjon" className="order-1 space-y-6 lg:order-2">
          <dl className="space-y-4 rounded-xl border border-line bg-card p-5">
            <div>
              <dt className="text-sm font-semibold text-muted">Når</dt>
              <dd className="text-lg font-semibold text-clay">{when}</dd>
              {when === DATE_UNKNOWN && (
                <dd className="text-sm text-muted">Datoen er ikke kjent ennå. Følg med hos arrangøren.</dd>
              )}
            </div>
            {(event.venueName || event.venue) && (
              <div>
                <dt className="text-sm font-semibold text-muted">Hvor</dt>
                <dd>
                  {event.venue ? (
                    <OrganisationLink organisation={{ ...event.venue, shortName: null }} />
                  ) : (
                    event.venueName
                  )}
                  {event.venueAddress && <span className="block">{event.venueAddress}</span>}
                </dd>
              </div>
            )}
            {event.online && (
              <div>
                <dt className="text-sm font-semibold text-muted">Strømming</dt>
                <dd>
                  {event.streamUrl ? (
                    <a href={event.streamUrl}>Se strømmingen</a>
                  ) : (
                    "Arrangementet strømmes. Lenken finner du hos arrangøren."
                  )}
                </dd>
              </div>
            )}
          </dl>
          <ul className="space-y-3">
            {event.infoUrl && (
              <li>
                <a
                  href={event.infoUrl}
                  className="inline-block rounded-lg bg-teal px-5 py-2.5 font-semibold text-white no-underline hover:bg-teal-dark hover:text-white"
                >
                  Informasjon{event.online ? " og strømming" : ""}
                  <span className="sr-only"> om {event.title}</span>
                </a>
              </li>
            )}
            {event.registrationUrl && (
              <li>
                <a
                  href={event.registrationUrl}
                  className="inline-block rounded-lg border border-teal px-5 py-2.5 font-semibold no-underline"
                >
                  Påmelding<span className="sr-only"> til {event.title}</span>
                </a>
              </li>
            )}
            {event.startsAt && (
              <li>
                <a
                  href={`/arrangementer/${event.slug}/kalender.ics`}
                  className="inline-block rounded-lg border border-teal px-5 py-2.5 font-semibold no-underline"
                >
                  Legg til i kalenderen (.ics)
                </a>
              </li>
            )}
          </ul>
          {projectIsPublic && event.project && (
            <p>
              Del av prosjektet <Link href={`/prosjekter/${event.project.slug}`}>{event.project.title}</Link>
            </p>
          )}
          <SourceLinks links={event.links} title="Lenker" id="lenker" />
        </aside>
      </div>
    </article>
  );
}
