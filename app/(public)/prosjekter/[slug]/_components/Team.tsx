import { OrganisationLink } from "@/components/OrganisationLink";
import { PersonLink } from "@/components/PersonLink";
import type { ProjectDetail } from "@/lib/projects/queries";

/** The research team with each member's role and where they worked during the project. */
export function Team({ members }: { members: ProjectDetail["members"] }) {
  return (
    <section aria-labelledby="team">
      <h2 id="team" className="mb-2 text-lg font-semibold">
        Forskningsteamet
      </h2>
      <ul className="divide-y divide-line rounded-xl border border-line bg-card text-sm">
        {members.map((member) => (
          <li key={member.id} className="px-4 py-3">
            <p className="font-semibold">
              <PersonLink person={member.person} />
              {member.role && <span className="font-normal text-muted"> – {member.role.toLowerCase()}</span>}
            </p>
            <ul className="mt-1 text-muted">
              {member.affiliations.map((a) => (
                <li key={a.id}>
                  <OrganisationLink organisation={a.organisation} />
                  {a.note && ` (${a.note})`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
