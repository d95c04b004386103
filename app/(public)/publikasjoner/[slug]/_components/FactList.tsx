import { OrganisationLink } from "@/components/OrganisationLink";
import { PersonLink } from "@/components/PersonLink";
import { LANGUAGE_LABELS, PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { overviewHref } from "@/lib/publications/filters";
import type { PublicationDetail } from "@/lib/publications/queries";
import { STUDY_DESIGN_LABELS } from "@/lib/publications/study-design";

type Fact = [label: string, value: React.ReactNode];

function container(p: PublicationDetail): React.ReactNode {
  if (!p.containerTitle) return null;
  const volume = p.volume ? `, ${p.volume}${p.issue ? `(${p.issue})` : ""}` : "";
  const pages = p.pages ? `, s. ${p.pages}` : "";
  return (
    <>
      <i>{p.containerTitle}</i>
      {volume}
      {pages}
    </>
  );
}

/** Every known fact of a work as a description list; unknown facts are left out. */
export function FactList({ publication: p }: { publication: PublicationDetail }) {
  const editors = p.contributors.filter((c) => c.role === "editor");
  const facts: Fact[] = [
    ["Type", PUBLICATION_TYPE_LABELS[p.type]],
    ["År", p.year ? String(p.year) : "Ikke oppgitt"],
    ["Dato", p.dateNote],
    ["Status", p.statusNote],
    [
      "Studie\u00addesign",
      p.studyDesign === "ukjent" ? (
        "Ikke oppgitt i kilden"
      ) : (
        <a href={overviewHref({ design: p.studyDesign })}>{STUDY_DESIGN_LABELS[p.studyDesign]}</a>
      ),
    ],
    [
      editors.length > 1 ? "Redaktører" : "Redaktør",
      editors.length
        ? editors.map((c, i) => (
            <span key={c.person.slug}>
              {i > 0 && ", "}
              <PersonLink person={c.person} />
            </span>
          ))
        : null,
    ],
    ["Utgitt i", container(p)],
    ["Utgave", p.edition ? `${p.edition}. utgave` : null],
    ["Institusjon", p.institution ? <OrganisationLink organisation={p.institution} /> : null],
    ["Grad", p.degree],
    ["Utgiver", p.publisher],
    ["Sted", p.place],
    ["Serie", p.series ? [p.series, p.seriesNumber].filter(Boolean).join(" ") : null],
    ["Antall sider", p.pageCount ? String(p.pageCount) : null],
    ["ISBN", p.isbn],
    ["ISSN", p.issn],
    ["DOI", p.doi ? <a href={`https://doi.org/${p.doi}`}>{p.doi}</a> : null],
    ["Lisens", p.license],
    ["Språk", LANGUAGE_LABELS[p.language] ?? p.language],
  ];
  return (
    <section aria-labelledby="fakta">
      <h2 id="fakta" className="mb-2 text-lg font-semibold">
        Om publikasjonen
      </h2>
      <dl className="divide-y divide-line rounded-xl border border-line bg-card text-sm">
        {facts
          .filter(([, value]) => value !== null && value !== undefined && value !== "")
          .map(([label, value]) => (
            <div key={label} className="grid grid-cols-[5.75rem_1fr] gap-3 px-4 py-2.5">
              <dt className="font-semibold text-muted">{label}</dt>
              <dd className="min-w-0 break-words hyphens-auto">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
