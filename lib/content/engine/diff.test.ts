import { describe, expect, it } from "vitest";
import { changedFields, displayValue } from "@/lib/content/engine/diff";

describe("changedFields", () => {
  it("lists the fields whose values differ, arrays included", () => {
    expect(
      changedFields({ title: "A", topicIds: ["1"], year: "2020" }, { title: "B", topicIds: ["1"], year: "2020" }),
    ).toEqual(["title"]);
    expect(
      changedFields(
        { authors: [{ personId: "a" }, { personId: "b" }] },
        { authors: [{ personId: "b" }, { personId: "a" }] },
      ),
    ).toEqual(["authors"]);
    expect(changedFields({ note: null }, { note: "" })).toEqual([]);
  });
});

describe("displayValue", () => {
  const options = {
    persons: [{ value: "p1", label: "Gotaas, Nora" }],
    topics: [{ value: "t1", label: "Empowerment" }],
  };
  it("shows names instead of ids, one per line", () => {
    expect(displayValue([{ personId: "p1" }, { newPerson: { givenName: "Åse", familyName: "Ørnes" } }], options)).toBe(
      "Gotaas, Nora\nÅse Ørnes (ny)",
    );
    expect(displayValue(["t1"], options)).toBe("Empowerment");
  });
  it("shows a project member with role and affiliations, and yes or no for checkboxes", () => {
    const orgs = {
      ...options,
      organisations: [
        { value: "o1", label: "NIBR" },
        { value: "o2", label: "OsloMet" },
      ],
    };
    const member = {
      personId: "p1",
      role: "Prosjektleder",
      affiliations: [
        { organisationId: "o1", note: "" },
        { organisationId: "o2", note: "i en del av prosjektperioden" },
      ],
    };
    expect(displayValue([member], orgs)).toBe(
      "Gotaas, Nora – Prosjektleder (NIBR; OsloMet, i en del av prosjektperioden)",
    );
    expect(displayValue(true, options)).toBe("Ja");
    expect(displayValue(false, options)).toBe("Nei");
  });
  it("marks empty values", () => {
    expect(displayValue("", options)).toBe("(tom)");
    expect(displayValue([], options)).toBe("(tom)");
  });
});
