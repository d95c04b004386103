import "server-only";
import { fullName } from "@/lib/content/labels";
import { absoluteUrl } from "../site-url";

// Small pieces shared by the schema.org JSON-LD of every kind of page.

export type JsonLd = { [key: string]: unknown };

export const CONTEXT = "https://schema.org";

type Public = { status?: string; deletedAt?: Date | null };
const isPublicEntry = (entry: Public) =>
  entry.status === undefined || (entry.status === "published" && !entry.deletedAt);

/** Leaves out empty values, so that no property is stated without a fact behind it. */
export function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

type PersonRef = Public & { slug: string; givenName: string | null; familyName: string };

export function personRef(person: PersonRef): JsonLd {
  return compact({
    "@type": "Person",
    name: fullName(person),
    givenName: person.givenName,
    familyName: person.familyName,
    url: isPublicEntry(person) ? absoluteUrl(`/personer/${person.slug}`) : undefined,
  });
}

type OrganisationRef = Public & { slug: string; name: string; shortName?: string | null };

export function organisationRef(org: OrganisationRef): JsonLd {
  return compact({
    "@type": "Organization",
    name: org.name,
    alternateName: org.shortName,
    url: isPublicEntry(org) ? absoluteUrl(`/organisasjoner/${org.slug}`) : undefined,
  });
}
