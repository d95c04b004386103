import type { Metadata } from "next";
import Link from "next/link";
import { OrganisationLink } from "@/components/OrganisationLink";
import { PageHeading } from "@/components/PageHeading";
import { publishedProjects } from "@/lib/projects/queries";
import { projectPeriod } from "@/lib/projects/period";
import { sharingMetadata } from "@/lib/sharing/metadata";

export const revalidate = 300;

const title = "Forskningsprosjekter";
const description =
  "Forskningsprosjektene om selvhjelp og selvhjelpsgrupper: mål, funn, forskerteam, finansiering og publikasjoner.";

export const metadata: Metadata = {
  title,
  description,
  ...sharingMetadata({ title, description, path: "/prosjekter" }),
};

export default async function ProjectsPage() {
  const projects = await publishedProjects();
  return (
    <>
      <PageHeading
        kicker="Prosjekter"
        title="Forskningsprosjekter"
        lead="Prosjektene bak forskningen: hvem som gjorde hva, hvor, med hvilke mål og funn."
      />
      <ul className="grid gap-5 md:grid-cols-2">
        {projects.map((project) => {
          const period = projectPeriod(project);
          return (
            <li key={project.slug} className="flex flex-col rounded-xl border border-line bg-card p-5 sm:p-6">
              <h2 className="text-xl font-semibold">
                <Link href={`/prosjekter/${project.slug}`}>{project.title}</Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                {project.coordinator && <OrganisationLink organisation={project.coordinator} />}
                {project.coordinator && period && " · "}
                {period}
              </p>
              {project.summary && <p className="mt-3 flex-1">{project.summary}</p>}
              <p className="mt-3 text-sm text-muted">
                {project._count.publications === 1 ? "1 publikasjon" : `${project._count.publications} publikasjoner`}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
