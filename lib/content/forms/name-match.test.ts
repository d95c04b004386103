import { describe, expect, it } from "vitest";
import { foldName, matchName } from "@/lib/content/forms/name-match";

const persons = [
  { value: "p1", label: "Gotaas, Nora" },
  { value: "p2", label: "Gotaas, Nils" },
  { value: "p3", label: "Ørnes, Åse" },
];

describe("a name typed without JavaScript", () => {
  it("matches a person exactly, either way round, without regard to case, accents or spaces", () => {
    for (const typed of ["Nora Gotaas", "gotaas, nora", "  NORA   GOTAAS ", "Gotaas, Norá"])
      expect(matchName("persons", typed, persons)).toEqual({ ok: true, option: persons[0] });
    expect(matchName("persons", "Ase Ørnes", persons)).toEqual({ ok: true, option: persons[2] });
    expect(foldName("Ærlig Øst Åsen")).toBe("ærlig øst asen");
  });

  it("lists the candidates when the name is only part of theirs", () => {
    expect(matchName("persons", "Gotaas", persons.slice(0, 2))).toEqual({
      ok: false,
      message: "Fant flere: Gotaas, Nora; Gotaas, Nils. Skriv hele navnet.",
    });
    expect(matchName("topics", "empower", [{ value: "t", label: "Empowerment" }])).toEqual({
      ok: false,
      message: "Mente du «Empowerment»? Skriv hele navnet.",
    });
    const many = Array.from({ length: 9 }, (_, i) => ({ value: `t${i}`, label: `Selvhjelp ${i}` }));
    const { message } = matchName("topics", "selvhjelp", many) as { message: string };
    expect(message.split(";")).toHaveLength(5);
  });

  it("says so when no entry has the name, and when two have it", () => {
    expect(matchName("persons", "Gotas", [])).toEqual({ ok: false, message: "Fant ingen person som heter «Gotas»." });
    expect(matchName("topics", "Tull", [])).toEqual({ ok: false, message: "Fant ikke noe emne som heter «Tull»." });
    const twins = [persons[0]!, { value: "p9", label: "Gotaas, Nora" }];
    expect(matchName("persons", "Nora Gotaas", twins)).toMatchObject({ ok: false });
  });
});
