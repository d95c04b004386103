import type { Metadata } from "next";
import { EventSummary } from "@/components/EventSummary";
import { PageHeading } from "@/components/PageHeading";
import { publishedEvents } from "@/lib/events/queries";
import { sharingMetadata } from "@/lib/sharing/metadata";

export const revalidate = 300;

const title = "Arrangementer";
const description =
  "Kommende og tidligere arrangementer om forskning på selvhjelp: filmkvelder, disputaser og lanseringer, på stedet og strømmet.";

export const metadata: Metadata = {
  title,
  description,
  ...sharingMetadata({ title, description, path: "/arrangementer" }),
};

export default async function EventsPage() {
  const { upcoming, past } = await publishedEvents(new Date());
  return (
    <>
      <PageHeading
        kicker="Arrangementer"
        title="Arrangementer"
        lead="Møt forskningen og erfaringene: på stedet eller via strømming."
      />
      <section aria-labelledby="kommende" className="mb-12">
        <h2 id="kommende" className="mb-4 text-2xl font-semibold">
          Kommende
        </h2>
        {upcoming.length ? (
          <ul className="space-y-4">
            {upcoming.map((event) => (
              <li key={event.slug}>
                <EventSummary event={event} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <p>Ingen kommende arrangementer er lagt inn ennå.</p>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="tidligere">
          <h2 id="tidligere" className="mb-4 text-2xl font-semibold">
            Tidligere
          </h2>
          <ul className="space-y-4">
            {past.map((event) => (
              <li key={event.slug}>
                <EventSummary event={event} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
