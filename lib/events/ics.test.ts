import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { eventsToIcs, eventToIcs, type CalendarEvent } from "./ics";

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
    const ics = unfold(
      eventToIcs(
        { ...event, startsAt: new Date("2022-05-31T22:00:00Z"), endsAt: null, timeUnknown: true },
        "http://x",
      )!,
    );
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20220601/);
    expect(ics).toMatch(/DTEND;VALUE=DATE:20220602/);
  });
});

// Read back by an independent iCalendar parser (Mozilla's ical.js), in Oslo local time.
describe("eventsToIcs, parsed with ical.js", () => {
  const osloTime = new Intl.DateTimeFormat("nb-NO", {
    timeZone: "Europe/Oslo",
    dateStyle: "short",
    timeStyle: "short",
  });
  const at = (iso: string, slug: string) => ({
    ...event,
    slug,
    startsAt: new Date(iso),
    endsAt: new Date(new Date(iso).getTime() + 2 * 3600_000),
  });
  // 18:00 in Oslo the evenings before and after summer time starts (29 March 2026) and ends (25 October 2026).
  const events = [
    at("2026-03-28T17:00:00Z", "for-sommertid"),
    at("2026-03-29T16:00:00Z", "etter-sommertid"),
    at("2026-10-24T16:00:00Z", "for-vintertid"),
    at("2026-10-25T17:00:00Z", "etter-vintertid"),
    { ...event, slug: "uten-dato", startsAt: null, endsAt: null },
    { ...event, slug: "heldag", startsAt: new Date("2022-05-31T22:00:00Z"), endsAt: null, timeUnknown: true },
  ];

  function parse(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  }

  it("has one VEVENT per dated event, at 18:00 Oslo time on both sides of each change of clock", () => {
    const parsed = parse(eventsToIcs(events, "https://forskning.example"));
    expect(parsed.map((e) => e.uid)).toEqual([
      "for-sommertid@selvhjelp-forskning",
      "etter-sommertid@selvhjelp-forskning",
      "for-vintertid@selvhjelp-forskning",
      "etter-vintertid@selvhjelp-forskning",
      "heldag@selvhjelp-forskning",
    ]);
    const local = parsed.slice(0, 4).map((e) => osloTime.format(e.startDate.toJSDate()));
    expect(local).toEqual(["28.03.2026, 18:00", "29.03.2026, 18:00", "24.10.2026, 18:00", "25.10.2026, 18:00"]);
    expect(parsed.slice(0, 4).map((e) => osloTime.format(e.endDate.toJSDate()).slice(-5))).toEqual([
      "20:00",
      "20:00",
      "20:00",
      "20:00",
    ]);
  });

  it("keeps location, URL, the stream link and an all-day date", () => {
    const [first, , , , allDay] = parse(eventsToIcs(events, "https://forskning.example"));
    expect(first?.location).toBe("Litteraturhuset i Oslo, Wergelands vei 29, Oslo");
    expect(first?.component.getFirstPropertyValue("url")).toBe("https://forskning.example/arrangementer/for-sommertid");
    expect(first?.description).toContain("Strømming: https://example.org/stream");
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe("2022-06-01");
  });
});
