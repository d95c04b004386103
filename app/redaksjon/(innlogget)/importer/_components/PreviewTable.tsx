"use client";

import { useId, useState } from "react";
import type { PreviewRow } from "@/lib/publications/import/state";
import { PreviewPeople } from "./PreviewPeople";

const STATUS = {
  new: { label: "Ny", className: "bg-sage-100 text-teal-dark" },
  duplicate: { label: "Duplikat", className: "bg-sun text-ink" },
  rejected: { label: "Avvist", className: "bg-clay text-white" },
} as const;

const COLUMNS = ["Post", "Tittel", "Forfattere og redaktører", "År", "Type", "Status"];

const posts = (n: number) => (n === 1 ? "1 post" : `${n} poster`);

function summary(rows: PreviewRow[]): string {
  const count = (status: PreviewRow["status"]) => rows.filter((r) => r.status === status).length;
  const [fresh, duplicates, rejected] = [count("new"), count("duplicate"), count("rejected")];
  return `${posts(rows.length)}: ${fresh} ${fresh === 1 ? "ny" : "nye"}, ${duplicates} ${duplicates === 1 ? "duplikat" : "duplikater"}, ${rejected} ${rejected === 1 ? "avvist" : "avviste"}.`;
}

/** The preview, inside the import form: ticking «Importer likevel» sends that row's number. */
type Props = {
  rows: PreviewRow[];
  digest: string;
  confirmed: number[];
  matches: Record<string, string>;
  pending: boolean;
};

export function PreviewTable({ rows, digest, confirmed: ticked, matches, pending }: Props) {
  // Both import forms may show a preview at once: each heading needs its own id.
  const headingId = useId();
  const [confirmed, setConfirmed] = useState(
    () => new Set(ticked.filter((n) => rows.some((r) => r.number === n && r.status === "duplicate"))),
  );
  const toImport = rows.filter((r) => r.status === "new").length + confirmed.size;
  const toggle = (n: number, on: boolean) =>
    setConfirmed((current) => {
      const next = new Set(current);
      if (on) next.add(n);
      else next.delete(n);
      return next;
    });

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-xl font-semibold">
        Forhåndsvisning
      </h2>
      <p>{summary(rows)}</p>
      <input type="hidden" name="digest" value={digest} />
      <div className="overflow-x-auto rounded-xl border border-line bg-card">
        <table className="w-full border-collapse text-left text-sm">
          <thead className="bg-sage-50">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="p-2">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.number} className="border-t border-line align-top">
                <td className="p-2">{row.number}</td>
                <th scope="row" className="p-2 font-medium">
                  {row.title ?? (
                    <>
                      <span className="text-muted">(uten tittel)</span>{" "}
                      <code className="block break-all text-xs">{row.firstLine}</code>
                    </>
                  )}
                </th>
                <td className="p-2">
                  <PreviewPeople people={row.people} matches={matches} />
                </td>
                <td className="p-2">{row.year ?? (row.status === "rejected" ? "" : "u.å.")}</td>
                <td className="p-2">{row.type}</td>
                <td className="min-w-56 space-y-1 p-2">
                  <span className={`inline-block rounded px-2 py-0.5 font-semibold ${STATUS[row.status].className}`}>
                    {STATUS[row.status].label}
                  </span>
                  {row.message && <p>{row.message}</p>}
                  {row.warnings.map((warning) => (
                    <p key={warning} className="text-muted">
                      Merk: {warning}
                    </p>
                  ))}
                  {row.status === "duplicate" && (
                    <label className="flex items-center gap-2 font-medium">
                      <input
                        type="checkbox"
                        name="confirm"
                        value={row.number}
                        defaultChecked={confirmed.has(row.number)}
                        onChange={(e) => toggle(row.number, e.target.checked)}
                      />
                      Importer likevel
                    </label>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          name="step"
          value="import"
          disabled={pending}
          className="rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark disabled:opacity-60"
        >
          Importer {posts(toImport)} som utkast
        </button>
        <p className="text-sm text-muted">
          Avviste poster og duplikater uten kryss blir ikke importert. Alt lagres samlet: går noe galt, lagres
          ingenting.
        </p>
      </div>
    </section>
  );
}
