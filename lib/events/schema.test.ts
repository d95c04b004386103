import { describe, expect, it } from "vitest";
import { EMPTY_EVENT, eventSchema } from "./schema";

// The event form's dates: sensible years, and Oslo times that exist exactly once.

const event = (fields: Partial<typeof EMPTY_EVENT>) =>
  eventSchema.safeParse({ ...EMPTY_EVENT, title: "Filmkveld", ...fields });
const errors = (fields: Partial<typeof EMPTY_EVENT>) => {
  const result = event(fields);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("event dates", () => {
  it("are stored as the instant of the Oslo time", () => {
    const result = event({ startsAt: "2026-03-05T18:00", endsAt: "2026-03-05T20:00" });
    expect(result.success && result.data.startsAt?.toISOString()).toBe("2026-03-05T17:00:00.000Z");
    expect(result.success && result.data.endsAt?.toISOString()).toBe("2026-03-05T19:00:00.000Z");
  });

  it("lie between 1900 and 2100", () => {
    expect(event({ startsAt: "1900-01-01T00:00", endsAt: "2100-12-31T23:59" }).success).toBe(true);
    expect(errors({ startsAt: "0000-01-01T18:00" })).toEqual({ startsAt: "Året må ligge mellom 1900 og 2100." });
    expect(errors({ startsAt: "1899-12-31T18:00" })).toEqual({ startsAt: "Året må ligge mellom 1900 og 2100." });
    expect(errors({ startsAt: "2026-01-01T18:00", endsAt: "9999-12-31T18:00" })).toEqual({
      endsAt: "Året må ligge mellom 1900 og 2100.",
    });
    expect(errors({ startsAt: "9999-12-31T18:00", timeUnknown: true })).toEqual({
      startsAt: "Året må ligge mellom 1900 og 2100.",
    });
  });

  it("refuse a time in the hour skipped when summer time begins", () => {
    expect(errors({ startsAt: "2027-03-28T02:30" })).toEqual({
      startsAt:
        "Klokkeslettet 02.30 finnes ikke 28.03.2027: da stilles klokken en time fram (sommertiden begynner). Velg et annet klokkeslett, for eksempel 03.30.",
    });
    expect(errors({ startsAt: "2026-03-29T01:00", endsAt: "2026-03-29T02:00" })).toEqual({
      endsAt:
        "Klokkeslettet 02.00 finnes ikke 29.03.2026: da stilles klokken en time fram (sommertiden begynner). Velg et annet klokkeslett, for eksempel 03.00.",
    });
    expect(event({ startsAt: "2027-03-28T01:59" }).success).toBe(true);
    expect(event({ startsAt: "2027-03-28T03:00" }).success).toBe(true);
  });

  it("refuse a time in the hour repeated when summer time ends, and say why", () => {
    expect(errors({ startsAt: "2026-10-25T02:30" })).toEqual({
      startsAt:
        "Klokkeslettet 02.30 finnes to ganger 25.10.2026: da stilles klokken en time tilbake (sommertiden slutter), så det er ikke klart hvilket av de to som menes. Velg et klokkeslett utenfor denne timen, eller huk av for «Bare dagen er kjent».",
    });
    expect(Object.keys(errors({ startsAt: "2027-10-31T02:00" }))).toEqual(["startsAt"]);
    expect(event({ startsAt: "2026-10-25T01:59" }).success).toBe(true);
    expect(event({ startsAt: "2026-10-25T03:00" }).success).toBe(true);
  });

  it("accept any time of day when only the day is known, and store that day", () => {
    const result = event({ startsAt: "2027-03-28T02:30", timeUnknown: true });
    expect(result.success && result.data.startsAt?.toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(event({ startsAt: "2026-10-25T02:30", timeUnknown: true }).success).toBe(true);
  });

  it("still refuse what is not a date", () => {
    expect(errors({ startsAt: "2026-02-30T10:00" })).toEqual({
      startsAt: "Skriv dato og klokkeslett, for eksempel 05.03.2026 kl. 18.00.",
    });
  });
});

describe("event texts", () => {
  it("follow the text rules", () => {
    const result = event({
      title: "Film\u0001kveld\u200B",
      summary: "Linje én\r\nLinje to",
      venueName: "Litteratur\nhuset",
    });
    expect(result.success && [result.data.title, result.data.summary, result.data.venueName]).toEqual([
      "Filmkveld\u200B",
      "Linje én\nLinje to",
      "Litteratur huset",
    ]);
    expect(errors({ title: "\u200B\u2060" })).toEqual({
      title: "Tittel inneholder bare usynlige tegn. Skriv inn synlig tekst.",
    });
  });
});
