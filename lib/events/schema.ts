import { z } from "zod";
import { EVENT_STATUS_LABELS } from "@/lib/content/labels";
import { linkSchema, markdownText, optionalRef, optionalText, optionalUrl, requiredText, slugField } from "@/lib/content/form-fields";
import { isOsloLocal, osloLocalToDate } from "@/lib/format/oslo-time";
import type { EventStatus } from "@/lib/generated/prisma/enums";

// The event form, validated the same way in the browser and in the server action. Times
// are typed as Oslo wall-clock time ("2026-03-05T18:00") and stored as UTC instants.

const osloDateTime = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string().trim().refine(isOsloLocal, { message: "Skriv dato og klokkeslett, for eksempel 05.03.2026 kl. 18.00." }).nullable(),
);

const EVENT_STATUSES = Object.keys(EVENT_STATUS_LABELS) as [EventStatus, ...EventStatus[]];

/** Midnight in Oslo of the day a wall-clock time falls on: the stored time when only the day is known. */
const dayOnly = (local: string) => osloLocalToDate(`${local.slice(0, 10)}T00:00`);

export const eventSchema = z
  .object({
    title: requiredText("Tittel", 500),
    summary: optionalText(2000),
    description: markdownText(),
    startsAt: osloDateTime,
    endsAt: osloDateTime,
    timeUnknown: z.boolean({ message: "Velg ja eller nei." }),
    eventStatus: z.enum(EVENT_STATUSES, { message: "Velg en status." }),
    venueName: optionalText(300),
    venueAddress: optionalText(300),
    venueId: optionalRef,
    online: z.boolean({ message: "Velg ja eller nei." }),
    streamUrl: optionalUrl,
    infoUrl: optionalUrl,
    registrationUrl: optionalUrl,
    projectId: optionalRef,
    links: z.array(linkSchema).max(30),
    slug: slugField,
  })
  .superRefine((e, ctx) => {
    if (e.endsAt && !e.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Fyll ut starttiden først, eller tøm sluttiden." });
    // "YYYY-MM-DDTHH:mm" strings sort like the times they name.
    const [start, end] = e.timeUnknown ? [e.startsAt?.slice(0, 10), e.endsAt?.slice(0, 10)] : [e.startsAt, e.endsAt];
    if (start && end && end < start) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Sluttiden kan ikke være før starttiden." });
  })
  .transform(({ startsAt, endsAt, timeUnknown, ...rest }) => {
    // Without a date, "only the day is known" means nothing: the event shows "Dato kommer".
    const known = startsAt !== null && timeUnknown;
    const instant = (local: string | null) => (local === null ? null : known ? dayOnly(local) : osloLocalToDate(local));
    return { ...rest, startsAt: instant(startsAt), endsAt: instant(endsAt), timeUnknown: known };
  });

export type EventValues = z.output<typeof eventSchema>;

export const EMPTY_EVENT: z.input<typeof eventSchema> = {
  title: "",
  summary: "",
  description: "",
  startsAt: "",
  endsAt: "",
  timeUnknown: false,
  eventStatus: "planned",
  venueName: "",
  venueAddress: "",
  venueId: "",
  online: false,
  streamUrl: "",
  infoUrl: "",
  registrationUrl: "",
  projectId: "",
  links: [],
  slug: "",
};
