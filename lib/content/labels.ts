import type { EventStatus, PublicationType } from "@/lib/generated/prisma/enums";

export const PUBLICATION_TYPE_LABELS: Record<PublicationType, string> = {
  doktorgradsavhandling: "Doktorgradsavhandling",
  masteroppgave: "Masteroppgave",
  rapport: "Rapport",
  arbeidsnotat: "Arbeidsnotat",
  tidsskriftartikkel: "Tidsskriftartikkel",
  bokkapittel: "Bokkapittel",
  bok: "Bok",
  fagartikkel: "Fagartikkel",
  annet: "Annet",
};

export const PUBLICATION_TYPES = Object.keys(PUBLICATION_TYPE_LABELS) as PublicationType[];

export function isPublicationType(value: string): value is PublicationType {
  // Own keys only: `in` would also take "__proto__", "constructor" or "toString" from the URL.
  return Object.hasOwn(PUBLICATION_TYPE_LABELS, value);
}

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  planned: "Planlagt",
  cancelled: "Avlyst",
  held: "Gjennomført",
};

export const LANGUAGE_LABELS: Record<string, string> = { nb: "Norsk (bokmål)", nn: "Norsk (nynorsk)", en: "Engelsk" };

type Named = { givenName: string | null; familyName: string };

export function fullName(person: Named): string {
  return person.givenName ? `${person.givenName} ${person.familyName}` : person.familyName;
}

type OrgName = { name: string; shortName: string | null };

/** "Norsk institutt for by- og regionforskning (NIBR)". */
export function organisationName(org: OrgName): string {
  return org.shortName ? `${org.name} (${org.shortName})` : org.name;
}
