import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditorPage } from "@/lib/auth/session";
import { ENTITY, adminPath, entityTypeForAdminSegment } from "@/lib/content/entities";
import { EDITOR_PAGE_SIZE, listEntries } from "@/lib/content/editor-reads/editor-queries";
import { PUBLICATION_TYPES, PUBLICATION_TYPE_LABELS, isPublicationType } from "@/lib/content/labels";
import { formatDate } from "@/lib/format/norwegian";

type Props = {
  params: Promise<{ type: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// PostgreSQL refuses NUL in text, and other control characters are never part of a title.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

export async function generateMetadata({ params }: Props) {
  const type = entityTypeForAdminSegment((await params).type);
  return { title: type ? ENTITY[type].plural : "Fant ikke siden" };
}

export default async function EntryListPage({ params, searchParams }: Props) {
  await requireEditorPage();
  const type = entityTypeForAdminSegment((await params).type);
  if (!type) notFound();
  // A name given twice (?q=a&q=b) arrives as an array: the first value counts.
  const query = Object.fromEntries(
    Object.entries(await searchParams).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
  );
  const q = query.q?.replace(CONTROL, " ").trim().slice(0, 200) || undefined;
  const status = query.status === "draft" || query.status === "published" ? query.status : undefined;
  const sort = query.sorter === "tittel" ? "title" : "updated";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.side ?? "1", 10) || 1));
  const publicationType =
    type === "publication" && query.type && isPublicationType(query.type) ? query.type : undefined;
  const year = type === "publication" && /^\d{4}$/.test(query.aar ?? "") ? Number(query.aar) : undefined;
  const { rows, total, pageCount } = await listEntries(type, { q, status, sort, page, publicationType, year });
  const kept = {
    ...(q ? { q } : {}),
    ...(status ? { status } : {}),
    ...(publicationType ? { type: publicationType } : {}),
    ...(year ? { aar: String(year) } : {}),
    ...(sort === "title" ? { sorter: "tittel" } : {}),
  };
  const href = (p: number) => `${adminPath(type)}?${new URLSearchParams({ ...kept, side: String(p) })}`;
  const input = "mt-1 block rounded-md border border-muted bg-card px-3 py-2";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-semibold">{ENTITY[type].plural}</h1>
        <Link
          href={`${adminPath(type)}/ny`}
          className="rounded-lg bg-teal px-4 py-2 font-semibold text-white no-underline hover:bg-teal-dark hover:text-white"
        >
          {ENTITY[type].newLabel}
        </Link>
      </div>
      {query.slettet && (
        <p role="status" className="rounded-md border border-teal bg-card p-3">
          Flyttet til papirkurven. En administrator kan hente den tilbake.
        </p>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-line bg-card p-4">
        <label className="text-sm font-medium">
          Søk
          <input name="q" type="search" defaultValue={q} className={input} />
        </label>
        <label className="text-sm font-medium">
          Status
          <select name="status" defaultValue={status ?? ""} className={input}>
            <option value="">Alle</option>
            <option value="draft">Utkast</option>
            <option value="published">Publisert</option>
          </select>
        </label>
        {type === "publication" && (
          <>
            <label className="text-sm font-medium">
              Type
              <select name="type" defaultValue={publicationType ?? ""} className={input}>
                <option value="">Alle typer</option>
                {PUBLICATION_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {PUBLICATION_TYPE_LABELS[t]}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm font-medium">
              År
              <input name="aar" inputMode="numeric" defaultValue={year} className={`${input} w-24`} />
            </label>
          </>
        )}
        <label className="text-sm font-medium">
          Sortering
          <select name="sorter" defaultValue={sort === "title" ? "tittel" : ""} className={input}>
            <option value="">Sist endret</option>
            <option value="tittel">Alfabetisk</option>
          </select>
        </label>
        <button type="submit" className="rounded-lg border border-teal px-4 py-2 font-semibold text-teal-dark">
          Vis
        </button>
      </form>
      <p className="text-muted">{total} treff</p>
      <table className="w-full border-collapse overflow-hidden rounded-xl bg-card text-left text-sm">
        <thead className="bg-sage-50">
          <tr>
            <th scope="col" className="p-3">
              Tittel
            </th>
            <th scope="col" className="p-3">
              Status
            </th>
            <th scope="col" className="p-3">
              Sist endret
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-line">
              <td className="p-3">
                <Link href={adminPath(type, row.id)}>{row.label || "(uten tittel)"}</Link>
              </td>
              <td className="p-3">{row.status === "published" ? "Publisert" : "Utkast"}</td>
              <td className="p-3">{formatDate(row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pageCount > 1 && (
        <nav aria-label="Sider" className="flex justify-between">
          {page > 1 ? <Link href={href(page - 1)}>← Forrige</Link> : <span />}
          <span>
            Side {page} av {pageCount} ({EDITOR_PAGE_SIZE} per side)
          </span>
          {page < pageCount ? <Link href={href(page + 1)}>Neste →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
