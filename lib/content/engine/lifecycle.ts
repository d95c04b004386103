import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Editor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { contentModel, type ContentType } from "@/lib/content/engine/adapter";
import type { EntityType } from "@/lib/content/entities";
import type { ActionResult, SavedEntry } from "@/lib/content/engine/results";
import { saveEntry } from "@/lib/content/engine/save";

// Publishing, the trash and restoring revisions. Role checks: any editor may publish,
// unpublish and move to the trash; restoring from the trash and deleting for good are for
// admins. Callers check the session; these functions check the role again.

const NOT_FOUND: ActionResult = { ok: false, message: "Fant ikke oppføringen." };
const ADMINS_ONLY: ActionResult = { ok: false, message: "Bare administratorer kan gjøre dette." };

export async function setPublished(
  type: EntityType,
  id: string,
  published: boolean,
  editor: Editor,
): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const { count } = await contentModel(tx, type).updateMany({
      where: { id, deletedAt: null },
      data: { status: published ? "published" : "draft", updatedById: editor.id },
    });
    if (count === 0) return NOT_FOUND;
    // OAI-PMH announces only works that have been public (lib/interop/oai/queries.ts).
    if (published && type === "publication")
      await tx.publication.updateMany({
        where: { id, firstPublishedAt: null },
        data: { firstPublishedAt: new Date() },
      });
    await recordAudit(tx, {
      action: published ? "publish" : "unpublish",
      userId: editor.id,
      entityType: type,
      entityId: id,
    });
    return { ok: true };
  });
}

export async function moveToTrash(type: EntityType, id: string, editor: Editor): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const { count } = await contentModel(tx, type).updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: new Date(), updatedById: editor.id },
    });
    if (count === 0) return NOT_FOUND;
    await recordAudit(tx, { action: "delete", userId: editor.id, entityType: type, entityId: id });
    return { ok: true };
  });
}

export async function restoreFromTrash(type: EntityType, id: string, editor: Editor): Promise<ActionResult> {
  if (editor.role !== "admin") return ADMINS_ONLY;
  return db.$transaction(async (tx) => {
    const { count } = await contentModel(tx, type).updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, updatedById: editor.id },
    });
    if (count === 0) return NOT_FOUND;
    await recordAudit(tx, { action: "restore", userId: editor.id, entityType: type, entityId: id });
    return { ok: true };
  });
}

/** Deletes an entry in the trash for good; only when nothing else still refers to it. */
export async function purge(type: EntityType, id: string, editor: Editor): Promise<ActionResult> {
  if (editor.role !== "admin") return ADMINS_ONLY;
  try {
    return await db.$transaction(async (tx) => {
      const model = contentModel(tx, type);
      const row = await model.findUnique({ where: { id }, select: { deletedAt: true, slug: true } });
      if (!row?.deletedAt)
        return { ok: false as const, message: "Bare oppføringer i papirkurven kan slettes permanent." };
      await tx.revision.deleteMany({ where: { entityType: type, entityId: id } });
      await tx.slugRedirect.deleteMany({ where: { entityType: type, entityId: id } });
      await model.delete({ where: { id } });
      await recordAudit(tx, {
        action: "purge",
        userId: editor.id,
        entityType: type,
        entityId: id,
        detail: { slug: row.slug },
      });
      return { ok: true as const };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      return {
        ok: false,
        message:
          "Oppføringen brukes fortsatt av andre oppføringer (for eksempel som forfatter) og kan ikke slettes permanent.",
      };
    }
    throw error;
  }
}

/** Restoring a revision is itself a new save, and so a new revision. */
export async function restoreRevision<T extends EntityType>(
  adapter: ContentType<T>,
  id: string,
  revisionId: string,
  editor: Editor,
): Promise<ActionResult<SavedEntry>> {
  const revision = await db.revision.findFirst({ where: { id: revisionId, entityType: adapter.type, entityId: id } });
  const current = await contentModel(db, adapter.type).findUnique({
    where: { id },
    select: { version: true, deletedAt: true },
  });
  if (!revision || !current || current.deletedAt)
    return { ok: false, message: "Fant ikke versjonen som skulle gjenopprettes." };
  return saveEntry(adapter, { id, version: current.version, values: revision.snapshot }, editor, "revision_restore");
}
