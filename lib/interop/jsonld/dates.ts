import { TIME_ZONE } from "@/lib/format/norwegian";

// Dates for JSON-LD: ISO 8601 in Oslo time with the offset of that day.

const osloParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZoneName: "longOffset",
});

/** "2026-03-05T18:00:00+01:00" (Oslo time with its offset), or "2026-03-05" for a day without a time. */
export function osloDateTime(date: Date, dayOnly = false): string {
  const part = Object.fromEntries(osloParts.formatToParts(date).map((p) => [p.type, p.value]));
  const day = `${part.year}-${part.month}-${part.day}`;
  if (dayOnly) return day;
  const offset = part.timeZoneName === "GMT" ? "+00:00" : String(part.timeZoneName).replace("GMT", "");
  return `${day}T${part.hour}:${part.minute}:${part.second}${offset}`;
}
