import { describe, expect, it } from "vitest";
import { eventToIcs, type CalendarEvent } from "./ics";

const event: CalendarEvent = {
  slug: "filmkveld",
  title: "Filmkveld",
  summary: "Erfaringer fra selvhjelpsfellesskap.",
  startsAt: new Date("2026-03-05T17:00:00Z"),
  endsAt: new Date("2026-03-05T19:00:00Z"),
  timeUnknown: false,
  venueName: "Litteraturhuset i Oslo",
  venueAddress: "Wergelands vei 29, Oslo",
  online: true,
  streamUrl: "https://example.org/stream",
  infoUrl: "https://litteraturhuset.no/",
  eventStatus: "planned",
};

// Unfolds iCalendar line continuations so that assertions can read whole properties.
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("eventToIcs", () => {
  it("gives no calendar file while the date is unknown", () => {
    expect(eventToIcs({ ...event, startsAt: null }, "http://localhost:3000")).toBeNull();
  });

  it("writes start and end in UTC, location, URL and the stream link", () => {
    const ics = unfold(eventToIcs(event, "https://forskning.example")!);
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toMatch(/DTSTART:20260305T170000Z/);
    expect(ics).toMatch(/DTEND:20260305T190000Z/);
    expect(ics).toContain("LOCATION:Litteraturhuset i Oslo\\, Wergelands vei 29\\, Oslo");
    expect(ics).toContain("URL:https://forskning.example/arrangementer/filmkveld");
    expect(ics).toContain("Strømming: https://example.org/stream");
  });

  it("makes a day without a known time an all-day event on the Oslo date", () => {
    // Midnight in Oslo on 1 June is still 31 May in UTC.
    const ics = unfold(eventToIcs({ ...event, startsAt: new Date("2022-05-31T22:00:00Z"), endsAt: null, timeUnknown: true }, "http://x")!);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20220601/);
    expect(ics).toMatch(/DTEND;VALUE=DATE:20220602/);
  });
});
