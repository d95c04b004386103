import type { Metadata } from "next";
import { isPreview } from "@/lib/content/engine/preview";
import { redirectOldSlugOrNotFound } from "@/lib/content/engine/redirects";
import Link from "next/link";
import { OrganisationLink } from "@/components/OrganisationLink";
import { PageHeading } from "@/components/PageHeading";
import { SourceLinks } from "@/components/SourceLinks";
import { MoreWorks } from "@/components/MoreWorks";
import { WorkTitle } from "@/components/WorkTitle";
import { fullName, organisationName } from "@/lib/content/labels";
import { publishedOrganisationBySlug } from "@/lib/organisations/queries";
import { JsonLd } from "@/components/JsonLd";
import { organisationJsonLd } from "@/lib/interop/jsonld/entities";
import { sharingMetadata } from "@/lib/sharing/metadata";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

// None is rendered at build time: each page is rendered on its first visit and then cached
// (without this, Next renders a dynamic segment on every request).
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await publishedOrganisationBySlug((await params).slug);
  if (!org) return { title: "Fant ikke organisasjonen" };
  const title = organisationName(org);
  const description = org.description ?? `Forskning og prosjekter knyttet til ${org.name}.`;
  return { title, description, ...sharingMetadata({ title, description, path: `/organisasjoner/${org.slug}` }) };
}

function LinkList({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: { key: string; node: React.ReactNode }[];
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.key}>{item.node}</li>
        ))}
      </ul>
    </section>
  );
}

export default async function OrganisationPage({ params }: Props) {
  const { slug } = await params;
  const org = await publishedOrganisationBySlug(slug, await isPreview());
  if (!org) return redirectOldSlugOrNotFound("organisation", slug);
  const projects = [
    ...org.coordinatedProjects.map((p) => ({ ...p, how: "koordinator" })),
    ...org.partnerInProjects.map((p) => ({ ...p, how: "samarbeidspartner" })),
    ...org.fundedProjects.map((p) => ({ ...p, how: "finansiering" })),
  ];
  const people = new Map(
    org.people.map((p) => [p.slug, { key: p.slug, node: <Link href={`/personer/${p.slug}`}>{fullName(p)}</Link> }]),
  );
  for (const a of org.memberAffiliations) {
    const { person, project } = a.member;
    const key = `${person.slug}-${project.slug}`;
    people.set(key, {
      key,
      node: (
        <>
          <Link href={`/personer/${person.slug}`}>{fullName(person)}</Link>, i prosjektet{" "}
          <Link href={`/prosjekter/${project.slug}`}>{project.title}</Link>
          {a.note && ` (${a.note})`}
        </>
      ),
    });
  }

  return (
    <article className="max-w-3xl space-y-10">
      <JsonLd data={organisationJsonLd(org)} />
      <PageHeading kicker={org.shortName ?? "Organisasjon"} title={org.name} lead={org.description} />
      <dl className="-mt-4 space-y-2">
        {org.formerNames.length > 0 && (
          <div>
            <dt className="inline font-semibold">Tidligere navn: </dt>
            <dd className="inline">{org.formerNames.join(", ")}</dd>
          </div>
        )}
        {org.parent && (
          <div>
            <dt className="inline font-semibold">Del av: </dt>
            <dd className="inline">
              <OrganisationLink organisation={org.parent} />
            </dd>
          </div>
        )}
        {org.successor && (
          <div>
            <dt className="inline font-semibold">Nå en del av: </dt>
            <dd className="inline">
              <OrganisationLink organisation={org.successor} />
            </dd>
          </div>
        )}
        {org.address && (
          <div>
            <dt className="inline font-semibold">Adresse: </dt>
            <dd className="inline">{org.address}</dd>
          </div>
        )}
        {org.website && (
          <div>
            <dt className="inline font-semibold">Nettsted: </dt>
            <dd className="inline">
              <a href={org.website}>{org.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}</a>
            </dd>
          </div>
        )}
      </dl>
      <LinkList
        id="underenheter"
        title="Enheter"
        items={org.children.map((c) => ({ key: c.slug, node: <OrganisationLink organisation={c} /> }))}
      />
      <LinkList
        id="forgjengere"
        title="Har tatt over"
        items={org.predecessors.map((c) => ({ key: c.slug, node: <OrganisationLink organisation={c} /> }))}
      />
      <LinkList
        id="prosjekter"
        title="Prosjekter"
        items={projects.map((p) => ({
          key: `${p.slug}-${p.how}`,
          node: (
            <>
              <Link href={`/prosjekter/${p.slug}`}>{p.title}</Link> ({p.how})
            </>
          ),
        }))}
      />
      <LinkList id="personer" title="Personer" items={[...people.values()]} />
      <LinkList
        id="publikasjoner"
        title="Publikasjoner"
        items={org.publications.map((p) => ({
          key: p.slug,
          node: (
            <>
              <Link href={`/publikasjoner/${p.slug}`}>
                <WorkTitle work={p} />
              </Link>
              {p.year && ` (${p.year})`}
            </>
          ),
        }))}
      />
      <MoreWorks total={org._count.publications} />
      <LinkList
        id="arrangementer"
        title="Arrangementer"
        items={org.events.map((e) => ({ key: e.slug, node: <Link href={`/arrangementer/${e.slug}`}>{e.title}</Link> }))}
      />
      <SourceLinks links={org.links} title="Lenker" id="lenker" />
    </article>
  );
}
