import { describe, expect, it } from "vitest";
import { dateToOsloIso, dateToOsloLocal, isOsloLocal, osloLocalOccurrences, osloLocalToDate } from "./oslo-time";

const utc = (value: string) => osloLocalToDate(value).toISOString();

describe("osloLocalToDate", () => {
  it("is one hour ahead of UTC in winter and two in summer", () => {
    expect(utc("2026-01-15T18:00")).toBe("2026-01-15T17:00:00.000Z");
    expect(utc("2026-07-01T18:00")).toBe("2026-07-01T16:00:00.000Z");
    expect(utc("2020-09-30T00:00")).toBe("2020-09-29T22:00:00.000Z");
    expect(utc("2024-12-31T23:30")).toBe("2024-12-31T22:30:00.000Z");
  });

  it("switches at 02:00 on the last Sunday of March", () => {
    expect(utc("2026-03-29T01:59")).toBe("2026-03-29T00:59:00.000Z");
    expect(utc("2026-03-29T03:00")).toBe("2026-03-29T01:00:00.000Z");
    expect(utc("2026-03-29T18:00")).toBe("2026-03-29T16:00:00.000Z");
    // 02:30 does not exist that night: it is read as 03:30 summer time.
    expect(utc("2026-03-29T02:30")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("switches back at 03:00 on the last Sunday of October", () => {
    expect(utc("2026-10-25T01:30")).toBe("2026-10-24T23:30:00.000Z");
    // 02:30 happens twice that night: the first (summer-time) one is meant.
    expect(utc("2026-10-25T02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(utc("2026-10-25T03:00")).toBe("2026-10-25T02:00:00.000Z");
    expect(utc("2026-10-25T18:00")).toBe("2026-10-25T17:00:00.000Z");
  });

  it("refuses what is not a local date-time", () => {
    expect(() => osloLocalToDate("2026-02-30T10:00")).toThrow(RangeError);
    expect(() => osloLocalToDate("2026-01-15 18:00")).toThrow(RangeError);
    expect(() => osloLocalToDate("")).toThrow(RangeError);
  });
});

describe("dateToOsloLocal", () => {
  it("gives the Oslo wall clock in winter and summer", () => {
    expect(dateToOsloLocal(new Date("2026-01-15T17:00:00Z"))).toBe("2026-01-15T18:00");
    expect(dateToOsloLocal(new Date("2026-07-01T16:00:00Z"))).toBe("2026-07-01T18:00");
    expect(dateToOsloLocal(new Date("2020-09-29T22:00:00Z"))).toBe("2020-09-30T00:00");
  });

  it("shows midnight as 00, not 24, and both hours of the October night", () => {
    expect(dateToOsloLocal(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01T00:00");
    expect(dateToOsloLocal(new Date("2026-10-25T00:30:00Z"))).toBe("2026-10-25T02:30");
    expect(dateToOsloLocal(new Date("2026-10-25T01:30:00Z"))).toBe("2026-10-25T02:30");
    expect(dateToOsloLocal(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00");
  });

  it("round-trips every quarter hour across both change days", () => {
    for (const day of ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${day}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const skipped = dateToOsloLocal(osloLocalToDate(local)) !== local;
        // Only the skipped hour of the spring night fails to come back unchanged.
        expect(skipped).toBe(day.endsWith("03-29") || day.endsWith("03-28") ? local.slice(11, 13) === "02" : false);
      }
    }
  });
});

describe("isOsloLocal", () => {
  it("checks the form and the calendar", () => {
    expect(isOsloLocal("2028-02-29T12:00")).toBe(true);
    expect(isOsloLocal("2026-02-29T12:00")).toBe(false);
    expect(isOsloLocal("2026-01-01T24:00")).toBe(false);
    expect(isOsloLocal("2026-1-1T10:00")).toBe(false);
  });
});

describe("dateToOsloIso", () => {
  it("writes Oslo time with the offset of the day", () => {
    expect(dateToOsloIso(new Date("2026-01-15T17:00:00Z"))).toBe("2026-01-15T18:00:00+01:00");
    expect(dateToOsloIso(new Date("2026-06-15T16:00:00Z"))).toBe("2026-06-15T18:00:00+02:00");
    expect(dateToOsloIso(new Date("2022-05-31T22:00:00Z"), true)).toBe("2022-06-01");
  });
});

describe("osloLocalOccurrences", () => {
  it("finds the skipped spring hour and the repeated autumn hour, and nothing else", () => {
    for (const day of ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${day}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const inChangedHour = local.slice(11, 13) === "02";
        expect(osloLocalOccurrences(local), local).toBe(inChangedHour ? (day.slice(5, 7) === "03" ? 0 : 2) : 1);
      }
    }
    expect(osloLocalOccurrences("2026-07-01T02:30")).toBe(1);
    expect(() => osloLocalOccurrences("2026-02-30T02:30")).toThrow(RangeError);
  });
});
