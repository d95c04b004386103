import { describe, expect, it } from "vitest";
import { OaiFailure, parseUtcDate, readDateRange, readRequest } from "./args";

const codes = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof OaiFailure) return error.errors.map((e) => e.code);
    throw error;
  }
  return [];
};

describe("readRequest", () => {
  it("accepts each verb with its arguments", () => {
    expect(readRequest([["verb", "Identify"]])).toEqual({ verb: "Identify", args: {} });
    expect(
      readRequest([
        ["verb", "ListRecords"],
        ["metadataPrefix", "oai_dc"],
        ["set", "type:rapport"],
      ]).args,
    ).toEqual({ metadataPrefix: "oai_dc", set: "type:rapport" });
    expect(
      readRequest([
        ["verb", "ListIdentifiers"],
        ["resumptionToken", "abc"],
      ]).args,
    ).toEqual({ resumptionToken: "abc" });
  });

  it("answers badVerb for a missing, unknown or repeated verb", () => {
    expect(codes(() => readRequest([]))).toEqual(["badVerb"]);
    expect(codes(() => readRequest([["verb", "ListAll"]]))).toEqual(["badVerb"]);
    expect(
      codes(() =>
        readRequest([
          ["verb", "Identify"],
          ["verb", "Identify"],
        ]),
      ),
    ).toEqual(["badVerb"]);
  });

  it("answers badArgument for illegal, repeated, missing or non-exclusive arguments", () => {
    expect(
      codes(() =>
        readRequest([
          ["verb", "Identify"],
          ["set", "x"],
        ]),
      ),
    ).toEqual(["badArgument"]);
    expect(
      codes(() =>
        readRequest([
          ["verb", "GetRecord"],
          ["metadataPrefix", "oai_dc"],
        ]),
      ),
    ).toEqual(["badArgument"]);
    expect(
      codes(() =>
        readRequest([
          ["verb", "ListRecords"],
          ["metadataPrefix", "oai_dc"],
          ["metadataPrefix", "oai_dc"],
        ]),
      ),
    ).toEqual(["badArgument"]);
    expect(
      codes(() =>
        readRequest([
          ["verb", "ListRecords"],
          ["resumptionToken", "t"],
          ["set", "x"],
        ]),
      ),
    ).toEqual(["badArgument"]);
    expect(codes(() => readRequest([["verb", "ListIdentifiers"]]))).toEqual(["badArgument"]);
  });
});

describe("dates", () => {
  it("reads both granularities and rejects anything else", () => {
    expect(parseUtcDate("2026-11-27")).toEqual({ date: new Date("2026-11-27T00:00:00Z"), granularity: "day" });
    expect(parseUtcDate("2026-11-27T13:14:15Z")?.granularity).toBe("second");
    for (const bad of [
      "2026-02-30",
      "2026-11-27T13:14Z",
      "2026-11-27T13:14:15.123Z",
      "2026-11-27T13:14:15+01:00",
      "27.11.2026",
      "",
    ]) {
      expect(parseUtcDate(bad), bad).toBeNull();
    }
  });

  it("makes until inclusive of its whole day or second", () => {
    expect(readDateRange({ from: "2026-01-01", until: "2026-01-31" })).toEqual({
      from: new Date("2026-01-01T00:00:00Z"),
      untilBefore: new Date("2026-02-01T00:00:00Z"),
    });
    expect(readDateRange({ until: "2026-01-31T10:00:00Z" }).untilBefore).toEqual(new Date("2026-01-31T10:00:01Z"));
  });

  it("rejects mixed granularities and a from after until", () => {
    expect(codes(() => readDateRange({ from: "2026-01-01", until: "2026-01-31T10:00:00Z" }))).toEqual(["badArgument"]);
    expect(codes(() => readDateRange({ from: "2026-02-01", until: "2026-01-31" }))).toEqual(["badArgument"]);
    expect(codes(() => readDateRange({ from: "i går" }))).toEqual(["badArgument"]);
  });
});
