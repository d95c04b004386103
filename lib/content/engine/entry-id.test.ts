import { describe, expect, it } from "vitest";
import { isEntryId } from "@/lib/content/engine/entry-id";

describe("isEntryId", () => {
  it("accepts cuids, UUIDs and the benchmark's ids", () => {
    for (const id of ["cmifx3k2v0000qz8l3b1c9d2e", "3f2b7c1e-9d4a-4b8e-a1c2-0e9f8d7c6b5a", "syn_work_99999"])
      expect(isEntryId(id)).toBe(true);
  });

  it("refuses what cannot be an id", () => {
    for (const id of [
      "",
      "\u0000",
      "a\u0000",
      "x".repeat(41),
      "@/lib/a",
      "a b",
      "😀",
      "<script>",
      42,
      null,
      undefined,
      ["a"],
    ]) {
      expect([String(id).slice(0, 10), isEntryId(id)]).toEqual([String(id).slice(0, 10), false]);
    }
  });
});
