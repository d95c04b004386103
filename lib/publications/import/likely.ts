import type { ImportedName } from "./csl-fields";
import { normaliseText } from "./normalise";

// Likely the same person though not the same name: the same family name, and given names that
// do not contradict each other, where an initial stands for any name with that letter
// ("B. Aglen" and "Bjørg Aglen"; "Bodil J. Landstad" and "Bodil Landstad"; "Aglen" and anyone
// named Aglen). The editor decides: this only offers.

/** "Anne-Grete J." as ["anne", "grete", "j."]: each part a name or an initial (one letter, with or without "."). */
function parts(given: string | null): string[] {
  return normaliseText(given ?? "")
    .split(/[\s-]+|(?<=\.)(?=\p{L})/u)
    .filter(Boolean);
}

const isInitial = (part: string) => /^\p{L}\.?$/u.test(part);

function partsAgree(a: string, b: string): boolean {
  if (isInitial(a) || isInitial(b)) return a[0] === b[0];
  return a === b;
}

export function likelySamePerson(imported: ImportedName, existing: ImportedName): boolean {
  if (normaliseText(imported.familyName) !== normaliseText(existing.familyName)) return false;
  const [a, b] = [parts(imported.givenName), parts(existing.givenName)];
  // The shorter list of given names must agree with the start of the longer one.
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((part, i) => partsAgree(part, longer[i]!));
}
