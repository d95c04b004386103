import "server-only";
import { db } from "@/lib/db";
import { isPublic } from "@/lib/content/visibility";
import { isSlug } from "@/lib/format/slug";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_PDFS } from "@/lib/attachments/owners";

// Full public records of works by id, for exports, feeds, the API and OAI-PMH. Which works
// (and in which order) comes from the overview (lib/publications/overview.ts); this only
// loads what those outputs need beyond the overview's list fields.

const personSelect = {
  slug: true,
  givenName: true,
  familyName: true,
  orcid: true,
  status: true,
  deletedAt: true,
} as const;

export const publicationRecordInclude = {
  contributors: { orderBy: [{ role: "asc" }, { position: "asc" }], include: { person: { select: personSelect } } },
  institution: {
    select: {
      slug: true,
      name: true,
      shortName: true,
      status: true,
      deletedAt: true,
      parent: { select: { name: true } },
    },
  },
  topics: { where: isPublic, orderBy: { name: "asc" }, select: { slug: true, name: true } },
  projects: { where: isPublic, orderBy: { title: "asc" }, select: { slug: true, title: true } },
  links: { orderBy: { position: "asc" } },
  attachments: PUBLIC_PDFS,
} satisfies Prisma.PublicationInclude;

export type PublicationRecord = Prisma.PublicationGetPayload<{ include: typeof publicationRecordInclude }>;

/** Public works with these ids, in the order of the ids; ids that are not public are left out. */
export async function publicationRecordsByIds(ids: string[]): Promise<PublicationRecord[]> {
  const rows = await db.publication.findMany({
    where: { id: { in: ids }, ...isPublic },
    include: publicationRecordInclude,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One public work by slug with the same fields, or null. */
export async function publicationRecordBySlug(slug: string): Promise<PublicationRecord | null> {
  if (!isSlug(slug)) return null;
  return db.publication.findFirst({ where: { slug, ...isPublic }, include: publicationRecordInclude });
}

/** The works most recently added to the portal, newest first, for the feeds. */
export async function newestPublicationRecords(take: number): Promise<PublicationRecord[]> {
  return db.publication.findMany({
    where: isPublic,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    include: publicationRecordInclude,
  });
}
