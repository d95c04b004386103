import "server-only";
import { Feed, type Item } from "feed";
import { apaReferenceText } from "@/lib/citation/apa";
import { PUBLICATION_TYPE_LABELS, fullName } from "@/lib/content/labels";
import { publishedCalendarEvents } from "@/lib/events/queries";
import { formatEventTime } from "@/lib/format/norwegian";
import { plainSummary } from "@/lib/format/plain-text";
import { citableWork } from "@/lib/publications/citation";
import { newestPublicationRecords, type PublicationRecord } from "@/lib/publications/records";
import { absoluteUrl } from "./site-url";
import { xmlSafeValues } from "./xml-safe";

// New publications and events as one feed, written as Atom (/feed.xml) and RSS 2.0 (/rss.xml)
// by the `feed` library. Every value is cleaned of what XML does not allow (./xml-safe.ts) as
// it is handed to the library, which escapes it.

const FEED_SIZE = 40;

function publicationItem(p: PublicationRecord): Item {
  const url = absoluteUrl(`/publikasjoner/${p.slug}`);
  const summary = plainSummary(p.abstract, 400);
  return {
    title: p.subtitle ? `${p.title}: ${p.subtitle}` : p.title,
    id: url,
    link: url,
    date: p.updatedAt,
    published: p.createdAt,
    description: [apaReferenceText(citableWork(p)), summary].filter(Boolean).join("\n\n"),
    author: p.contributors.filter((c) => c.role === "author").map((c) => ({ name: fullName(c.person) })),
    category: [{ name: PUBLICATION_TYPE_LABELS[p.type], term: p.type }],
  };
}

type FeedEvent = Awaited<ReturnType<typeof publishedCalendarEvents>>[number];

function eventItem(e: FeedEvent): Item {
  const url = absoluteUrl(`/arrangementer/${e.slug}`);
  return {
    title: `Arrangement: ${e.title}`,
    id: url,
    link: url,
    date: e.updatedAt,
    published: e.createdAt,
    description: [formatEventTime(e.startsAt, e.endsAt, e.timeUnknown), e.venueName, e.summary]
      .filter(Boolean)
      .join(". "),
    category: [{ name: "Arrangement", term: "arrangement" }],
  };
}

/**
 * The `feed` library writes titles and descriptions as CDATA, and its XML writer (xml-js)
 * splits only the first "]]>" in them: a second one would end the CDATA section early. As
 * the library marks these fields as HTML, "]]&gt;" shows the same text.
 */
const withoutCdataEnd = (text: string) => text.replaceAll("]]>", "]]&gt;");

function xmlSafeItem(item: Item): Item {
  const safe = xmlSafeValues(item);
  return {
    ...safe,
    title: withoutCdataEnd(safe.title),
    description: safe.description && withoutCdataEnd(safe.description),
  };
}

export async function siteFeed(): Promise<Feed> {
  const [publications, events] = await Promise.all([newestPublicationRecords(FEED_SIZE), publishedCalendarEvents()]);
  const items = [...publications.map(publicationItem), ...events.map(eventItem)]
    .sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0) || a.link.localeCompare(b.link))
    .slice(0, FEED_SIZE);
  const feed = new Feed(
    xmlSafeValues({
      title: "Selvhjelp Forskning: nye publikasjoner og arrangementer",
      description: "Nytt i Selvhjelp Norges oversikt over forskning på selvorganisert selvhjelp.",
      id: absoluteUrl("/"),
      link: absoluteUrl("/"),
      language: "nb",
      updated: items.reduce((newest, item) => (item.date > newest ? item.date : newest), new Date(0)),
      generator: "Selvhjelp Forskning",
      feedLinks: { atom: absoluteUrl("/feed.xml"), rss: absoluteUrl("/rss.xml") },
      author: { name: "Selvhjelp Norge", link: "https://www.selvhjelp.no/" },
      copyright: "Selvhjelp Norge",
    }),
  );
  for (const item of items) feed.addItem(xmlSafeItem(item));
  return feed;
}

export const FEED_HEADERS = {
  atom: { "Content-Type": "application/atom+xml; charset=utf-8" },
  rss: { "Content-Type": "application/rss+xml; charset=utf-8" },
};
