import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { fullName } from "./labels";
import { ENTITY, ENTITY_TYPES, type EntityType } from "./entities";
import type { Option, OptionSet } from "./form-config";
import { contentModel, type ContentType } from "./adapter";
import { isEntryId } from "./entry-id";

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
    ...(f.q ? { [ENTITY[type].titleField]: { contains: f.q, mode: "insensitive" } } : {}),
    ...(type === "publication" && f.publicationType ? { type: f.publicationType } : {}),
    ...(type === "publication" && f.year ? { year: f.year } : {}),
  };
  const [rows, total] = await Promise.all([
    model.findMany({
      where,
      select: listSelect(type),
      orderBy: f.sort === "title" ? { [ENTITY[type].titleField]: "asc" } : { updatedAt: "desc" },
      take: EDITOR_PAGE_SIZE,
      skip: (f.page - 1) * EDITOR_PAGE_SIZE,
    }),
    model.count({ where }),
  ]);
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

/** The choices of the forms' pickers, trash excluded. */
export const loadOptions = cache(async (sets: OptionSet[]) => {
  const live = { deletedAt: null };
  const result: Partial<Record<OptionSet, Option[]>> = {};
  const loaders: Record<OptionSet, () => Promise<Option[]>> = {
    persons: async () =>
      (
        await db.person.findMany({
          where: live,
          orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
          select: { id: true, givenName: true, familyName: true },
        })
      ).map((p) => ({
        value: p.id,
        label: p.givenName ? `${p.familyName}, ${p.givenName}` : p.familyName,
      })),
    organisations: async () =>
      (
        await db.organisation.findMany({
          where: live,
          orderBy: { name: "asc" },
          select: { id: true, name: true, shortName: true },
        })
      ).map((o) => ({
        value: o.id,
        label: o.shortName ? `${o.name} (${o.shortName})` : o.name,
      })),
    topics: async () =>
      (await db.topic.findMany({ where: live, orderBy: { name: "asc" }, select: { id: true, name: true } })).map(
        (t) => ({ value: t.id, label: t.name }),
      ),
    projects: async () =>
      (await db.project.findMany({ where: live, orderBy: { title: "asc" }, select: { id: true, title: true } })).map(
        (p) => ({ value: p.id, label: p.title }),
      ),
    publications: async () =>
      (
        await db.publication.findMany({
          where: live,
          orderBy: { title: "asc" },
          select: { id: true, title: true, year: true },
        })
      ).map((p) => ({
        value: p.id,
        label: `${p.title}${p.year ? ` (${p.year})` : ""}`,
      })),
  };
  for (const set of sets) result[set] = await loaders[set]();
  return result;
});

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
  const recent = await Promise.all(
    events.map(async (e) => ({
      ...e,
      type: e.entityType as EntityType,
      meta: e.entityId ? await entryMeta(e.entityType as EntityType, e.entityId) : null,
    })),
  );
  return { perType, recent };
}

/** An entry's values as its form shows them, read through its adapter. */
export function entryFormValues(adapter: Pick<ContentType<EntityType>, "formValues">, id: string) {
  return adapter.formValues(db, id);
}
