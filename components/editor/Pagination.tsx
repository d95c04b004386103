import Link from "next/link";

/** A page number from the URL (?side=3): a whole number from 1 to 10,000, else 1; the first of several. */
export function pageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return /^\d{1,5}$/.test(value ?? "") ? Math.max(1, Math.min(10_000, Number(value))) : 1;
}

/** Links to the previous and next page, plain links that work without JavaScript. */
export function Pagination({
  label,
  page,
  pageCount,
  href,
}: {
  label: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between gap-4">
      {page > 1 ? <Link href={href(Math.min(page, pageCount) - 1)}>← Forrige side</Link> : <span />}
      <span className="text-muted">
        Side {Math.min(page, pageCount)} av {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)}>Neste side →</Link> : <span />}
    </nav>
  );
}
