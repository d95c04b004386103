import { OrganisationLink } from "@/components/OrganisationLink";
import type { ProjectDetail } from "@/lib/projects/queries";
import { projectPeriod } from "@/lib/projects/period";

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const period = projectPeriod(project);
  const rows: [string, React.ReactNode][] = [];
  if (period || project.periodNote) rows.push(["Periode", [period, project.periodNote].filter(Boolean).join(". ")]);
  if (project.funding || project.funders.length)
    rows.push([
      "Finansiering",
      <>
        {project.funding}
        {project.funders.length > 0 && (
          <span className="block">
            {project.funders.map((org, i) => (
              <span key={org.slug}>
                {i > 0 && ", "}
                <OrganisationLink organisation={org} />
              </span>
            ))}
          </span>
        )}
      </>,
    ]);
  if (project.partners.length)
    rows.push([
      "Samarbeid med",
      project.partners.map((org, i) => (
        <span key={org.slug}>
          {i > 0 && ", "}
          <OrganisationLink organisation={org} />
        </span>
      )),
    ]);
  if (project.topics.length) rows.push(["Emner", project.topics.map((t) => t.name).join(", ")]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="fakta">
      <h2 id="fakta" className="mb-2 text-lg font-semibold">
        Fakta
      </h2>
      <dl className="space-y-3 rounded-xl border border-line bg-card p-4 text-sm">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="font-semibold text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
