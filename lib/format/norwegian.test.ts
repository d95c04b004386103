import { describe, expect, it } from "vitest";
import { compareNorwegian, formatCount, formatDate, formatEventTime } from "./norwegian";

describe("compareNorwegian", () => {
  it("puts Æ, Ø and Å after Z, in that order", () => {
    const names = ["Åsen", "Zeiner", "Ørjasæter", "Ævar", "Aglen", "Østby", "Brottveit"];
    expect([...names].sort(compareNorwegian)).toEqual([
      "Aglen",
      "Brottveit",
      "Zeiner",
      "Ævar",
      "Ørjasæter",
      "Østby",
      "Åsen",
    ]);
  });

  it("ignores case", () => {
    expect(compareNorwegian("gotaas", "Gotaas")).toBe(0);
  });
});

describe("formatCount", () => {
  it("groups thousands with a non-breaking space", () => {
    expect(formatCount(7)).toBe("7");
    expect(formatCount(100_015)).toBe("100\u00a0015");
  });
});

describe("formatDate", () => {
  it("writes the day, month name and year in Oslo time", () => {
    // 22:30 UTC on 29 September is already 30 September in Oslo (summer time).
    expect(formatDate(new Date("2020-09-29T22:30:00Z"))).toBe("30. september 2020");
    expect(formatDate(new Date("2022-01-05T12:00:00Z"))).toBe("5. januar 2022");
  });
});

describe("formatEventTime", () => {
  it("says the date is coming when it is unknown", () => {
    expect(formatEventTime(null, null, false)).toBe("Dato kommer");
  });

  it("gives only the day when the time of day is unknown", () => {
    expect(formatEventTime(new Date("2022-06-01T00:00:00+02:00"), null, true)).toBe("onsdag 1. juni 2022");
  });

  it("gives the time span in Oslo time across daylight saving", () => {
    expect(formatEventTime(new Date("2026-03-05T17:00:00Z"), new Date("2026-03-05T19:00:00Z"), false)).toBe(
      "torsdag 5. mars 2026 kl. 18:00–20:00",
    );
    expect(formatEventTime(new Date("2026-06-05T16:00:00Z"), null, false)).toBe("fredag 5. juni 2026 kl. 18:00");
  });
});
