import { describe, expect, it } from "vitest";
import { clientIp, UNKNOWN_IP } from "./client-ip";

const TOKEN = "a".repeat(64);
const headers = (values: Record<string, string>) => new Headers(values);

describe("the visitor's address for login throttling", () => {
  it("believes X-Real-IP from the front server, which proves itself with its token", () => {
    expect(
      clientIp(headers({ "x-real-ip": "198.51.100.7", "x-front-server": TOKEN }), { FRONT_SERVER_TOKEN: TOKEN }),
    ).toBe("198.51.100.7");
  });

  it.each([
    ["no token", { "x-real-ip": "203.0.113.9" }],
    ["a wrong token", { "x-real-ip": "203.0.113.9", "x-front-server": "b".repeat(64) }],
    ["a token of another length", { "x-real-ip": "203.0.113.9", "x-front-server": "short" }],
    ["a forged X-Forwarded-For", { "x-forwarded-for": "203.0.113.9" }],
  ])("does not believe a visitor's own headers (%s) with no proxy named: the address is unknown", (_, values) => {
    expect(clientIp(headers(values), { FRONT_SERVER_TOKEN: TOKEN })).toBe(UNKNOWN_IP);
    expect(clientIp(headers(values), {})).toBe(UNKNOWN_IP);
  });

  it("behind TRUST_PROXY=N proxies, takes the entry the outermost one added", () => {
    const forwarded = headers({ "x-forwarded-for": "203.0.113.66, 198.51.100.7, 10.0.0.2" });
    expect(clientIp(forwarded, { TRUST_PROXY: "1" })).toBe("10.0.0.2");
    expect(clientIp(forwarded, { TRUST_PROXY: "2" })).toBe("198.51.100.7");
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.7" }), { TRUST_PROXY: "2" })).toBe(UNKNOWN_IP);
    expect(clientIp(forwarded, { TRUST_PROXY: "one" })).toBe(UNKNOWN_IP);
  });
});
