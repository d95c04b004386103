import "server-only";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationType } from "@/lib/generated/prisma/enums";
import { isPublicationType } from "@/lib/content/labels";
import { isEntryId } from "@/lib/content/engine/entry-id";
import { isSlug } from "@/lib/format/slug";

// What OAI-PMH harvests: every publication that has been public. One that no longer is (in the
// trash, or back to draft) is reported as deleted, by its id, with no metadata; a draft that
// never was public is not announced at all. Rows are ordered by (updatedAt, id), the datestamp
// and a tie-breaker, which resumption tokens use.

const everPublic = { firstPublishedAt: { not: null } } satisfies Prisma.PublicationWhereInput;

export type HeaderRow = { id: string; updatedAt: Date; deleted: boolean; type: PublicationType; topics: string[] };

export type ListQuery = {
  from?: Date;
  untilBefore?: Date;
  set?: string;
  after?: { updatedAt: Date; id: string };
  take: number;
};

/** The filter for a setSpec ("type", "type:rapport", "tema", "tema:e-helse"), or null for an unknown set. */
export function setFilter(set: string): Prisma.PublicationWhereInput | null {
  const [kind, value, ...rest] = set.split(":");
  if (rest.length) return null;
  if (kind === "type") return value === undefined ? {} : isPublicationType(value) ? { type: value } : null;
  if (kind === "tema") {
    if (value === undefined) return { topics: { some: isPublic } };
    return isSlug(value) ? { topics: { some: { slug: value, ...isPublic } } } : null;
  }
  return null;
}

function where(q: Omit<ListQuery, "take" | "after">): Prisma.PublicationWhereInput | null {
  const set = q.set === undefined ? {} : setFilter(q.set);
  if (!set) return null;
  return { ...set, ...everPublic, updatedAt: { gte: q.from, lt: q.untilBefore } };
}

const headerSelect = {
  id: true,
  updatedAt: true,
  status: true,
  deletedAt: true,
  type: true,
  topics: { where: isPublic, select: { slug: true } },
} as const;

type HeaderSelectRow = {
  id: string;
  updatedAt: Date;
  status: string;
  deletedAt: Date | null;
  type: PublicationType;
  topics: { slug: string }[];
};

const toHeader = (row: HeaderSelectRow): HeaderRow => ({
  id: row.id,
  updatedAt: row.updatedAt,
  deleted: row.status !== "published" || row.deletedAt !== null,
  type: row.type,
  topics: row.topics.map((t) => t.slug),
});

/** One page of headers after `after`, and the size of the whole list; null for an unknown set. */
export async function headerPage(q: ListQuery): Promise<{ rows: HeaderRow[]; total: number } | null> {
  const base = where(q);
  if (!base) return null;
  const after = q.after
    ? { OR: [{ updatedAt: { gt: q.after.updatedAt } }, { updatedAt: q.after.updatedAt, id: { gt: q.after.id } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.publication.findMany({
      where: { AND: [base, after] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: q.take,
      select: headerSelect,
    }),
    db.publication.count({ where: base }),
  ]);
  return { rows: rows.map(toHeader), total };
}

export async function headerById(id: string): Promise<HeaderRow | null> {
  if (!isEntryId(id)) return null;
  const row = await db.publication.findFirst({ where: { id, ...everPublic }, select: headerSelect });
  return row ? toHeader(row) : null;
}

export async function earliestDatestamp(): Promise<Date> {
  const { _min } = await db.publication.aggregate({ where: everPublic, _min: { updatedAt: true } });
  return _min.updatedAt ?? new Date();
}

export async function publicTopics() {
  return db.topic.findMany({ where: isPublic, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}
