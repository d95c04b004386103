import type { Metadata } from "next";
import { isPreview } from "@/lib/content/engine/preview";
import { redirectOldSlugOrNotFound } from "@/lib/content/engine/redirects";
import Link from "next/link";
import { Markdown } from "@/components/Markdown";
import { plainSummary } from "@/lib/format/plain-text";
import { OrganisationLink } from "@/components/OrganisationLink";
import { PageHeading } from "@/components/PageHeading";
import { SourceLinks } from "@/components/SourceLinks";
import { MoreWorks } from "@/components/MoreWorks";
import { WorkTitle } from "@/components/WorkTitle";
import { overviewHref } from "@/lib/publications/filters";
import { PUBLICATION_TYPE_LABELS, fullName } from "@/lib/content/labels";
import { orcidUrl } from "@/lib/persons/orcid";
import { publishedPersonBySlug } from "@/lib/persons/queries";
import { projectPeriod } from "@/lib/projects/period";
import { JsonLd } from "@/components/JsonLd";
import { personJsonLd } from "@/lib/interop/jsonld/entities";
import { sharingMetadata } from "@/lib/sharing/metadata";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

// None is rendered at build time: each page is rendered on its first visit and then cached
// (without this, Next renders a dynamic segment on every request).
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await publishedPersonBySlug((await params).slug);
  if (!person) return { title: "Fant ikke personen" };
  const title = fullName(person);
  const description = plainSummary(person.bio) ?? `Publikasjoner og prosjekter av ${title}.`;
  return { title, description, ...sharingMetadata({ title, description, path: `/personer/${person.slug}` }) };
}

export default async function PersonPage({ params }: Props) {
  const { slug } = await params;
  const person = await publishedPersonBySlug(slug, await isPreview());
  if (!person) return redirectOldSlugOrNotFound("person", slug);

  return (
    <article className="max-w-3xl space-y-10">
      <JsonLd data={personJsonLd(person)} />
      <PageHeading kicker={person.honorific ?? "Person"} title={fullName(person)} />
      {person.bio && <Markdown className="-mt-4 text-lg text-muted">{person.bio}</Markdown>}
      {person.affiliation && (
        <p className="-mt-6">
          Tilknyttet <OrganisationLink organisation={person.affiliation} />
        </p>
      )}
      {person.orcid && (
        <p className={person.affiliation ? "-mt-8" : "-mt-6"}>
          ORCID iD: <a href={orcidUrl(person.orcid)}>{orcidUrl(person.orcid)}</a>
        </p>
      )}
      {person.memberships.length > 0 && (
        <section aria-labelledby="prosjekter">
          <h2 id="prosjekter" className="mb-3 text-2xl font-semibold">
            Prosjekter
          </h2>
          <ul className="space-y-3">
            {person.memberships.map((m) => (
              <li key={m.project.slug} className="rounded-xl border border-line bg-card p-4">
                <Link href={`/prosjekter/${m.project.slug}`} className="font-semibold">
                  {m.project.title}
                </Link>
                <p className="text-sm text-muted">
                  {[m.role, projectPeriod(m.project)].filter(Boolean).join(" · ")}
                  {m.affiliations.length > 0 && (
                    <>
                      {" · "}
                      {m.affiliations.map((a, i) => (
                        <span key={a.organisation.slug}>
                          {i > 0 && ", "}
                          <OrganisationLink organisation={a.organisation} />
                          {a.note && ` (${a.note})`}
                        </span>
                      ))}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {person.contributions.length > 0 && (
        <section aria-labelledby="publikasjoner">
          <h2 id="publikasjoner" className="mb-3 text-2xl font-semibold">
            Publikasjoner
          </h2>
          <ul className="divide-y divide-line rounded-xl border border-line bg-card">
            {person.contributions.map(({ role, publication }) => (
              <li key={`${publication.slug}-${role}`} className="p-4">
                <Link href={`/publikasjoner/${publication.slug}`} className="font-semibold">
                  <WorkTitle work={publication} />
                </Link>
                <p className="text-sm text-muted">
                  {PUBLICATION_TYPE_LABELS[publication.type]} · {publication.year ?? "Uten år"}
                  {role === "editor" && " · redaktør"}
                </p>
              </li>
            ))}
          </ul>
          <MoreWorks total={person._count.contributions} href={overviewHref({ person: person.slug, page: 1 })} />
        </section>
      )}
      <SourceLinks links={person.links} title="Lenker" id="lenker" />
    </article>
  );
}
