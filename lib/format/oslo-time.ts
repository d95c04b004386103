import { TIME_ZONE } from "./norwegian";

// Europe/Oslo wall-clock time as typed into <input type="datetime-local"> ("2026-03-05T18:00"),
// to and from the instant stored in the database. Pure functions, no dependencies.

const DAY = 24 * 3_600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** Oslo's wall clock at an instant, as the numbers of a UTC date. */
function wallClock(instant: number): { fields: Record<string, number>; asUtc: number } {
  const fields: Record<string, number> = {};
  for (const part of parts.formatToParts(new Date(instant)))
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  const f = (name: string) => fields[name] ?? 0;
  return { fields, asUtc: Date.UTC(f("year"), f("month") - 1, f("day"), f("hour"), f("minute"), f("second")) };
}

/** Milliseconds Oslo is ahead of UTC at an instant: one hour in winter, two in summer. */
const offsetAt = (instant: number) => wallClock(instant).asUtc - Math.floor(instant / 1000) * 1000;

/** True for a well-formed "YYYY-MM-DDTHH:mm" naming a real calendar day and time. */
export function isOsloLocal(value: string): boolean {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour < 24 && minute < 60;
}

/**
 * The instant of an Oslo wall-clock time. Like Temporal's "compatible" choice: a time that
 * occurs twice (the October change) is the first, summer-time one; a time that does not
 * exist (skipped in March) moves forward by the gap, so 02:30 becomes 03:30 summer time.
 */
export function osloLocalToDate(value: string): Date {
  if (!isOsloLocal(value)) throw new RangeError(`Not an Oslo local date-time: ${value}`);
  const [year, month, day, hour, minute] = LOCAL.exec(value)!.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const before = offsetAt(asUtc - DAY);
  const after = offsetAt(asUtc + DAY);
  const fits = [before, after].filter((offset) => offsetAt(asUtc - offset) === offset);
  // Two fits: the larger offset is the earlier instant. None: a gap, use the offset before it.
  const offset = fits.length ? Math.max(...fits) : before;
  return new Date(asUtc - offset);
}

/**
 * How often an Oslo wall-clock time happens: once; never (the hour skipped when summer time
 * begins, 02:00-02:59 on the last Sunday of March); or twice (the hour repeated when it ends,
 * 02:00-02:59 on the last Sunday of October). Read from the time zone data, not from these rules.
 */
export function osloLocalOccurrences(value: string): 0 | 1 | 2 {
  if (!isOsloLocal(value)) throw new RangeError(`Not an Oslo local date-time: ${value}`);
  const [year, month, day, hour, minute] = LOCAL.exec(value)!.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = new Set([offsetAt(asUtc - DAY), offsetAt(asUtc + DAY)]);
  return [...offsets].filter((offset) => offsetAt(asUtc - offset) === offset).length as 0 | 1 | 2;
}

/** The Oslo wall-clock time of an instant, for <input type="datetime-local">. */
export function dateToOsloLocal(date: Date): string {
  const { fields } = wallClock(date.getTime());
  const pad = (name: string, width = 2) => String(fields[name] ?? 0).padStart(width, "0");
  return `${pad("year", 4)}-${pad("month")}-${pad("day")}T${pad("hour")}:${pad("minute")}`;
}

/** ISO 8601 in Oslo time with that day's offset ("2026-03-05T18:00:00+01:00"), or just the Oslo day ("2026-03-05"). */
export function dateToOsloIso(date: Date, dayOnly = false): string {
  const { fields } = wallClock(date.getTime());
  const pad = (name: string, width = 2) => String(fields[name] ?? 0).padStart(width, "0");
  const day = `${pad("year", 4)}-${pad("month")}-${pad("day")}`;
  if (dayOnly) return day;
  const minutes = offsetAt(date.getTime()) / 60_000;
  const offset = `${minutes < 0 ? "-" : "+"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
  return `${day}T${pad("hour")}:${pad("minute")}:${pad("second")}${offset}`;
}
