import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Editor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/content/engine/adapter";
import type { ActionResult } from "@/lib/content/engine/results";
import { keepOriginalVersion, lockContentWrites } from "@/lib/content/engine/save";
import { personType } from "./adapter";
import { MERGE_MESSAGES, MergeRefused, planCounts, planMerge, type MergePlan } from "./merge-plan";
import type { MergeRecord } from "./merge-record";

// Merging two persons, in one transaction: the other person's contributions, memberships, links
// and old addresses move to the kept person; where both stood on the same work (or project)
// one row is kept, at the better position; fields the kept person lacks are filled from the
// other; the other goes to the trash and its address redirects (308) to the kept person's page.
// One revision and one audit entry on the kept person; PersonMerge keeps what moved, for the undo.

export type MergeInput = { keptId: string; keptVersion: number; otherId: string; otherVersion: number };

/** Bumps the version of works and projects whose rows a merge changed, so that a form opened before is stale. */
export async function touchEntries(
  tx: Tx,
  record: Pick<MergeRecord, "contributions" | "joinedContributions" | "memberships" | "joinedMemberships">,
) {
  const works = [...new Set([...record.contributions, ...record.joinedContributions].map((c) => c.publicationId))];
  const projects = [
    ...new Set([
      ...record.memberships.map((m) => m.projectId),
      ...record.joinedMemberships.map((m) => m.removed.projectId),
    ]),
  ];
  await tx.publication.updateMany({ where: { id: { in: works } }, data: { version: { increment: 1 } } });
  await tx.project.updateMany({ where: { id: { in: projects } }, data: { version: { increment: 1 } } });
}

/** A new revision of the person as it is now (after a merge or its undo); returns its id. */
export async function personRevision(tx: Tx, id: string, version: number, editor: Editor): Promise<string> {
  const snapshot = (await personType.formValues(tx, id)) ?? {};
  const revision = await tx.revision.create({
    data: {
      entityType: "person",
      entityId: id,
      version,
      snapshot: snapshot as Prisma.InputJsonValue,
      userId: editor.id,
    },
    select: { id: true },
  });
  return revision.id;
}

async function moveRows(tx: Tx, plan: MergePlan) {
  const { kept, other } = plan;
  for (const c of plan.contributions)
    await tx.publicationContributor.update({
      where: { publicationId_personId_role: { publicationId: c.publicationId, personId: other.id, role: c.role } },
      data: { personId: kept.id },
    });
  for (const c of plan.joinedContributions) {
    await tx.publicationContributor.delete({
      where: { publicationId_personId_role: { publicationId: c.publicationId, personId: other.id, role: c.role } },
    });
    await tx.publicationContributor.update({
      where: { publicationId_personId_role: { publicationId: c.publicationId, personId: kept.id, role: c.role } },
      data: { position: Math.min(c.keptPosition, c.mergedPosition) },
    });
  }
  await tx.projectMember.updateMany({
    where: { id: { in: plan.memberships.map((m) => m.id) }, personId: other.id },
    data: { personId: kept.id },
  });
  for (const m of plan.joinedMemberships) {
    await tx.projectMember.delete({ where: { id: m.removed.id } });
    await tx.projectMember.update({
      where: { id: m.keptMemberId },
      data: { position: Math.min(m.keptPosition, m.removed.position) },
    });
  }
  await tx.link.updateMany({ where: { id: { in: plan.links }, personId: other.id }, data: { personId: kept.id } });
  await tx.slugRedirect.updateMany({ where: { id: { in: plan.redirects } }, data: { entityId: kept.id } });
  await tx.slugRedirect.deleteMany({ where: { entityType: "person", oldSlug: other.slug } });
  await tx.slugRedirect.create({ data: { entityType: "person", oldSlug: other.slug, entityId: kept.id } });
}

export async function mergePersons(input: MergeInput, editor: Editor): Promise<ActionResult<{ mergeId: string }>> {
  try {
    return await db.$transaction(
      async (tx) => {
        await lockContentWrites(tx);
        const plan = await planMerge(tx, input.keptId, input.otherId);
        if (plan.kept.version !== input.keptVersion || plan.other.version !== input.otherVersion)
          throw new MergeRefused(MERGE_MESSAGES.stale);
        await keepOriginalVersion(tx, personType, plan.kept.id, plan.kept.version);
        await moveRows(tx, plan);
        const keptVersion = plan.kept.version + 1;
        await tx.person.update({
          where: { id: plan.kept.id },
          data: {
            ...Object.fromEntries(plan.filled.map(({ field, value }) => [field, value])),
            version: keptVersion,
            updatedById: editor.id,
          },
        });
        const mergedVersion = plan.other.version + 1;
        await tx.person.update({
          where: { id: plan.other.id },
          data: { deletedAt: new Date(), version: mergedVersion, updatedById: editor.id },
        });
        await touchEntries(tx, plan);
        const revisionId = await personRevision(tx, plan.kept.id, keptVersion, editor);
        const { kept: _k, other: _o, ...moved } = plan;
        const record: MergeRecord = { ...moved, mergedVersion };
        const merge = await tx.personMerge.create({
          data: {
            keptId: plan.kept.id,
            mergedId: plan.other.id,
            mergedLabel: plan.other.label,
            revisionId,
            moved: record as Prisma.InputJsonValue,
            userId: editor.id,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          action: "person_merge",
          userId: editor.id,
          entityType: "person",
          entityId: plan.kept.id,
          detail: { mergedId: plan.other.id, mergedSlug: plan.other.slug, version: keptVersion, ...planCounts(plan) },
        });
        return {
          ok: true as const,
          mergeId: merge.id,
          message: `«${plan.other.label}» er slått sammen med ${plan.kept.label}. Du kan angre i historikken.`,
        };
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (error instanceof MergeRefused) return { ok: false, message: error.message };
    throw error;
  }
}
