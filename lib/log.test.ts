import { describe, expect, it } from "vitest";
import { errorText, logLine, redact, validRequestId } from "./log.mjs";

describe("the JSON log", () => {
  it("writes one JSON object with time, level, event and the fields", () => {
    const line = logLine(
      "info",
      "save",
      { requestId: "a1b2c3d4", editorId: "ed_1", entry: "publication/pub_1", durationMs: 12 },
      new Date("2026-12-02T10:00:00Z"),
    );
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-12-02T10:00:00.000Z",
      level: "info",
      event: "save",
      requestId: "a1b2c3d4",
      editorId: "ed_1",
      entry: "publication/pub_1",
      durationMs: 12,
    });
  });

  it("never writes a secret: fields named like one, passwords in connection strings, and long texts are cut", () => {
    const line = JSON.parse(
      logLine("error", "request-error", {
        password: "hunter22",
        sessionToken: "abc",
        cookie: "authjs.session-token=xyz",
        error: "Can't reach database server at postgresql://selvhjelp:s3cret@db:5432/selvhjelp?password=other",
        note: "x".repeat(5000),
      }),
    );
    expect([line.password, line.sessionToken, line.cookie]).toEqual(["***", "***", "***"]);
    expect(line.error).toBe("Can't reach database server at postgresql://selvhjelp:***@db:5432/selvhjelp?password=***");
    expect(line.note.length).toBe(1001);
    expect(redact("no secret here")).toBe("no secret here");
  });

  it("keeps its own keys: a field cannot pass for the level or the event", () => {
    expect(JSON.parse(logLine("error", "save", { level: "info", event: "other" }))).toMatchObject({
      level: "error",
      event: "save",
    });
  });

  it("takes request ids of letters, digits, - and _ only", () => {
    expect(validRequestId("6f1c2a9b-0d3e-4f5a-8b7c-9d0e1f2a3b4c")).toBe("6f1c2a9b-0d3e-4f5a-8b7c-9d0e1f2a3b4c");
    expect(validRequestId("short")).toBeNull();
    expect(validRequestId("a\nb-very-long-id")).toBeNull();
    expect(validRequestId(["aaaaaaaaaa", "bbbbbbbbbb"])).toBeNull();
  });

  it("describes an error by its class, code and message", () => {
    expect(
      errorText(
        Object.assign(new Error("Unique constraint failed"), { name: "PrismaClientKnownRequestError", code: "P2002" }),
      ),
    ).toBe("PrismaClientKnownRequestError P2002: Unique constraint failed");
    expect(errorText("plain")).toBe("plain");
  });
});
