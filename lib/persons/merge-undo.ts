import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Editor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/content/engine/adapter";
import type { ActionResult } from "@/lib/content/engine/results";
import { lockContentWrites } from "@/lib/content/engine/save";
import { personRevision, touchEntries } from "./merge";
import { MergeRefused } from "./merge-plan";
import { mergeRecord, type MergeRecord } from "./merge-record";

// Undoing a merge from the kept person's history: the merged person comes back from the trash
// with exactly the rows that moved, in one transaction, with a revision and an audit entry. Only
// while nothing has changed what the undo would move back: otherwise it would take rows (or
// values) an editor has set since, and it is refused.

const UNSAFE = (what: string) =>
  `Sammenslåingen kan ikke angres fordi ${what} er endret siden. Rett opp for hånd i stedet.`;

async function checkUnchanged(tx: Tx, keptId: string, mergedId: string, record: MergeRecord) {
  const merged = await tx.person.findUnique({ where: { id: mergedId }, select: { deletedAt: true, version: true } });
  if (!merged) throw new MergeRefused("Sammenslåingen kan ikke angres: den andre personen er slettet for godt.");
  if (!merged.deletedAt || merged.version !== record.mergedVersion)
    throw new MergeRefused(UNSAFE("den andre personen"));
  const kept = await tx.person.findUnique({ where: { id: keptId } });
  if (!kept || kept.deletedAt)
    throw new MergeRefused("Sammenslåingen kan ikke angres mens personen ligger i papirkurven.");
  if (record.filled.some(({ field, value }) => kept[field] !== value))
    throw new MergeRefused(UNSAFE("personens felter"));
  const rows = await tx.publicationContributor.findMany({
    where: { personId: keptId },
    select: { publicationId: true, role: true, position: true },
  });
  const at = new Map(rows.map((r) => [`${r.publicationId}/${r.role}`, r.position]));
  const worksUnchanged =
    record.contributions.every((c) => at.get(`${c.publicationId}/${c.role}`) === c.position) &&
    record.joinedContributions.every(
      (c) => at.get(`${c.publicationId}/${c.role}`) === Math.min(c.keptPosition, c.mergedPosition),
    );
  if (!worksUnchanged) throw new MergeRefused(UNSAFE("forfatterlisten på et av verkene"));
  const members = await tx.projectMember.findMany({
    where: { personId: keptId },
    select: { id: true, position: true },
  });
  const memberAt = new Map(members.map((m) => [m.id, m.position]));
  const projectsUnchanged =
    record.memberships.every((m) => memberAt.has(m.id)) &&
    record.joinedMemberships.every(
      (m) => memberAt.get(m.keptMemberId) === Math.min(m.keptPosition, m.removed.position),
    );
  if (!projectsUnchanged) throw new MergeRefused(UNSAFE("deltakerlisten på et av prosjektene"));
  const links = await tx.link.count({ where: { id: { in: record.links }, personId: keptId } });
  if (links !== record.links.length) throw new MergeRefused(UNSAFE("personens lenker"));
}

async function moveBack(tx: Tx, keptId: string, mergedId: string, record: MergeRecord) {
  for (const c of record.contributions)
    await tx.publicationContributor.update({
      where: { publicationId_personId_role: { publicationId: c.publicationId, personId: keptId, role: c.role } },
      data: { personId: mergedId },
    });
  for (const c of record.joinedContributions) {
    await tx.publicationContributor.update({
      where: { publicationId_personId_role: { publicationId: c.publicationId, personId: keptId, role: c.role } },
      data: { position: c.keptPosition },
    });
    await tx.publicationContributor.create({
      data: { publicationId: c.publicationId, personId: mergedId, role: c.role, position: c.mergedPosition },
    });
  }
  await tx.projectMember.updateMany({
    where: { id: { in: record.memberships.map((m) => m.id) } },
    data: { personId: mergedId },
  });
  for (const { keptMemberId, keptPosition, removed } of record.joinedMemberships) {
    await tx.projectMember.update({ where: { id: keptMemberId }, data: { position: keptPosition } });
    await tx.projectMember.create({
      data: {
        id: removed.id,
        projectId: removed.projectId,
        personId: mergedId,
        role: removed.role,
        position: removed.position,
        affiliations: { create: removed.affiliations },
      },
    });
  }
  await tx.link.updateMany({ where: { id: { in: record.links } }, data: { personId: mergedId } });
  await tx.slugRedirect.deleteMany({ where: { entityType: "person", oldSlug: record.mergedSlug, entityId: keptId } });
  await tx.slugRedirect.updateMany({
    where: { id: { in: record.redirects }, entityId: keptId },
    data: { entityId: mergedId },
  });
}

export async function undoMerge(
  input: { keptId: string; mergeId: string },
  editor: Editor,
): Promise<ActionResult<{ mergedId: string }>> {
  try {
    return await db.$transaction(
      async (tx) => {
        await lockContentWrites(tx);
        const merge = await tx.personMerge.findFirst({ where: { id: input.mergeId, keptId: input.keptId } });
        if (!merge) throw new MergeRefused("Fant ikke sammenslåingen.");
        if (merge.undoneAt) throw new MergeRefused("Denne sammenslåingen er allerede angret.");
        const parsed = mergeRecord.safeParse(merge.moved);
        if (!parsed.success) throw new MergeRefused("Sammenslåingen er lagret i en form som ikke kan angres.");
        const record = parsed.data;
        await checkUnchanged(tx, merge.keptId, merge.mergedId, record);
        await moveBack(tx, merge.keptId, merge.mergedId, record);
        const kept = await tx.person.update({
          where: { id: merge.keptId },
          data: {
            ...Object.fromEntries(record.filled.map(({ field }) => [field, null])),
            version: { increment: 1 },
            updatedById: editor.id,
          },
          select: { version: true },
        });
        await tx.person.update({
          where: { id: merge.mergedId },
          data: { deletedAt: null, version: { increment: 1 }, updatedById: editor.id },
        });
        await touchEntries(tx, record);
        const undoRevisionId = await personRevision(tx, merge.keptId, kept.version, editor);
        await tx.personMerge.update({ where: { id: merge.id }, data: { undoneAt: new Date(), undoRevisionId } });
        await recordAudit(tx, {
          action: "person_merge_undo",
          userId: editor.id,
          entityType: "person",
          entityId: merge.keptId,
          detail: { mergeId: merge.id, mergedId: merge.mergedId, version: kept.version },
        });
        return {
          ok: true as const,
          mergedId: merge.mergedId,
          message: `Sammenslåingen er angret: «${merge.mergedLabel}» er tilbake med sine verk og prosjekter.`,
        };
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (error instanceof MergeRefused) return { ok: false, message: error.message };
    throw error;
  }
}
