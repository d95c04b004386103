import type { Option, OptionSet } from "@/lib/content/forms/form-config";

// How a name typed without JavaScript is matched to a picker's entries: exactly, but without
// regard to case, accents or spacing. A person matches as "Nora Gotaas" and as "Gotaas, Nora".

const NONE_FOUND: Record<OptionSet, string> = {
  persons: "Fant ingen person",
  organisations: "Fant ingen organisasjon",
  topics: "Fant ikke noe emne",
  projects: "Fant ikke noe prosjekt",
  publications: "Fant ingen publikasjon",
};

/** Lower case, accents removed (é → e, å → a; æ and ø stay), spaces collapsed. */
export const foldName = (name: string) =>
  name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** The ways an entry's label may be typed: a person's "Family, Given" also as "Given Family". */
function spellings(set: OptionSet, label: string): string[] {
  const comma = label.indexOf(", ");
  if (set !== "persons" || comma < 0) return [label];
  return [label, `${label.slice(comma + 2)} ${label.slice(0, comma)}`];
}

export type NameMatch = { ok: true; option: Option } | { ok: false; message: string };

/** The one entry among the candidates (a picker search for the name) whose label is the name. */
export function matchName(set: OptionSet, typed: string, candidates: Option[]): NameMatch {
  const wanted = foldName(typed);
  const exact = candidates.filter((o) => spellings(set, o.label).some((s) => foldName(s) === wanted));
  if (exact.length === 1 && exact[0]) return { ok: true, option: exact[0] };
  const shown = (exact.length > 1 ? exact : candidates).slice(0, 5).map((o) => o.label);
  if (shown.length === 0) return { ok: false, message: `${NONE_FOUND[set]} som heter «${typed}».` };
  if (exact.length > 1)
    return {
      ok: false,
      message: `Fant flere som heter «${typed}»: ${shown.join("; ")}. Velg med JavaScript slått på.`,
    };
  if (shown.length === 1) return { ok: false, message: `Mente du «${shown[0]}»? Skriv hele navnet.` };
  return { ok: false, message: `Fant flere: ${shown.join("; ")}. Skriv hele navnet.` };
}
