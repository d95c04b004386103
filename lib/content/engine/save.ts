import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Editor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { slugify } from "@/lib/format/slug";
import { Prisma } from "@/lib/generated/prisma/client";
import { contentModel, type ContentType, type Tx, type ValidEntry } from "@/lib/content/engine/adapter";
import type { EntityType } from "@/lib/content/entities";
import { ENTITY } from "@/lib/content/entities";
import { fieldErrorsOf } from "@/lib/content/forms/field-errors";
import { RelationsRefused } from "@/lib/content/engine/refusal";
import type { ActionFailure, ActionResult, Conflict, SavedEntry } from "@/lib/content/engine/results";

// The one write path for content: validate, check the version (optimistic concurrency),
// write the entry and its relations, record a revision and an audit entry, all in one
// transaction. Callers (server actions) check the session first and revalidate after.

// An arbitrary key for PostgreSQL's advisory lock that serialises content saves.
const CONTENT_WRITE_LOCK = 7_411_001;

/**
 * Content writes take turns: two editors saving at the same moment would otherwise both find
 * the same generated slug free (for an entry or an inline new person), and the second would
 * fail on the unique index. Writes are rare and short, so one lock for all is cheap. Held
 * until the caller's transaction ends.
 */
export async function lockContentWrites(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CONTENT_WRITE_LOCK})`;
}

const FORM_HAS_ERRORS = "Skjemaet har feil. Se meldingene ved feltene.";

class SaveRefused extends Error {
  constructor(readonly result: ActionFailure) {
    super(result.message);
  }
}

async function freeSlug(tx: Tx, type: EntityType, wanted: string, ownId?: string): Promise<string> {
  const model = contentModel(tx, type);
  const base = wanted || ENTITY[type].singular;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await model.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken || taken.id === ownId) return candidate;
  }
}

async function revisionAndAudit(
  tx: Tx,
  adapter: ContentType<EntityType>,
  id: string,
  version: number,
  editor: Editor,
  action: "create" | "update" | "revision_restore",
) {
  const snapshot = await adapter.formValues(tx, id);
  await tx.revision.create({
    data: {
      entityType: adapter.type,
      entityId: id,
      version,
      snapshot: (snapshot ?? {}) as Prisma.InputJsonValue,
      userId: editor.id,
    },
  });
  await recordAudit(tx, { action, userId: editor.id, entityType: adapter.type, entityId: id, detail: { version } });
}

/** Entries from the seed have no revision yet: keep their state before the first edit. */
export async function keepOriginalVersion(tx: Tx, adapter: ContentType<EntityType>, id: string, version: number) {
  if ((await tx.revision.count({ where: { entityType: adapter.type, entityId: id } })) > 0) return;
  const snapshot = await adapter.formValues(tx, id);
  await tx.revision.create({
    data: {
      entityType: adapter.type,
      entityId: id,
      version,
      snapshot: (snapshot ?? {}) as Prisma.InputJsonValue,
      userId: null,
    },
  });
}

async function conflictFor(tx: Tx, adapter: ContentType<EntityType>, id: string): Promise<Conflict> {
  const row = await contentModel(tx, adapter.type).findUnique({
    where: { id },
    select: { version: true, updatedAt: true, updatedById: true },
  });
  const user = row?.updatedById
    ? await tx.user.findUnique({ where: { id: String(row.updatedById) }, select: { name: true } })
    : null;
  return {
    theirs: (await adapter.formValues(tx, id)) ?? {},
    version: Number(row?.version),
    updatedBy: user?.name ?? null,
    updatedAt: row?.updatedAt instanceof Date ? row.updatedAt.toISOString() : "",
  };
}

/**
 * Writes one entry inside the caller's transaction: slug, columns, relations, revision and
 * audit entry. saveEntry wraps it in its own transaction; the BibTeX/RIS import runs it once
 * per record in one shared transaction. Throws SaveRefused when the stored entry moved on.
 */
export async function writeEntry<T extends EntityType>(
  tx: Tx,
  adapter: ContentType<T>,
  entry: ValidEntry<T>,
  input: { id?: string; version?: number },
  editor: Editor,
  action: "save" | "revision_restore" = "save",
): Promise<Extract<ActionResult<SavedEntry>, { ok: true }>> {
  const model = contentModel(tx, adapter.type);
  const slug = entry.slug ?? (await freeSlug(tx, adapter.type, slugify(entry.title), input.id));
  const data = { ...entry.columns, slug, updatedById: editor.id };
  let id = input.id;
  let version = 1;
  if (id) {
    const current = await model.findUnique({ where: { id }, select: { slug: true, version: true, deletedAt: true } });
    if (!current || current.deletedAt)
      throw new SaveRefused({
        ok: false,
        message: "Fant ikke oppføringen. Den kan være slettet eller flyttet til papirkurven.",
      });
    await keepOriginalVersion(tx, adapter, id, Number(current.version));
    const { count } = await model.updateMany({
      where: { id, version: input.version, deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new SaveRefused({
        ok: false,
        message:
          "Noen andre har lagret denne oppføringen mens du redigerte. Ingenting er overskrevet: velg hva som skal beholdes.",
        conflict: await conflictFor(tx, adapter, id),
      });
    }
    version = Number(current.version) + 1;
    if (current.slug !== slug) {
      await tx.slugRedirect.deleteMany({ where: { entityType: adapter.type, oldSlug: slug } });
      await tx.slugRedirect.upsert({
        where: { entityType_oldSlug: { entityType: adapter.type, oldSlug: String(current.slug) } },
        create: { entityType: adapter.type, oldSlug: String(current.slug), entityId: id },
        update: { entityId: id },
      });
    }
  } else {
    id = (await model.create({ data: { ...data, status: "draft", createdById: editor.id }, select: { id: true } })).id;
  }
  await entry.writeRelations(tx, id);
  await revisionAndAudit(
    tx,
    adapter,
    id,
    version,
    editor,
    action === "revision_restore" ? "revision_restore" : input.id ? "update" : "create",
  );
  return { ok: true as const, id, version, slug };
}

export async function saveEntry<T extends EntityType>(
  adapter: ContentType<T>,
  input: { id?: string; version?: number; values: unknown },
  editor: Editor,
  action: "save" | "revision_restore" = "save",
): Promise<ActionResult<SavedEntry>> {
  const parsed = adapter.parse(input.values);
  if (!parsed.success) return { ok: false, message: FORM_HAS_ERRORS, fieldErrors: fieldErrorsOf(parsed.error) };
  if (input.id && !Number.isInteger(input.version))
    return { ok: false, message: "Skjemaet mangler versjonsnummer. Last siden på nytt." };
  try {
    return await db.$transaction(
      async (tx) => {
        await lockContentWrites(tx);
        return writeEntry(tx, adapter, parsed.entry, input, editor, action);
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (error instanceof SaveRefused) return error.result;
    if (error instanceof RelationsRefused)
      return { ok: false, message: FORM_HAS_ERRORS, fieldErrors: error.fieldErrors };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return {
        ok: false,
        message: "Adressen er allerede i bruk.",
        fieldErrors: { slug: ["Adressen er allerede i bruk av en annen oppføring."] },
      };
    }
    // P2003: a foreign key to a row that is gone; P2025: a relation connected to an id that does not exist
    // (a posted form's hidden ids are anyone's to forge).
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2003" || error.code === "P2025")) {
      return {
        ok: false,
        message: "Skjemaet viser til en oppføring som ikke finnes lenger. Last siden på nytt og prøv igjen.",
      };
    }
    throw error;
  }
}
