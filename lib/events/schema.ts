import { z } from "zod";
import { EVENT_STATUS_LABELS } from "@/lib/content/labels";
import {
  linkSchema,
  longText,
  markdownText,
  optionalRef,
  optionalText,
  optionalUrl,
  requiredText,
  slugField,
} from "@/lib/content/forms/form-fields";
import { dateToOsloLocal, isOsloLocal, osloLocalOccurrences, osloLocalToDate } from "@/lib/format/oslo-time";
import type { EventStatus } from "@/lib/generated/prisma/enums";

// The event form, validated the same way in the browser and in the server action. Times
// are typed as Oslo wall-clock time ("2026-03-05T18:00") and stored as UTC instants.

/** Events from 1900 (the oldest meetings worth listing) to 2100; beyond that a year is a typo. */
export const EVENT_YEARS = { min: 1900, max: 2100 } as const;

const inEventYears = (local: string) =>
  Number(local.slice(0, 4)) >= EVENT_YEARS.min && Number(local.slice(0, 4)) <= EVENT_YEARS.max;

const osloDateTime = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z
    .string()
    .trim()
    .refine(isOsloLocal, { message: "Skriv dato og klokkeslett, for eksempel 05.03.2026 kl. 18.00.", abort: true })
    .refine(inEventYears, { message: `Året må ligge mellom ${EVENT_YEARS.min} og ${EVENT_YEARS.max}.` })
    .nullable(),
);

/** "28.03.2027" and "02.30" of "2027-03-28T02:30", as the messages write them. */
const spelledOut = (local: string) => ({
  day: local.slice(0, 10).split("-").reverse().join("."),
  time: local.slice(11).replace(":", "."),
});

/**
 * Europe/Oslo skips an hour in March and repeats one in October. A time in the skipped hour
 * does not exist, and one in the repeated hour could be either of two moments: both are
 * refused with an explanation (there is no field to say which of the two is meant).
 */
export function summerTimeProblem(local: string): string | null {
  const occurrences = osloLocalOccurrences(local);
  if (occurrences === 1) return null;
  const { day, time } = spelledOut(local);
  if (occurrences === 0) {
    const later = spelledOut(dateToOsloLocal(osloLocalToDate(local))).time;
    return `Klokkeslettet ${time} finnes ikke ${day}: da stilles klokken en time fram (sommertiden begynner). Velg et annet klokkeslett, for eksempel ${later}.`;
  }
  return `Klokkeslettet ${time} finnes to ganger ${day}: da stilles klokken en time tilbake (sommertiden slutter), så det er ikke klart hvilket av de to som menes. Velg et klokkeslett utenfor denne timen, eller huk av for «Bare dagen er kjent».`;
}

const EVENT_STATUSES = Object.keys(EVENT_STATUS_LABELS) as [EventStatus, ...EventStatus[]];

/** Midnight in Oslo of the day a wall-clock time falls on: the stored time when only the day is known. */
const dayOnly = (local: string) => osloLocalToDate(`${local.slice(0, 10)}T00:00`);

export const eventSchema = z
  .object({
    title: requiredText("Tittel", 500),
    summary: longText(2000),
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
    if (e.endsAt && !e.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Fyll ut starttiden først, eller tøm sluttiden." });
    // "YYYY-MM-DDTHH:mm" strings sort like the times they name.
    const [start, end] = e.timeUnknown ? [e.startsAt?.slice(0, 10), e.endsAt?.slice(0, 10)] : [e.startsAt, e.endsAt];
    if (start && end && end < start)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Sluttiden kan ikke være før starttiden." });
    // Only the day is stored when the time is unknown, so the time of day cannot be wrong then.
    if (e.timeUnknown) return;
    for (const field of ["startsAt", "endsAt"] as const) {
      const local = e[field];
      const problem = local && isOsloLocal(local) && inEventYears(local) ? summerTimeProblem(local) : null;
      if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
    }
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
