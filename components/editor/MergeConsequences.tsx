import { movedThings, type MergePreview } from "@/lib/persons/merge-record";

// What merging two persons will do, in words: shown before the editor confirms, with JavaScript
// (MergePersons) and without (the page /redaksjon/personer/<id>/slaa-sammen).

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function MergeConsequences({ preview: p }: { preview: MergePreview }) {
  const moved = movedThings(p);
  return (
    <>
      <h3 id="slaa-sammen-sporsmal" className="font-semibold">
        Slå «{p.other.label}» inn i «{p.kept.label}»?
      </h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>
          {moved
            ? `${moved} flyttes fra ${p.other.label} til ${p.kept.label}.`
            : `${p.other.label} står ikke på noe verk eller prosjekt.`}
        </li>
        {p.joinedWorks > 0 && (
          <li>
            På {count(p.joinedWorks, "verk", "verk")} står begge: bare én av dem blir stående, på den beste (første)
            plassen av de to i forfatterlisten.
          </li>
        )}
        {p.joinedProjects > 0 && (
          <li>
            I {count(p.joinedProjects, "prosjekt", "prosjekter")} er begge med: {p.kept.label} blir stående med sin
            rolle og tilknytning, på den beste plassen av de to.
          </li>
        )}
        {p.filled.length > 0 && (
          <li>
            {p.kept.label} mangler {p.filled.join(", ")}: det hentes fra {p.other.label}.
          </li>
        )}
        <li>
          Navnet «{p.kept.label}» og adressen /personer/{p.kept.slug} beholdes. Den gamle adressen /personer/
          {p.other.slug} sender videre dit.
        </li>
        <li>{p.other.label} legges i papirkurven. Sammenslåingen kan angres fra historikken.</li>
      </ul>
    </>
  );
}
