import "server-only";
import { defineContentType, type Tx } from "@/lib/content/engine/adapter";
import { blank } from "@/lib/content/forms/blank";
import { linksAsValues, replaceLinks } from "@/lib/content/engine/relations";
import { dateToOsloLocal } from "@/lib/format/oslo-time";
import { eventForm } from "./form";
import type { EventValues } from "./schema";

const local = (date: Date | null) => (date ? dateToOsloLocal(date) : "");

export const eventType = defineContentType(eventForm, {
  titleOf: (v) => v.title,
  scalars: ({ slug: _slug, links: _l, ...rest }) => rest,

  async writeRelations(tx: Tx, id: string, v: EventValues) {
    await replaceLinks(tx, { eventId: id }, v.links);
  },

  async formValues(tx: Tx, id: string) {
    const e = await tx.event.findUnique({ where: { id } });
    if (!e) return null;
    return {
      title: e.title,
      summary: blank(e.summary),
      description: blank(e.description),
      startsAt: local(e.startsAt),
      endsAt: local(e.endsAt),
      timeUnknown: e.timeUnknown,
      eventStatus: e.eventStatus,
      venueName: blank(e.venueName),
      venueAddress: blank(e.venueAddress),
      venueId: blank(e.venueId),
      online: e.online,
      streamUrl: blank(e.streamUrl),
      infoUrl: blank(e.infoUrl),
      registrationUrl: blank(e.registrationUrl),
      projectId: blank(e.projectId),
      links: await linksAsValues(tx, { eventId: id }),
      slug: e.slug,
    };
  },
});
