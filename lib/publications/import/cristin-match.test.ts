import { describe, expect, it } from "vitest";
import { fixture } from "@/test/lookup-stand-in";
import { cslFromNvaHit } from "@/lib/lookup/nva";
import { cslCristinIds } from "./csl-fields";
import { recordsOfLookups } from "./lookup-form";
import { planImport } from "./plan";

// NVA gives its contributors' Cristin person ids: a work fetched from NVA is linked to the person
// with that id in the portal, whatever the name is written as there.

const [article] = JSON.parse(fixture("nva-search-contributor-synthetic.json")).hits;
const item = cslFromNvaHit(article)!;
const records = recordsOfLookups([{ line: "nva", ok: true, item, warnings: [] }]);

describe("Cristin ids from NVA in the import", () => {
  it("come with the names that have one, by the name's key", () => {
    expect(item.author).toEqual([
      { given: "Syntetisk", family: "Testperson", "cristin-id": "99999901" },
      { given: "Fiktiv", family: "Medforfatter" },
    ]);
    expect(cslCristinIds(item)).toEqual({ "testperson|syntetisk": "99999901" });
  });

  it("link the name to the person with that id, even when the portal writes the name otherwise", () => {
    const [planned] = planImport(records, {
      works: [],
      persons: [
        { id: "initials", givenName: "S.", familyName: "Testperson", cristinId: "99999901" },
        { id: "namesake", givenName: "Syntetisk", familyName: "Testperson", cristinId: "12345" },
      ],
    });
    expect(planned?.status).toBe("new");
    if (planned?.status !== "new") return;
    expect(planned.people.map((p) => [p.name.familyName, p.personId, p.candidates.length])).toEqual([
      ["Testperson", "initials", 0],
      ["Medforfatter", null, 0],
    ]);
  });

  it("leave the match to the name when no person has the id", () => {
    const [planned] = planImport(records, {
      works: [],
      persons: [{ id: "same-name", givenName: "Syntetisk", familyName: "Testperson", cristinId: null }],
    });
    if (planned?.status !== "new") throw new Error("not planned as new");
    expect(planned.people[0]?.personId).toBe("same-name");
  });

  it("are not read from a name that carries something else", () => {
    expect(
      cslCristinIds({ id: "x", type: "book", author: [{ family: "A", given: "B", "cristin-id": "1; DROP" }] }),
    ).toEqual({});
  });
});
