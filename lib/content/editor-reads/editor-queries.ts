import "server-only";
import { db } from "@/lib/db";
import { fullName } from "@/lib/content/labels";
import { ENTITY, ENTITY_TYPES, type EntityType } from "@/lib/content/entities";
import { contentModel, type ContentType } from "@/lib/content/engine/adapter";
import { isEntryId } from "@/lib/content/engine/entry-id";
import { containsText } from "./picker-options";

// Reads for the editors' area: drafts and trash included. Only called after requireEditor().

export function entryLabel(type: EntityType, row: Record<string, unknown>): string {
  if (type === "person")
    return fullName({ givenName: (row.givenName as string | null) ?? null, familyName: String(row.familyName) });
  return String(row[ENTITY[type].titleField] ?? "");
}

const listSelect = (type: EntityType) => ({
  id: true,
  slug: true,
  status: true,
  version: true,
  updatedAt: true,
  deletedAt: true,
  [ENTITY[type].titleField]: true,
  ...(type === "person" ? { givenName: true } : {}),
  ...(type === "publication" ? { type: true, year: true } : {}),
});

export type ListFilters = {
  q?: string;
  status?: "draft" | "published";
  trash?: boolean;
  /** Publications only: their type and year. */
  publicationType?: string;
  year?: number;
  sort: "updated" | "title";
  page: number;
};
export const EDITOR_PAGE_SIZE = 25;

export async function listEntries(type: EntityType, f: ListFilters) {
  const model = contentModel(db, type);
  const where = {
    deletedAt: f.trash ? { not: null } : null,
    ...(f.status ? { status: f.status } : {}),
    ...(f.q ? { [ENTITY[type].titleField]: containsText(f.q) } : {}),
    ...(type === "publication" && f.publicationType ? { type: f.publicationType } : {}),
    ...(type === "publication" && f.year ? { year: f.year } : {}),
  };
  // A page's ids first, then its rows: the ids of a deep page come from an index alone, where
  // reading every row up to the page would take as long as the page is deep (prisma/schema.prisma).
  // The id last: a stable order, so that no entry shows on two pages or on none (in the direction of
  // the first key, so that one index serves it).
  const [page, total] = await Promise.all([
    model.findMany({
      where,
      select: { id: true },
      orderBy:
        f.sort === "title"
          ? [{ [ENTITY[type].titleField]: "asc" }, { id: "asc" }]
          : [{ updatedAt: "desc" }, { id: "desc" }],
      take: EDITOR_PAGE_SIZE,
      skip: (f.page - 1) * EDITOR_PAGE_SIZE,
    }),
    model.count({ where }),
  ]);
  const ids = page.map((row) => String(row.id));
  const found = new Map(
    (await model.findMany({ where: { id: { in: ids } }, select: listSelect(type) })).map((row) => [
      String(row.id),
      row,
    ]),
  );
  const rows = ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  return {
    rows: rows.map((row) => ({
      id: String(row.id),
      label: entryLabel(type, row),
      status: row.status as "draft" | "published",
      updatedAt: row.updatedAt as Date,
      deletedAt: (row.deletedAt as Date | null) ?? null,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE)),
  };
}

/** An entry's bookkeeping for the editors' pages; null when there is none with this id. */
export async function entryMeta(type: EntityType, id: string) {
  if (!isEntryId(id)) return null;
  const [row] = await contentModel(db, type).findMany({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      updatedAt: true,
      createdAt: true,
      deletedAt: true,
      [ENTITY[type].titleField]: true,
      ...(type === "person" ? { givenName: true } : {}),
    },
  });
  if (!row) return null;
  return {
    id: String(row.id),
    slug: String(row.slug),
    status: row.status as "draft" | "published",
    version: Number(row.version),
    updatedAt: row.updatedAt as Date,
    deletedAt: (row.deletedAt as Date | null) ?? null,
    label: entryLabel(type, row),
  };
}

export async function revisionsOf(type: EntityType, id: string) {
  return db.revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, createdAt: true, snapshot: true, user: { select: { name: true } } },
  });
}

export async function dashboard(editorId: string) {
  const perType = await Promise.all(
    ENTITY_TYPES.map(async (type) => {
      const model = contentModel(db, type);
      const [published, drafts, mine] = await Promise.all([
        model.count({ where: { deletedAt: null, status: "published" } }),
        model.count({ where: { deletedAt: null, status: "draft" } }),
        model.findMany({
          where: { deletedAt: null, status: "draft", OR: [{ createdById: editorId }, { updatedById: editorId }] },
          orderBy: { updatedAt: "desc" },
          take: 10,
          select: listSelect(type),
        }),
      ]);
      return {
        type,
        published,
        drafts,
        mine: mine.map((row) => ({
          id: String(row.id),
          label: entryLabel(type, row),
          updatedAt: row.updatedAt as Date,
        })),
      };
    }),
  );
  const events = await db.auditEvent.findMany({
    where: {
      entityType: { in: [...ENTITY_TYPES] },
      action: { in: ["create", "update", "publish", "unpublish", "delete", "restore", "revision_restore"] },
    },
    orderBy: { at: "desc" },
    take: 10,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, user: { select: { name: true } } },
  });
  // One query per content type among the events, however many events there are.
  const labels = await entryLabels(
    events.flatMap((e) => (e.entityId ? [[e.entityType as EntityType, e.entityId]] : [])),
  );
  const recent = events.map((e) => {
    const label = e.entityId ? labels.get(`${e.entityType}:${e.entityId}`) : undefined;
    return { ...e, type: e.entityType as EntityType, meta: label === undefined ? null : { id: e.entityId!, label } };
  });
  return { perType, recent };
}

/** The labels of these entries that still exist (trash included), by "type:id". */
async function entryLabels(entries: [EntityType, string][]): Promise<Map<string, string>> {
  const byType = new Map<EntityType, string[]>();
  for (const [type, id] of entries) byType.set(type, [...(byType.get(type) ?? []), id]);
  const found = await Promise.all(
    [...byType].map(async ([type, ids]) =>
      (await contentModel(db, type).findMany({ where: { id: { in: ids } }, select: listSelect(type) })).map(
        (row) => [`${type}:${String(row.id)}`, entryLabel(type, row)] as const,
      ),
    ),
  );
  return new Map(found.flat());
}

/** An entry's values as its form shows them, read through its adapter. */
export function entryFormValues(adapter: Pick<ContentType<EntityType>, "formValues">, id: string) {
  return adapter.formValues(db, id);
}
