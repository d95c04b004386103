import { describe, expect, it } from "vitest";
import { changedFields, displayValue } from "./diff";

describe("changedFields", () => {
  it("lists the fields whose values differ, arrays included", () => {
    expect(changedFields({ title: "A", topicIds: ["1"], year: "2020" }, { title: "B", topicIds: ["1"], year: "2020" })).toEqual(["title"]);
    expect(changedFields({ authors: [{ personId: "a" }, { personId: "b" }] }, { authors: [{ personId: "b" }, { personId: "a" }] })).toEqual(["authors"]);
    expect(changedFields({ note: null }, { note: "" })).toEqual([]);
  });
});

describe("displayValue", () => {
  const options = { persons: [{ value: "p1", label: "Gotaas, Nora" }], topics: [{ value: "t1", label: "Empowerment" }] };
  it("shows names instead of ids, one per line", () => {
    expect(displayValue([{ personId: "p1" }, { newPerson: { givenName: "Åse", familyName: "Ørnes" } }], options)).toBe("Gotaas, Nora\nÅse Ørnes (ny)");
    expect(displayValue(["t1"], options)).toBe("Empowerment");
  });
  it("marks empty values", () => {
    expect(displayValue("", options)).toBe("(tom)");
    expect(displayValue([], options)).toBe("(tom)");
  });
});
