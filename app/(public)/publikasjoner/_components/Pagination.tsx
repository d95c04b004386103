import Link from "next/link";
import { overviewHref } from "@/lib/publications/filters";
import type { OverviewFilters } from "@/lib/publications/overview";

export function Pagination({ filters, pageCount }: { filters: OverviewFilters; pageCount: number }) {
  if (pageCount <= 1) return null;
  const { page } = filters;
  return (
    <nav aria-label="Sider" className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? <Link href={overviewHref({ ...filters, page: page - 1 })}>← Forrige side</Link> : <span />}
      <span className="text-muted">
        Side {Math.min(page, pageCount)} av {pageCount}
      </span>
      {page < pageCount ? <Link href={overviewHref({ ...filters, page: page + 1 })}>Neste side →</Link> : <span />}
    </nav>
  );
}
