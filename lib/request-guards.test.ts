import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, isWellFormedPath, notFoundResponse, refusedActionRequest } from "./request-guards";

const ACTION = "600b460a01228fa4972b277935eb26c37b470e0881";
const url = "http://localhost/redaksjon/logg-inn";

const fetchAction = (body: BodyInit, contentType?: string) =>
  new Request(url, {
    method: "POST",
    headers: { "Next-Action": ACTION, ...(contentType ? { "Content-Type": contentType } : {}) },
    body,
  });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("isWellFormedPath", () => {
  it("accepts paths a page can have, encoded or not", () => {
    for (const path of [
      "/",
      "/publikasjoner/takk-for-tilliten",
      "/publikasjoner/%00",
      "/personer/%F0%9F%98%80",
      "/a%20b",
      "/..%2f",
    ])
      expect(isWellFormedPath(path)).toBe(true);
  });

  it("refuses what is not percent-encoded UTF-8", () => {
    for (const path of ["/publikasjoner/%ff", "/prosjekter/%c0%af", "/x/%e2%82", "/%", "/%zz"])
      expect(isWellFormedPath(path), path).toBe(false);
  });

  it("answers the API as the API does, and pages in plain text", async () => {
    const api = notFoundResponse("/api/v1/topics/%ff");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    expect(await api.json()).toMatchObject({ status: 404, title: "Fant ikke" });
    expect(notFoundResponse("/publikasjoner/%ff").status).toBe(404);
  });
});

describe("refusedActionRequest", () => {
  it("lets through what React sends for an action, and every request that is no action", async () => {
    const passing = [
      fetchAction("[]", "text/plain;charset=UTF-8"),
      fetchAction('["$undefined",{"id":"x"}]', "text/plain;charset=UTF-8"),
      fetchAction(form({ "0": '[{"message":null,"email":""},"$K1"]', "1_email": "a@b.no", "1_password": "x" })),
      new Request(url, {
        method: "POST",
        body: form({
          $ACTION_REF_1: "",
          "$ACTION_1:0": `{"id":"${ACTION}","bound":"$@1"}`,
          "$ACTION_1:1": "[{}]",
          email: "a",
        }),
      }),
      new Request(url, { method: "POST", body: form({ [`$ACTION_ID_${ACTION}`]: "", email: "a" }) }),
      fetchAction(
        '["$$5", "$undefined", "$D2026-01-01T00:00:00.000Z", "$n12", "$NaN", "$-0", "$Infinity", "$T", "$K1"]',
        "text/plain",
      ),
      fetchAction(
        form({
          "0": '["$@1", "$Q2", "$3:name", "$B4"]',
          "1": '{"a":"$$b"}',
          "2": "[]",
          "3": '{"name":"x"}',
          "4": "blob",
        }),
      ),
      new Request(url),
      new Request("http://localhost/oai", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "verb=Identify",
      }),
    ];
    for (const request of passing) expect(await refusedActionRequest(request)).toBeNull();
  });

  it("refuses fetch action bodies that are not a list of arguments", async () => {
    const refused = [
      fetchAction("hello", "text/plain"),
      fetchAction('"x"', "text/plain"),
      fetchAction("5", "text/plain"),
      fetchAction("{}", "text/plain"),
      fetchAction("", "text/plain"),
      fetchAction(`[${"1,".repeat(2000)}1]`, "text/plain"),
      fetchAction('["a"]', "multipart/form-data; boundary=nothing"),
      fetchAction(form({ email: "a@b.no" })),
      fetchAction(form({ "0": "nope" })),
      fetchAction(form({ "0": '"x"' })),
      fetchAction('["$@1"]', "text/plain"),
      fetchAction('["$Z"]', "text/plain"),
      fetchAction('["$"]', "text/plain"),
      fetchAction('["$nabc"]', "text/plain"),
      fetchAction(`[${"[".repeat(5000)}${"]".repeat(5000)}]`, "text/plain"),
      fetchAction(form({ "0": '[{},"$Q7"]' })),
      fetchAction(form({ "0": '[{},"$7:a"]', "7": "nope" })),
      fetchAction(form({ "0": '["$B2"]' })),
    ];
    for (const request of refused) expect(await refusedActionRequest(request)).toBe(400);
  });

  it("refuses no-JavaScript forms with broken action fields", async () => {
    const refs: Record<string, string>[] = [
      { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${ACTION}","bound":"$@1"}`, "$ACTION_1:1": "x" },
      { $ACTION_REF_1: "", email: "a" },
      { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${ACTION}","bound":"$@1"}`, email: "a" },
    ];
    for (const fields of refs)
      expect(await refusedActionRequest(new Request(url, { method: "POST", body: form(fields) }))).toBe(400);
  });

  it("refuses bodies over the action limit", async () => {
    expect(await refusedActionRequest(fetchAction(`["${"a".repeat(ACTION_BODY_LIMIT)}"]`, "text/plain"))).toBe(413);
  });
});
