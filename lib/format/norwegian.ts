// Norwegian (bokmål) sorting, numbers and dates. Pure functions, shared by server code and tests.

const collator = new Intl.Collator("nb", { sensitivity: "base", numeric: true });

/** Compares strings the Norwegian way: Æ, Ø and Å come after Z. */
export function compareNorwegian(a: string, b: string): number {
  return collator.compare(a, b);
}

const countFormat = new Intl.NumberFormat("nb-NO");

/** "12 345": thousands grouped with a (non-breaking) space. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

export const TIME_ZONE = "Europe/Oslo";

const dateFormat = new Intl.DateTimeFormat("nb-NO", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});
const weekdayFormat = new Intl.DateTimeFormat("nb-NO", { weekday: "long", timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });

/** "30. september 2020", in Oslo time. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "18:00", in Oslo time. */
export function formatTime(date: Date): string {
  return timeFormat.format(date).replace(".", ":");
}

export const DATE_UNKNOWN = "Dato kommer";

/**
 * An event's time as one line: "onsdag 30. september 2020 kl. 18:00–20:00", only the day
 * when the time of day is unknown, and "Dato kommer" when not even the date is known.
 */
export function formatEventTime(startsAt: Date | null, endsAt: Date | null, timeUnknown: boolean): string {
  if (!startsAt) return DATE_UNKNOWN;
  const day = `${weekdayFormat.format(startsAt)} ${formatDate(startsAt)}`;
  if (timeUnknown) return day;
  const start = `${day} kl. ${formatTime(startsAt)}`;
  if (!endsAt) return start;
  return formatDate(endsAt) === formatDate(startsAt)
    ? `${start}–${formatTime(endsAt)}`
    : `${start} – ${formatDate(endsAt)} kl. ${formatTime(endsAt)}`;
}
