import "server-only";
import { fullName } from "@/lib/content/labels";
import { plainSummary } from "@/lib/format/plain-text";
import type { OrganisationDetail } from "@/lib/organisations/queries";
import { orcidUrl } from "@/lib/persons/orcid";
import type { PersonDetail } from "@/lib/persons/queries";
import type { ProjectDetail } from "@/lib/projects/queries";
import { absoluteUrl } from "../site-url";
import { CONTEXT, compact, organisationRef, personRef, type JsonLd } from "./common";

// Projects, people and organisations as schema.org JSON-LD.

export function projectJsonLd(p: ProjectDetail): JsonLd {
  const url = absoluteUrl(`/prosjekter/${p.slug}`);
  return compact({
    "@context": CONTEXT,
    "@type": "ResearchProject",
    "@id": url,
    url,
    name: p.title,
    description: plainSummary(p.summary ?? p.description, 1_000),
    foundingDate: p.startYear ? String(p.startYear) : undefined,
    dissolutionDate: p.endYear ? String(p.endYear) : undefined,
    // A member's role and where they worked during the project (schema.org's OrganizationRole).
    member: p.members.map((m) =>
      compact({
        "@type": "OrganizationRole",
        roleName: m.role,
        member: { ...personRef(m.person), affiliation: m.affiliations.map((a) => organisationRef(a.organisation)) },
      }),
    ),
    funder: p.funders.map(organisationRef),
    funding: p.funding ? { "@type": "Grant", description: p.funding } : undefined,
    parentOrganization: p.coordinator ? organisationRef(p.coordinator) : undefined,
    knowsAbout: p.topics.map((t) => t.name),
  });
}

export function personJsonLd(p: PersonDetail): JsonLd {
  const url = absoluteUrl(`/personer/${p.slug}`);
  return compact({
    "@context": CONTEXT,
    "@type": "Person",
    "@id": url,
    url,
    name: fullName(p),
    givenName: p.givenName,
    familyName: p.familyName,
    honorificPrefix: p.honorific,
    description: p.bio,
    sameAs: p.orcid ? orcidUrl(p.orcid) : undefined,
    identifier: p.orcid ? { "@type": "PropertyValue", propertyID: "ORCID", value: p.orcid } : undefined,
    affiliation: p.affiliation ? organisationRef(p.affiliation) : undefined,
    memberOf: p.memberships.map((m) => ({
      "@type": "ResearchProject",
      name: m.project.title,
      url: absoluteUrl(`/prosjekter/${m.project.slug}`),
    })),
  });
}

export function organisationJsonLd(o: OrganisationDetail): JsonLd {
  const url = absoluteUrl(`/organisasjoner/${o.slug}`);
  return compact({
    "@context": CONTEXT,
    "@type": "Organization",
    "@id": url,
    url,
    name: o.name,
    alternateName: [o.shortName, ...o.formerNames].filter(Boolean),
    description: o.description,
    sameAs: o.website,
    address: o.address,
    parentOrganization: o.parent ? organisationRef(o.parent) : undefined,
    subOrganization: o.children.map(organisationRef),
  });
}
